/**
 * The opportunities feature module: scans the events of every collection, keeps the lifecycle,
 * answers the opportunities:* channels, pushes `opportunities:updated` after each scan, and
 * offers the open opportunities to the other modules (`providers.opportunities`).
 */
import { OPPORTUNITY_DEFAULTS } from '../../../shared/domain/opportunities';
import { opportunitySettingsSchema } from '../../../shared/ipc/channels/opportunities';
import { AppError } from '../../../shared/ipc/result';
import type { Snapshot } from '../ingest/odds-store';
import type { FeatureModule, ModuleContext, OpportunitySource } from '../modules';
import { defineModule } from '../module-kit/define-module';
import { createFeatureSettings } from '../settings/feature-settings';
import { createOpportunityEngine, type OpportunityEngine } from './engine';
import { createBetsRepo } from '../bankroll/bets-repo';
import { commissionOf } from './guards';
import { summaryLine } from './summary-line';
import { trackRecordBreakdown } from './track-record';

/** The module, plus what `monps replay` needs to scan each replayed snapshot. */
export interface OpportunitiesModule extends FeatureModule<'opportunities'> {
  engine: OpportunityEngine;
  /** Scans the events of one snapshot with the clock at its observation time. */
  scanSnapshot(snap: Snapshot): void;
}

/** Finds the opportunities module among the core's modules (absent when it is not installed). */
export function findOpportunitiesModule(modules: readonly FeatureModule[]): OpportunitiesModule | undefined {
  return modules.find((m): m is OpportunitiesModule => m.name === 'opportunities' && 'scanSnapshot' in m);
}

export const createOpportunitiesModule = (ctx: ModuleContext): OpportunitiesModule => {
  const settings = createFeatureSettings(ctx.settingsBackend, 'opportunities', opportunitySettingsSchema, OPPORTUNITY_DEFAULTS);
  const log = ctx.log.child('opportunities');
  const engine = createOpportunityEngine({
    db: ctx.ws.db,
    odds: ctx.ws.odds,
    settings: settings.get,
    // Kelly sizes from the real bankroll (0 € until money is deposited); the setting only without a bankroll module
    bankroll: () => {
      const cents = ctx.providers.bankroll?.summary().bankrollCents;
      return typeof cents === 'number' && Number.isFinite(cents) ? Math.max(0, cents) / 100 : settings.get().bankroll;
    },
  });

  /** The board shows best prices net of the same commissions, and "my books" from the same list. */
  const configureBoard = () => {
    const s = settings.get();
    ctx.ws.board.configure({ commissionOf: (b, ex) => commissionOf(b, ex, s), myBookmakers: s.myBookmakers });
  };
  configureBoard();

  function scanAndPush(now: number, eventIds: string[] | null) {
    const { summary, changedIds } = engine.scan(now, eventIds);
    ctx.emit('opportunities:updated', { summary, changed: engine.repo.byIds(changedIds) });
    return summary;
  }

  const opportunities: OpportunitySource = {
    open: () =>
      engine.open().map((o) => ({
        id: o.id,
        kind: o.kind,
        edge: o.edge,
        suspicious: o.suspicious !== null,
        eventId: o.eventId,
        sportKey: o.sportKey,
        homeTeam: o.homeTeam,
        awayTeam: o.awayTeam,
        commenceTime: o.commenceTime,
        market: o.market,
        point: o.point,
        bookmakers: [...new Set(o.legs.map((l) => l.bookmaker))],
        firstSeenAt: o.firstSeenAt,
        summary: summaryLine(o),
        legs: o.legs.map((l) => ({
          outcome: l.outcome,
          point: l.point,
          price: l.price,
          bookmaker: l.bookmaker,
          bookmakerTitle: l.bookmakerTitle,
        })),
      })),
    markBet: (id, bet) => {
      const o = engine.repo.setBet(id, bet);
      const summary = engine.lastSummary();
      if (o && summary) ctx.emit('opportunities:updated', { summary, changed: [o] });
    },
  };

  const scanSnapshot = (snap: Snapshot): void => {
    engine.scan(
      snap.observedAt,
      snap.events.map((e) => e.id),
    );
  };

  return defineModule(
    {
      name: 'opportunities',
      provides: { opportunities },
      onCollected(_run, stored) {
        if (stored.length === 0) return;
        const ids = stored.flatMap((s) => s.events.map((e) => e.id));
        const summary = scanAndPush(ctx.clock.now(), ids);
        log.debug('scan', { events: summary.events, found: summary.found, open: summary.open, ms: summary.durationMs });
      },
      handlers: {
        'opportunities:list': (req) => ({ items: engine.repo.list(req), summary: engine.lastSummary() }),
        'opportunities:get-settings': () => settings.get(),
        'opportunities:update-settings': (req) => {
          const next = settings.update(req);
          configureBoard();
          ctx.emit('opportunities:settings-changed', next);
          scanAndPush(ctx.clock.now(), null);
          return next;
        },
        'opportunities:mark-bet': (req) => {
          const o = engine.repo.setBet(req.id, req.bet);
          if (!o) throw new AppError('NOT_FOUND', `no opportunity ${req.id}`);
          const summary = engine.lastSummary();
          if (summary) ctx.emit('opportunities:updated', { summary, changed: [o] });
          return o;
        },
        'opportunities:rescan': () => scanAndPush(ctx.clock.now(), null),
        'opportunities:track-record': () => {
          const s = settings.get();
          return trackRecordBreakdown(ctx.ws.db, ctx.clock.now(), { referenceBook: s.referenceBook, devigMethod: s.devigMethod });
        },
        'opportunities:log-bets': (req) => {
          const o = engine.repo.byIds([req.id])[0];
          if (!o) throw new AppError('NOT_FOUND', `no opportunity ${req.id}`);
          const total = req.legs.reduce((a, l) => a + l.stakeCents, 0);
          const bankroll = ctx.providers.bankroll?.summary().bankrollCents;
          if (typeof bankroll === 'number' && total > bankroll && !req.confirmOverBankroll) {
            throw new AppError(
              'CONFLICT',
              `The stakes (${(total / 100).toFixed(2)} €) are above the bankroll (${(bankroll / 100).toFixed(2)} €): confirm to log them anyway`,
            );
          }
          const now = ctx.clock.now();
          const repo = createBetsRepo(ctx.ws.db, { onBookmakerCreated: () => ctx.ws.odds.resetCaches() });
          const bets = ctx.ws.db.transaction(() => {
            const out = req.legs.map((l) => {
              const leg = o.legs.find((x) => x.outcome === l.selection);
              if (!leg) throw new AppError('INVALID_REQUEST', `legs: ${l.selection} is not a selection of this opportunity`);
              return repo.create(
                {
                  eventId: o.eventId,
                  sportKey: o.sportKey,
                  homeTeam: o.homeTeam,
                  awayTeam: o.awayTeam,
                  commenceTime: o.commenceTime,
                  market: o.market,
                  selection: l.selection,
                  point: leg.point,
                  bookmaker: l.bookmaker,
                  odds: l.odds,
                  stakeCents: l.stakeCents,
                  placedAt: req.placedAt ?? now,
                  status: 'pending',
                  cashoutCents: null,
                  settledAt: null,
                  closingOdds: null,
                  tags: [o.kind],
                  notes: '',
                  opportunityId: o.id,
                },
                now,
              ).bet;
            });
            engine.repo.setBet(o.id, true);
            return out;
          })();
          const updated = engine.repo.byIds([o.id])[0]!;
          ctx.emit('bankroll:changed', { reason: 'bet', at: now });
          const summary = engine.lastSummary();
          if (summary) ctx.emit('opportunities:updated', { summary, changed: [updated] });
          return { bets, opportunity: updated };
        },
      },
    },
    { engine, scanSnapshot },
  );
};
