/** The plan, the ledger chart and the health figures, shaped for the Status page. */
import type { HealthView, LedgerPoint, PlanView } from '../../../shared/domain/economy';
import type { ReadableDb } from '../db/open-database';
import { periodAt } from '../planner/budget-period';
import type { Plan } from '../planner/planner';
import type { CreditLedger } from './credit-ledger';
import type { EconomySettings } from './planned-collection';

const DAY = 24 * 3600_000;

export function planView(
  p: Plan,
  o: { now: number; followed: boolean; demo: boolean; eco: EconomySettings; ledger: CreditLedger | null },
): PlanView {
  const period = periodAt(o.now, o.eco.resetDay);
  const used = o.ledger?.spent(period.start, period.end) ?? 0;
  let cumulative = 0;
  const ledger: LedgerPoint[] = (o.ledger?.days(period.start, period.end) ?? []).map((d) => {
    cumulative += d.credits;
    return { day: d.day, credits: d.credits, cumulative };
  });
  const daysLeft = Math.max(0, (period.end - o.now) / DAY);
  const projected = Math.min(used + p.spendable, Math.round(used + p.next24hCredits * daysLeft));
  return {
    now: o.now,
    followed: o.followed,
    demo: o.demo,
    calls: p.calls
      .filter((c) => c.at - o.now < DAY)
      .map((c) => ({
        at: c.at,
        kind: c.kind,
        sport: c.sport,
        credits: c.credits,
        reason: c.reason,
        closingEvents: c.events?.length ?? 0,
      })),
    next24hCredits: p.next24hCredits,
    spendable: p.spendable,
    oddsCallCost: p.oddsCallCost,
    periodStart: period.start,
    periodEnd: period.end,
    resumesAt: p.resumesAt,
    budget: { ...o.eco },
    usedThisPeriod: used,
    projectedPeriodCredits: Math.max(used, projected),
    warnings: p.warnings,
    notes: p.notes,
    ledger,
    mismatches: o.ledger?.mismatchesSince(period.start) ?? 0,
  };
}

/** `sports`: the sports the plan covers (closing lines elsewhere are not the plan's to capture). */
export function healthView(db: ReadableDb, ledger: CreditLedger | null, now: number, resetDay: number, sports: string[]): HealthView {
  const runs = db
    .prepare(`SELECT count(*) AS n, coalesce(sum(status IN ('failed', 'partial')), 0) AS errors FROM collection_runs WHERE started_at >= ?`)
    .get(now - DAY) as { n: number; errors: number };
  const newest = (db.prepare(`SELECT max(last_seen_at) AS t FROM events`).get() as { t: number | null }).t;
  const open = (db.prepare(`SELECT count(*) AS n FROM opportunities WHERE status = 'open'`).get() as { n: number }).n;
  const inSports = JSON.stringify(sports);
  const closing = (
    db
      .prepare(
        `SELECT count(*) AS n FROM (SELECT event_id FROM bets WHERE status = 'pending' AND event_id IS NOT NULL AND commence_time > ?
         AND sport_key IN (SELECT value FROM json_each(?))
       UNION SELECT e.id FROM opportunities o JOIN events e ON e.ref = o.event_ref WHERE o.status = 'open' AND e.commence_time > ?
         AND e.sport_key IN (SELECT value FROM json_each(?)))`,
      )
      .get(now, inSports, now, inSports) as { n: number }
  ).n;
  const period = periodAt(now, resetDay);
  return {
    now,
    runs24h: runs.n,
    errors24h: runs.errors,
    credits24h: ledger?.spent(now - DAY, now + 1) ?? 0,
    creditsPeriod: ledger?.spent(period.start, period.end) ?? 0,
    dataAgeMs: newest === null ? null : Math.max(0, now - newest),
    openOpportunities: open,
    closingLinesPending: closing,
  };
}
