/**
 * The bankroll feature module: its channels, the scheduled settlement pass (on the injected
 * scheduler, chained, never overlapping) and the `bankroll` provider the alert rules and the
 * status strip read.
 */
import type { BankrollSource, ModuleContext } from '../modules';
import { defineModule } from '../module-kit/define-module';
import type { SettleReport } from '../../../shared/domain/bankroll';
import type { TimerHandle } from '../util/clock';
import { createBetsRepo } from './bets-repo';
import { createClosingLines } from './closing-lines';
import { createBankrollHandlers } from './handlers';
import { loadLedger, summarize } from './ledger';
import { createBankrollSettings } from './settings';
import { settlePass, type ScoresBackoff } from './settle';

/** Credits kept aside, as the collector does. */
const SCORES_RESERVE = 10;

/** Builds the bankroll module for one workspace. */
export function createBankrollModule(ctx: ModuleContext) {
  const db = ctx.ws.db;
  const log = ctx.log.child('bankroll');
  const settings = createBankrollSettings(ctx.settingsBackend);
  const repo = createBetsRepo(db, { onBookmakerCreated: () => ctx.ws.odds.resetCaches() });
  const closing = createClosingLines(db);
  const backoff: ScoresBackoff = new Map();
  let timer: TimerHandle | null = null;
  let running: Promise<SettleReport> | null = null;
  let started = false;
  let paused = false;

  /**
   * The provider client for /scores, or null (settle from the database only) without a key, or
   * when the credits left would cross the collector's reserve of 10 (a call costs 2).
   */
  function scoresClient() {
    if (ctx.isDemo()) return ctx.oddsClient();
    if (!ctx.settings.apiKey()) return null;
    const left = ctx.collectorStatus().quota.remaining;
    return left !== null && left < SCORES_RESERVE + 2 ? null : ctx.oddsClient();
  }

  /** One pass; concurrent callers share the pass in progress. */
  function settleNow(): Promise<SettleReport> {
    running ??= settlePass({ db, closing, settings: settings.get(), now: ctx.clock.now(), client: scoresClient(), backoff })
      .then((r) => {
        if (r.errors.length) log.warn('settlement: some scores could not be read', { errors: r.errors });
        if (r.settled || r.flagged || r.clvUpdated) ctx.emit('bankroll:changed', { reason: 'settlement', at: ctx.clock.now() });
        return r;
      })
      .finally(() => (running = null));
    return running;
  }

  function schedule(delayMs: number): void {
    timer?.cancel();
    timer = null;
    if (!started || !settings.get().autoSettle) return;
    timer = ctx.scheduler.setTimeout(() => {
      timer = null;
      const next = () => schedule(settings.get().settleIntervalMinutes * 60_000);
      if (paused) return next();
      settleNow()
        .catch((e: unknown) => log.error('settlement pass failed', { error: e instanceof Error ? e.message : String(e) }))
        .finally(next);
    }, delayMs);
  }

  const bankroll: BankrollSource = {
    summary() {
      const { bets, tx } = loadLedger(db);
      const s = summarize(bets, tx);
      return {
        bankrollCents: s.bankrollCents,
        roiOnBankroll: s.roiOnBankroll,
        winRate: s.winRate,
        nSettled: s.nSettled,
        pending: s.pending,
      };
    },
  };

  return defineModule({
    name: 'bankroll',
    provides: { bankroll },
    handlers: createBankrollHandlers({
      db,
      repo,
      clock: ctx.clock,
      emit: ctx.emit,
      settings,
      settleNow,
      onSettingsChanged: () => started && schedule(0),
      // read lazily: the opportunities module is built after this one
      markOpportunityBet: (id, bet) => ctx.providers.opportunities?.markBet?.(id, bet),
    }),
    start() {
      if (started) return;
      started = true;
      schedule(60_000);
    },
    async stop() {
      started = false;
      timer?.cancel();
      timer = null;
      await running?.catch(() => undefined);
    },
    pause: () => void (paused = true),
    resume: () => void (paused = false),
  });
}
