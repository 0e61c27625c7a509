/** The bankroll's contract channels, bound to one workspace's services. */
import type { BankrollSettings, SettleReport } from '../../../shared/domain/bankroll';
import type { BankrollResponses } from '../../../shared/ipc/channels/bankroll';
import type { EmitEvent, Handlers } from '../../../shared/ipc/contract';
import type { FeatureSettings } from '../settings/feature-settings';
import type { Clock } from '../util/clock';
import type { WritableDb } from '../db/open-database';
import { buildAnalytics } from './analytics';
import { importBetsCsv, betsToCsv } from './bets-csv';
import type { BetsRepo } from './bets-repo';
import { listBookmakers } from './bookmakers';
import { loadLedger, summarize, toLedgerJson } from './ledger';
import { checkMovement } from './movement-rules';

/** What the channels need: the workspace's repo, the clock, the event emitter, the settings and the settlement pass. */
export interface BankrollHandlerDeps {
  db: WritableDb;
  repo: BetsRepo;
  clock: Clock;
  emit: EmitEvent;
  settings: FeatureSettings<BankrollSettings>;
  settleNow(): Promise<SettleReport>;
  onSettingsChanged(): void;
  /** Tells the opportunities whether the user bet one (a bet logged from it, or deleted). */
  markOpportunityBet?(id: number, bet: boolean): void;
}

/** Every `bankroll:*` channel; each write pushes `bankroll:changed`. */
export function createBankrollHandlers(d: BankrollHandlerDeps): Pick<Handlers, keyof BankrollResponses> {
  const changed = (reason: 'bet' | 'transaction' | 'settlement' | 'import') => d.emit('bankroll:changed', { reason, at: d.clock.now() });
  const summary = () => {
    const { bets, tx } = loadLedger(d.db);
    return summarize(bets, tx);
  };
  return {
    'bankroll:get-summary': () => summary(),
    'bankroll:list-transactions': () => d.repo.transactions(),
    'bankroll:add-transaction': (req) => {
      const at = req.at ?? d.clock.now();
      const { bets, tx } = loadLedger(d.db);
      checkMovement(bets, tx, { kind: req.kind, amountCents: req.amountCents, at, force: req.force });
      const t = d.repo.addTransaction(req.kind, req.amountCents, at, req.note, d.clock.now());
      changed('transaction');
      return t;
    },
    'bankroll:delete-transaction': (req) => {
      d.repo.deleteTransaction(req.id);
      changed('transaction');
      return { deleted: true };
    },
    'bankroll:list-bets': (req) => {
      const { limit, offset, ...filter } = req;
      return d.repo.list(filter, limit, offset);
    },
    'bankroll:create-bet': (req) => {
      const r = d.repo.create(req, d.clock.now());
      if (r.bet.opportunityId !== null) d.markOpportunityBet?.(r.bet.opportunityId, true);
      changed('bet');
      return r;
    },
    'bankroll:update-bet': (req) => {
      const r = d.repo.update(req.id, req.bet, d.clock.now());
      changed('bet');
      return r;
    },
    'bankroll:set-bet-status': (req) => {
      const b = d.repo.setStatus(req.id, req.status, req.cashoutCents, req.settledAt, d.clock.now());
      changed('bet');
      return b;
    },
    'bankroll:delete-bet': (req) => {
      d.repo.delete(req.id);
      changed('bet');
      return { deleted: true };
    },
    'bankroll:settle-now': () => d.settleNow(),
    'bankroll:get-stats': () => toLedgerJson(summary()),
    'bankroll:get-analytics': (req) => {
      const { bets, tx } = loadLedger(d.db);
      return buildAnalytics(bets, tx, req);
    },
    'bankroll:import-bets': (req) => {
      const r = importBetsCsv(d.db, d.repo, req.csv, d.clock.now(), req.dryRun, req.allowDuplicates);
      if (r.ok && !req.dryRun) changed('import');
      return r;
    },
    'bankroll:export-bets': () => {
      const bets = d.repo.all();
      const day = new Date(d.clock.now()).toISOString().slice(0, 10);
      return { csv: betsToCsv(bets), filename: `monps-bets-${day}.csv`, count: bets.length };
    },
    'bankroll:list-bookmakers': () => listBookmakers(d.db),
    'bankroll:get-settings': () => d.settings.get(),
    'bankroll:update-settings': (req) => {
      const s = d.settings.update(req);
      d.onSettingsChanged();
      return s;
    },
  };
}
