/**
 * The collector's planned mode: instead of /odds for every sport at a fixed interval, each run
 * asks the planner (../planner) which calls are due now and makes only those — free /sports and
 * /events calls to learn which sports are active and when their events start, /odds only for
 * sports with events inside the horizon (more often near kick-off), a final poll just before the
 * kick-off of every event with an open bet or an open opportunity (its closing line).
 * Every call goes into the credit ledger with its estimate and its bill (`x-requests-last`); a
 * mismatch is logged and the sport's observed cost replaces the estimate in the next plans.
 */
import type { ReadableDb } from '../db/open-database';
import type { Snapshot } from '../ingest/odds-store';
import { plan, type Plan, type PlannedCall, type PlannerEvent, type PlannerSport } from '../planner/planner';
import { periodAt } from '../planner/budget-period';
import type { OddsApiClient } from '../providers/odds-api/client';
import { OddsApiError } from '../providers/odds-api/errors';
import type { Clock } from '../util/clock';
import type { Logger } from '../util/logger';
import type { CollectorConfig } from './collector-config';
import type { CreditLedger } from './credit-ledger';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** The longest gap between two planned runs (the collector's PLANNED_MAX_GAP_MS). */
const MAX_GAP = 6 * HOUR;

/** The user's credit plan and overrides (Settings › Credits, the Status page's plan). */
export interface EconomySettings {
  /** Planned collection (default) or the fixed interval of the settings. */
  planned: boolean;
  /** Credits of the API plan per period (500 on the free plan). */
  planSize: number;
  /** Day of the month the credits reset (UTC). */
  resetDay: number;
  /** Credits never spent. */
  reserve: number;
  /** Sports polled at the base rate even with nothing soon. */
  pinnedSports: string[];
  /** Extra credits allowed over the day's share until `boostUntil`. */
  boostCredits: number;
  boostUntil: number | null;
}

export const DEFAULT_ECONOMY: EconomySettings = {
  planned: true,
  planSize: 500,
  resetDay: 1,
  reserve: 10,
  pinnedSports: [],
  boostCredits: 0,
  boostUntil: null,
};

export interface PlannedDeps {
  db: ReadableDb;
  clock: Clock;
  log: Logger;
  ledger: CreditLedger;
  economy(): EconomySettings;
}

interface SportState {
  events: PlannerEvent[] | null;
  checkedAt: number | null;
}

export interface PlannedOutcome {
  fetched: Snapshot[];
  failures: string[];
  requests: number;
  credits: number;
  remaining: number | null;
  used: number | null;
  httpStatus: number | null;
  errorCode: string | null;
  /** The sports whose /odds were bought in this run. */
  sports: string[];
  plan: Plan;
}

export type PlannedCollection = ReturnType<typeof createPlannedCollection>;

export function createPlannedCollection(deps: PlannedDeps) {
  const { db, clock, log, ledger } = deps;
  const sports = new Map<string, SportState>();
  let active: Set<string> | null = null;
  let sportsCheckedAt: number | null = ledger.lastSportsAt();
  const warned = new Set<string>();

  /** Events whose closing line matters: open bets and open opportunities, by sport. */
  function closingNeeds(now: number): Map<string, PlannerEvent[]> {
    const rows = db
      .prepare(
        `SELECT b.event_id AS id, b.sport_key AS sport, b.commence_time AS t FROM bets b
        WHERE b.status = 'pending' AND b.event_id IS NOT NULL AND b.commence_time > ?
       UNION
       SELECT e.id, e.sport_key, e.commence_time FROM opportunities o JOIN events e ON e.ref = o.event_ref
        WHERE o.status = 'open' AND e.commence_time > ?`,
      )
      .all(now, now) as { id: string; sport: string; t: number }[];
    const out = new Map<string, PlannerEvent[]>();
    for (const r of rows) {
      const list = out.get(r.sport) ?? [];
      if (!list.some((e) => e.id === r.id)) list.push({ id: r.id, commenceTime: r.t, needsClosingLine: true });
      out.set(r.sport, list);
    }
    return out;
  }

  /** Events already stored (from earlier /odds), used until /events answered for the sport. */
  function storedEvents(sport: string, now: number, horizon: number): PlannerEvent[] {
    return (
      db
        .prepare(`SELECT id, commence_time AS t FROM events WHERE sport_key = ? AND commence_time > ? AND commence_time <= ?`)
        .all(sport, now, now + horizon) as { id: string; t: number }[]
    ).map((r) => ({ id: r.id, commenceTime: r.t }));
  }

  function pendingBetSports(now: number): Set<string> {
    const rows = db.prepare(`SELECT DISTINCT sport_key AS s FROM bets WHERE status = 'pending' AND commence_time < ?`).all(now) as {
      s: string;
    }[];
    return new Set(rows.map((r) => r.s));
  }

  /** The plan for the next 24 h as of `now` (pure apart from reading the database). */
  function planAt(cfg: CollectorConfig, now: number, quota: { remaining: number | null; used: number | null }): Plan {
    const eco = deps.economy();
    const period = periodAt(now, eco.resetDay);
    const needs = closingNeeds(now);
    const pending = pendingBetSports(now);
    const pinned = new Set(eco.pinnedSports);
    const keys = [...new Set([...cfg.sports, ...eco.pinnedSports])].filter((k) => active === null || active.has(k) || pinned.has(k));
    const input: PlannerSport[] = keys.map((key) => {
      const st = sports.get(key);
      const known = st?.events ?? storedEvents(key, now, 2 * DAY);
      const need = needs.get(key) ?? [];
      const events: PlannerEvent[] = known.map((e) => ({ ...e, needsClosingLine: need.some((n) => n.id === e.id) }));
      for (const n of need) if (!events.some((e) => e.id === n.id)) events.push(n);
      return {
        key,
        events,
        eventsCheckedAt: st?.checkedAt ?? null,
        lastOddsAt: ledger.lastCallAt(key, 'odds'),
        pendingBets: pending.has(key),
        lastScoresAt: ledger.lastCallAt(key, 'scores'),
        pinned: pinned.has(key),
        oddsCost: ledger.observedOddsCost(key),
      };
    });
    const boost = eco.boostUntil !== null && eco.boostUntil > now ? eco.boostCredits : 0;
    const p = plan({
      now,
      budget: { planSize: eco.planSize, resetDay: eco.resetDay, reserve: eco.reserve },
      quota,
      usedThisPeriod: ledger.spent(period.start, period.end),
      sports: input,
      markets: cfg.markets,
      regions: cfg.regions,
      bookmakers: cfg.bookmakers,
      sportsCheckedAt,
      boostCredits: boost,
      recentSpend: ledger.paidSince(period.start),
    });
    for (const w of p.warnings) {
      if (warned.has(w)) continue;
      warned.add(w);
      log.warn('credit plan', { warning: w });
    }
    return p;
  }

  /** When the next planned call is due after `now` (at least a minute away: a failed call is not retried in a loop). */
  function nextDueAt(cfg: CollectorConfig, now: number, quota: { remaining: number | null; used: number | null }): number {
    const p = planAt(cfg, now, quota);
    const next = p.calls.find((c) => c.kind !== 'scores')?.at ?? now + MAX_GAP;
    return Math.max(now + MIN, Math.min(next, now + MAX_GAP));
  }

  /** Makes the calls due now. `noteQuota` hands each answer's headers to the collector. */
  async function runDue(
    cfg: CollectorConfig,
    client: OddsApiClient,
    signal: AbortSignal,
    quota: { remaining: number | null; used: number | null },
    noteQuota: (q: { remaining: number | null; used: number | null; last: number | null }) => void,
    gap?: () => Promise<void>,
  ): Promise<PlannedOutcome> {
    const now = clock.now();
    let p = planAt(cfg, now, quota);
    // /scores are made by the settlement job (bankroll); the plan only keeps their credits aside.
    const dueIn = (x: Plan) => x.calls.filter((c) => c.at <= now + 1000 && c.kind !== 'scores');
    const out: PlannedOutcome = {
      fetched: [],
      failures: [],
      requests: 0,
      credits: 0,
      remaining: null,
      used: null,
      httpStatus: null,
      errorCode: null,
      sports: [],
      plan: p,
    };
    const oddsDone = new Set<string>();
    const done = new Set<string>();
    let due = dueIn(p);
    // what the free calls learned (active sports, kick-offs) is used in the same run: a second pass
    if (due.some((c) => c.credits === 0)) {
      await pass(due);
      if (out.failures.length || signal.aborted) return out;
      p = out.plan = planAt(cfg, now, { remaining: out.remaining ?? quota.remaining, used: out.used ?? quota.used });
      due = dueIn(p).filter((c) => c.kind === 'odds' && !oddsDone.has(c.sport!));
    }
    await pass(due);
    return out;

    async function pass(calls: PlannedCall[]): Promise<void> {
      for (const c of calls) {
        const id = `${c.kind}:${c.sport ?? ''}`;
        if (done.has(id)) continue;
        done.add(id);
        if (signal.aborted) {
          out.errorCode ??= 'ABORTED';
          out.failures.push(`stopped (${String(signal.reason)}) before the ${c.kind} call${c.sport ? ` for ${c.sport}` : ''}`);
          break;
        }
        if (c.kind === 'odds' && oddsDone.has(c.sport!)) continue; // one call serves every due poll of the sport
        if (out.requests > 0 && gap) await gap();
        out.requests++;
        const at = clock.now();
        try {
          const r = await call(c, cfg, client);
          noteQuota(r.quota);
          out.httpStatus = r.httpStatus;
          if (r.quota.last !== null) out.credits += r.quota.last;
          out.remaining = r.quota.remaining ?? out.remaining;
          out.used = r.quota.used ?? out.used;
          ledger.record({
            at,
            kind: c.kind,
            sport: c.sport,
            reason: c.reason,
            estimated: c.credits,
            actual: r.quota.last,
            remaining: r.quota.remaining,
            used: r.quota.used,
            ok: true,
            events: r.events,
          });
          if (c.kind === 'odds' && r.quota.last !== null && r.quota.last !== c.credits && r.events > 0) {
            log.warn('credit estimate mismatch: the API billed a different cost; the estimate is corrected for the next plans', {
              sport: c.sport,
              estimated: c.credits,
              billed: r.quota.last,
            });
          }
          if (c.kind === 'odds') oddsDone.add(c.sport!);
          if (r.snapshot) {
            out.fetched.push(r.snapshot);
            out.sports.push(c.sport!);
          }
        } catch (e) {
          const err = e instanceof OddsApiError ? e : null;
          const code = err?.code ?? 'INTERNAL';
          if (err) noteQuota(err.quota);
          out.httpStatus = err?.httpStatus ?? out.httpStatus;
          out.errorCode ??= code;
          const message = err?.message ?? (e instanceof Error ? e.message : String(e));
          out.failures.push(`${c.kind}${c.sport ? ` ${c.sport}` : ''}: ${message}`);
          ledger.record({
            at,
            kind: c.kind,
            sport: c.sport,
            reason: c.reason,
            estimated: c.credits,
            actual: err?.quota.last ?? null,
            remaining: err?.quota.remaining ?? null,
            used: err?.quota.used ?? null,
            ok: false,
            events: 0,
          });
          log.warn('a planned call failed', { kind: c.kind, sport: c.sport, code, message });
          if (
            ['INSECURE_BASE_URL', 'MISSING_KEY', 'INVALID_KEY', 'DEACTIVATED_KEY', 'OUT_OF_USAGE_CREDITS', 'ABORTED'].includes(code) ||
            signal.aborted
          )
            break;
        }
      }
    }
  }

  async function call(
    c: PlannedCall,
    cfg: CollectorConfig,
    client: OddsApiClient,
  ): Promise<{
    quota: { remaining: number | null; used: number | null; last: number | null };
    httpStatus: number;
    events: number;
    snapshot: Snapshot | null;
  }> {
    const now = clock.now();
    switch (c.kind) {
      case 'sports': {
        const r = await client.getSports();
        active = new Set(r.data.filter((s) => s.active).map((s) => s.key));
        sportsCheckedAt = now;
        return { quota: r.quota, httpStatus: r.httpStatus, events: 0, snapshot: null };
      }
      case 'events': {
        const r = await client.getEvents(c.sport!);
        sports.set(c.sport!, { events: r.data.map((e) => ({ id: e.id, commenceTime: e.commenceTime })), checkedAt: now });
        return { quota: r.quota, httpStatus: r.httpStatus, events: r.data.length, snapshot: null };
      }
      case 'odds': {
        const q = c.query ?? { regions: cfg.regions };
        const r = await client.getOdds(c.sport!, {
          markets: cfg.markets,
          ...(q.bookmakers?.length ? { bookmakers: q.bookmakers } : { regions: q.regions ?? cfg.regions }),
        });
        return {
          quota: r.quota,
          httpStatus: r.httpStatus,
          events: r.data.length,
          snapshot: { sportKey: c.sport!, observedAt: clock.now(), events: r.data },
        };
      }
      default:
        throw new Error(`the collector does not make ${c.kind} calls`);
    }
  }

  return { planAt, nextDueAt, runDue };
}
