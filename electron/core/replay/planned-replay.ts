/**
 * `monps replay FILE --planned --budget N`: on a real recording (a ~5-minute poll), the planner
 * chooses which snapshots it would have bought at the time — each costing what the real call
 * would (markets in the answer × regions, 0 for an empty answer) — and only those are ingested.
 * The figures compare what it saw with the full recording (which plays the 5-minute poll) and
 * with a uniform poll spending the same credits:
 * - credits used (≤ N), recall of surebets and value prices (planner, uniform), and the share of
 *   events with a bet whose price was observed within 10 min before kick-off.
 * What the planner knows at time t is only what free calls would have told it: the events and
 * kick-offs of the sport's answer at t (the free /events), its own purchases, the bets.
 * The budget N is spread over the recording's span (its period), with no reserve.
 */
import type { Snapshot } from '../ingest/odds-store';
import { plan } from '../planner/planner';
import type { NormalizedEvent } from '../providers/types';
import type { Workspace } from '../workspace';
import { readRecording } from './read-recording';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

export interface PlannedReplayBet {
  /** The event's id, or its teams (matched case-insensitively). */
  eventId?: string;
  homeTeam?: string;
  awayTeam?: string;
}

export interface PlannedReplayResult {
  economy_credits_used: number;
  economy_budget: number;
  economy_recall_planner: number;
  economy_recall_uniform: number;
  economy_closing_lines_captured: number;
  /** The same share for the full recording (the 5-minute poll). */
  full_closing_lines_captured: number;
  full_credits: number;
  snapshots: number;
  /** Calls the planner made (each buys the answer of that time). */
  snapshots_bought: number;
  opportunities_full: number;
  bet_events: number;
  from: number | null;
  to: number | null;
}

/** Credits of the real call that returned this answer: markets in it × regions; 0 when empty. */
export function snapshotCost(s: Snapshot, regions: number): number {
  if (!s.events.length) return 0;
  const markets = new Set<string>();
  for (const e of s.events) for (const b of e.bookmakers) for (const m of b.markets) markets.add(m.key);
  return Math.max(1, markets.size) * regions;
}

/** Surebets and value prices of one answer, as stable keys (event, market, line, outcome, book). */
export function opportunityKeys(events: NormalizedEvent[], at: number): string[] {
  const out: string[] = [];
  for (const e of events) {
    if (e.commenceTime <= at) continue; // pre-match only
    const markets = new Map<string, Map<string, Array<{ book: string; price: number }>>>();
    for (const b of e.bookmakers) {
      for (const m of b.markets) {
        if (m.key.endsWith('_lay')) continue;
        for (const o of m.outcomes) {
          const mk = `${m.key}:${m.key === 'h2h' ? '' : Math.abs(o.point ?? 0)}`;
          const byOutcome = markets.get(mk) ?? new Map();
          const list = byOutcome.get(o.name) ?? [];
          list.push({ book: b.key, price: o.price });
          byOutcome.set(o.name, list);
          markets.set(mk, byOutcome);
        }
      }
    }
    for (const [mk, byOutcome] of markets) {
      const outcomes = [...byOutcome.entries()];
      if (outcomes.length < 2 || (mk.startsWith('h2h') && outcomes.length < 2)) continue;
      const best = outcomes.map(([, l]) => Math.max(...l.map((x) => x.price)));
      if (best.reduce((s, p) => s + 1 / p, 0) < 1) out.push(`sure:${e.id}:${mk}`);
      // value: a price above the no-vig consensus (mean over books of each outcome's implied share)
      const books = new Set(outcomes.flatMap(([, l]) => l.map((x) => x.book)));
      const fair: number[] = outcomes.map(() => 0);
      let n = 0;
      for (const book of books) {
        const prices = outcomes.map(([, l]) => l.find((x) => x.book === book)?.price);
        if (prices.some((p) => p === undefined)) continue;
        const inv = prices.map((p) => 1 / p!);
        const sum = inv.reduce((a, b) => a + b, 0);
        inv.forEach((v, i) => (fair[i]! += v / sum));
        n++;
      }
      if (n < 3) continue;
      outcomes.forEach(([name, l], i) => {
        const p = fair[i]! / n;
        for (const x of l) if (x.price * p > 1.02) out.push(`value:${e.id}:${mk}:${name}:${x.book}`);
      });
    }
  }
  return out;
}

export async function plannedReplay(
  ws: Workspace,
  file: string,
  opts: { budget: number; bets?: PlannedReplayBet[]; regions?: number },
): Promise<PlannedReplayResult> {
  const regions = opts.regions ?? 1;
  const snaps: Snapshot[] = [];
  for await (const s of readRecording(file)) snaps.push(s);
  snaps.sort((a, b) => a.observedAt - b.observedAt);
  const from = snaps[0]?.observedAt ?? null;
  const to = snaps.at(-1)?.observedAt ?? null;

  // every event of the recording with its last known kick-off
  const events = new Map<string, NormalizedEvent>();
  for (const s of snaps) for (const e of s.events) events.set(e.id, e);
  const betIds = new Set<string>();
  if (opts.bets) {
    for (const b of opts.bets) {
      const hit = b.eventId
        ? events.get(b.eventId)
        : [...events.values()].find(
            (e) => e.homeTeam.toLowerCase() === b.homeTeam?.toLowerCase() && e.awayTeam.toLowerCase() === b.awayTeam?.toLowerCase(),
          );
      if (hit) betIds.add(hit.id);
    }
  } else for (const id of events.keys()) betIds.add(id); // one bet on the favourite of every event

  // The recording is a ~5-minute poll that stored an answer when it changed: at any tick t the
  // API would have answered the sport's last snapshot at or before t. Each tick the planner is
  // asked; a due /odds call buys that answer, observed at t.
  const TICK = 5 * MIN;
  const sportsKeys = [...new Set(snaps.map((s) => s.sportKey))];
  const ticks: Array<{ at: number; snap: number }> = [];
  if (from !== null && to !== null) {
    const cursor = new Map<string, number>();
    let j = 0;
    for (let t = from; t <= to; t += TICK) {
      while (j < snaps.length && snaps[j]!.observedAt <= t) cursor.set(snaps[j]!.sportKey, j++);
      for (const k of sportsKeys) {
        const i = cursor.get(k);
        if (i !== undefined) ticks.push({ at: t, snap: i });
      }
    }
  }
  const bought: Array<{ at: number; snap: number }> = [];
  const lastBought = new Map<string, number>();
  const recent: Array<{ at: number; credits: number }> = [];
  let spent = 0;
  const period = from !== null && to !== null ? { start: from, end: Math.max(to + 1, from + DAY) } : undefined;
  for (const tick of ticks) {
    const s = snaps[tick.snap]!;
    const t = tick.at;
    const cost = snapshotCost(s, regions);
    if (cost === 0 || spent + cost > opts.budget) continue;
    const markets = [...new Set(s.events.flatMap((e) => e.bookmakers.flatMap((b) => b.markets.map((m) => m.key))))].filter(
      (m) => !m.endsWith('_lay'),
    );
    const p = plan({
      now: t,
      budget: { planSize: opts.budget, resetDay: 1, reserve: 0 },
      quota: { remaining: opts.budget - spent, used: spent },
      usedThisPeriod: spent,
      markets: markets.length ? markets : ['h2h'],
      regions: Array.from({ length: regions }, (_, k) => `r${k}`),
      bookmakers: [],
      sportsCheckedAt: t,
      period,
      recentSpend: recent,
      sports: [
        {
          key: s.sportKey,
          eventsCheckedAt: t,
          lastOddsAt: lastBought.get(s.sportKey) ?? null,
          oddsCost: cost,
          events: s.events.map((e) => ({ id: e.id, commenceTime: e.commenceTime, needsClosingLine: betIds.has(e.id) })),
        },
      ],
    });
    if (!p.calls.some((c) => c.kind === 'odds' && c.sport === s.sportKey && c.at <= t)) continue;
    bought.push(tick);
    spent += cost;
    lastBought.set(s.sportKey, t);
    recent.push({ at: t, credits: cost });
  }

  // ingest only what was bought (observed when it was bought), as one transaction with its run record
  ws.db.exec('BEGIN IMMEDIATE');
  try {
    for (const b of bought) ws.odds.ingest({ ...snaps[b.snap]!, observedAt: b.at }, { replaying: true });
    const run = ws.runs.start(Date.now(), 'replay', sportsKeys);
    ws.runs.finish(run.id, {
      endedAt: Date.now(),
      status: 'ok',
      httpStatus: null,
      errorCode: null,
      errorMessage: 'planned replay',
      creditsUsed: spent,
      creditsRemaining: opts.budget - spent,
      requests: bought.length,
      events: events.size,
      pricesSeen: 0,
      pricesChanged: 0,
    });
    ws.db.exec('COMMIT');
  } catch (e) {
    if (ws.db.inTransaction) ws.db.exec('ROLLBACK');
    ws.odds.resetCaches();
    throw e;
  }

  // one scan per snapshot (the answer is the same at every tick it stands for); a tick keeps the pre-match ones
  const scanned = new Map<number, Array<{ key: string; commence: number }>>();
  const keysOf = (i: number) => {
    let hit = scanned.get(i);
    if (!hit) {
      const start = new Map(snaps[i]!.events.map((e) => [e.id, e.commenceTime]));
      hit = opportunityKeys(snaps[i]!.events, -Infinity).map((key) => ({ key, commence: start.get(key.split(':')[1]!) ?? 0 }));
      scanned.set(i, hit);
    }
    return hit;
  };
  const seen = (obs: Array<{ at: number; snap: number }>) => {
    const set = new Set<string>();
    for (const o of obs) for (const k of keysOf(o.snap)) if (k.commence > o.at) set.add(k.key);
    return set;
  };
  const full = seen(ticks);
  const fullCredits = ticks.reduce((n, o) => n + snapshotCost(snaps[o.snap]!, regions), 0);
  // uniform: the same number of calls at a fixed interval over the span
  const uniform: Array<{ at: number; snap: number }> = [];
  const paidTicks = ticks.filter((o) => snapshotCost(snaps[o.snap]!, regions) > 0);
  if (bought.length && paidTicks.length) {
    const step = paidTicks.length / bought.length;
    for (let k = 0; k < bought.length; k++) uniform.push(paidTicks[Math.min(paidTicks.length - 1, Math.floor(k * step))]!);
  }
  const recall = (set: Set<string>) => (full.size ? [...full].filter((k) => set.has(k)).length / full.size : 1);
  const closing = (obs: Array<{ at: number; snap: number }>) => {
    if (!betIds.size) return 1;
    let n = 0;
    for (const id of betIds) {
      const ev = events.get(id)!;
      if (obs.some((o) => o.at < ev.commenceTime && ev.commenceTime - o.at <= 10 * MIN && snaps[o.snap]!.events.some((e) => e.id === id)))
        n++;
    }
    return n / betIds.size;
  };
  return {
    economy_credits_used: spent,
    economy_budget: opts.budget,
    economy_recall_planner: recall(seen(bought)),
    economy_recall_uniform: recall(seen(uniform)),
    economy_closing_lines_captured: closing(bought),
    full_closing_lines_captured: closing(ticks),
    full_credits: fullCredits,
    snapshots: snaps.length,
    snapshots_bought: bought.length,
    opportunities_full: full.size,
    bet_events: betIds.size,
    from,
    to,
  };
}
