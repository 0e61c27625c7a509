/**
 * The opportunities feature module: scans the events of every collection, keeps the lifecycle,
 * answers the opportunities:* channels, pushes `opportunities:updated` after each scan, and
 * offers the open opportunities to the other modules (`providers.opportunities`).
 */
import { OPPORTUNITY_DEFAULTS, opportunitySettingsSchema } from '../../../shared/ipc/channels/opportunities';
import { AppError } from '../../../shared/ipc/result';
import type { Snapshot } from '../ingest/odds-store';
import type { FeatureModule, ModuleContext, OpportunitySource } from '../modules';
import { defineModule } from '../module-kit/define-module';
import { createFeatureSettings } from '../settings/feature-settings';
import { createOpportunityEngine, type OpportunityEngine } from './engine';
import { summaryLine } from './summary-line';

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
    bankroll: () => {
      const cents = ctx.providers.bankroll?.summary().bankrollCents;
      return typeof cents === 'number' && Number.isFinite(cents) && cents > 0 ? cents / 100 : settings.get().bankroll;
    },
  });

  function scanAndPush(now: number, eventIds: string[] | null) {
    const { summary, changedIds } = engine.scan(now, eventIds);
    ctx.emit('opportunities:updated', { summary, changed: engine.repo.byIds(changedIds) });
    return summary;
  }

  const opportunities: OpportunitySource = {
    open: () => engine.open().map((o) => ({
      id: o.id, kind: o.kind, edge: o.edge, suspicious: o.suspicious !== null, eventId: o.eventId, sportKey: o.sportKey,
      homeTeam: o.homeTeam, awayTeam: o.awayTeam, commenceTime: o.commenceTime, market: o.market, point: o.point,
      bookmakers: [...new Set(o.legs.map((l) => l.bookmaker))], firstSeenAt: o.firstSeenAt, summary: summaryLine(o),
    })),
    markBet: (id, bet) => {
      const o = engine.repo.setBet(id, bet);
      const summary = engine.lastSummary();
      if (o && summary) ctx.emit('opportunities:updated', { summary, changed: [o] });
    },
  };

  const scanSnapshot = (snap: Snapshot): void => {
    engine.scan(snap.observedAt, snap.events.map((e) => e.id));
  };

  return defineModule({
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
    },
  }, { engine, scanSnapshot });
};
