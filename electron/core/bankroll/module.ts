/**
 * The bankroll feature module: its channels, the settlement pass (the job `bankroll.settle` of
 * the core's one scheduler, never overlapping) and the `bankroll` provider the alert rules and
 * the status strip read.
 */
import type { BankrollSource, ModuleContext } from '../modules';
import { defineModule } from '../module-kit/define-module';
import type { SettleReport } from '../../../shared/domain/bankroll';
import type { JobHandle, JobSpec } from '../scheduler/job';
import { createBetsRepo } from './bets-repo';
import { createClosingLines } from './closing-lines';
import { createBankrollHandlers } from './handlers';
import { loadLedger, summarize } from './ledger';
import { createBankrollSettings } from './settings';
import { settlePass, type ScoresBackoff } from './settle';

/** The first settlement pass waits this long after start (start-up is not slowed). */
export const FIRST_SETTLE_DELAY_MS = 60_000;

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
  let running: Promise<SettleReport> | null = null;

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

  /**
   * The settlement pass, a job of the core's scheduler: a minute after start, then
   * settleIntervalMinutes after each pass ends; none while auto-settle is off. Paused with the
   * core (its ticks are skipped while the machine sleeps).
   */
  let settleJob: JobHandle | null = null;
  const settleSpec: JobSpec = {
    name: 'bankroll.settle',
    next(now, last) {
      const s = settings.get();
      if (!s.autoSettle) return null;
      return last === null ? now + FIRST_SETTLE_DELAY_MS : last.finishedAt + s.settleIntervalMinutes * 60_000;
    },
    run: async () => {
      try {
        await settleNow();
      } catch (e) {
        log.error('settlement pass failed', { error: e instanceof Error ? e.message : String(e) });
        throw e;
      }
    },
    onAdded: (handle) => void (settleJob = handle),
  };

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
      // a setting changed: settle now (when auto-settle is on), then on the new interval
      onSettingsChanged: () => settleJob?.reschedule(settings.get().autoSettle ? 0 : undefined),
      // read lazily: the opportunities module is built after this one
      markOpportunityBet: (id, bet) => ctx.providers.opportunities?.markBet?.(id, bet),
    }),
    jobs: [settleSpec],
    async stop() {
      settleJob = null;
      await running?.catch(() => undefined);
    },
  });
}
