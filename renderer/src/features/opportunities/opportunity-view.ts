/**
 * Pure helpers of the opportunities page: filtering, sorting, quote age, the stake plan of the
 * calculator and the bet drafts of "log this bet". No React, no store: tested on their own.
 */
import type { BetDraft } from '../../../../shared/domain/bet-draft';
import type { Opportunity, OpportunityKind } from '../../../../shared/domain/opportunities';
import { equalPayoutStakes } from '../../../../shared/oddsmath';

export type KickoffWindow = 'any' | '24h' | '3d';

/** What the toolbar filters on. */
export interface OpportunityFilters {
  /** Empty: every kind. */
  kinds: OpportunityKind[];
  /** Minimum edge as a fraction. */
  minEdge: number;
  sport: string | null;
  /** Part of a bookmaker key or title (any leg). */
  book: string;
  kickoff: KickoffWindow;
}

/** profit: expected profit in € at the chosen total (the default); relevance: surebets, then value bets, middles, drops, gaps — each by edge. */
export type SortKey = 'profit' | 'relevance' | 'edge' | 'kickoff' | 'age' | 'firstSeen';
export interface OpportunitySort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export const DEFAULT_FILTERS: OpportunityFilters = { kinds: [], minEdge: 0, sport: null, book: '', kickoff: 'any' };
export const DEFAULT_SORT: OpportunitySort = { key: 'profit', dir: 'desc' };

const WINDOW_MS: Record<KickoffWindow, number> = { any: Infinity, '24h': 86_400_000, '3d': 3 * 86_400_000 };

/** When the oldest leg was last seen (the age of the opportunity is now − this). */
export const oldestSeen = (o: Opportunity): number => Math.min(...o.legs.map((l) => l.seenAt));

export function matchesFilters(o: Opportunity, f: OpportunityFilters, now: number): boolean {
  // a record left open by a last scan before kick-off (a replay, a stopped collector) is no longer actionable
  if (o.commenceTime <= now) return false;
  if (f.kinds.length && !f.kinds.includes(o.kind)) return false;
  // a middle's edge is its worst-case return (≤ 0 mostly), already bounded by the scanner's middleMaxLoss
  if (o.kind !== 'middle' && !(o.edge >= f.minEdge)) return false;
  if (f.sport && o.sportKey !== f.sport) return false;
  if (o.commenceTime - now > WINDOW_MS[f.kickoff]) return false;
  const b = f.book.trim().toLowerCase();
  if (b && !o.legs.some((l) => l.bookmaker.includes(b) || l.bookmakerTitle.toLowerCase().includes(b))) return false;
  return true;
}

const KIND_RANK: Record<OpportunityKind, number> = { surebet: 4, value: 3, middle: 2, drop: 1, gap: 0 };

/**
 * The edge each kind is judged by, with its name: a surebet's return on outlay (1/Σ − 1, what
 * the stakes earn), a value bet's EV, a drop's size, a gap's best/worst − 1, a middle's worst case
 * (1/Σ − 1: what equal-payout stakes return when the result misses the window).
 */
export function labelledEdge(o: Opportunity): { label: 'return' | 'ev' | 'drop' | 'gap' | 'middle'; value: number } {
  switch (o.kind) {
    case 'middle':
      return { label: 'middle', value: o.edge };
    case 'surebet':
      return { label: 'return', value: o.math.guaranteedReturn ?? o.edge };
    case 'value':
      return { label: 'ev', value: o.edge };
    case 'drop':
      return { label: 'drop', value: o.edge };
    default:
      return { label: 'gap', value: o.edge };
  }
}

/**
 * Expected profit in € of `total` staked on it: a surebet's guaranteed return, a value bet's
 * EV; null for drops, gaps and middles (no probability model of a middle's window: its worst case and
 * width are shown instead).
 */
export function expectedProfit(o: Opportunity, total: number): number | null {
  if (o.kind === 'surebet') return total * (o.math.guaranteedReturn ?? o.edge);
  if (o.kind === 'value') return total * o.edge;
  return null;
}

/** A coarse duration for a table cell: "45 s", "21 min", "3 h 05", "2 j 4 h" / "2 d 4 h". */
export function shortDuration(ms: number, dayUnit: string): string {
  const m = Math.floor(ms / 60_000);
  if (m < 1) return `${Math.max(0, Math.round(ms / 1000))} s`;
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h} h ${String(m % 60).padStart(2, '0')}`;
  return `${Math.floor(h / 24)} ${dayUnit} ${h % 24} h`;
}

/** How long it has lasted: first seen to now (at most to kick-off) while open, else to its last sighting. */
export const lasted = (o: Opportunity, now: number): number =>
  Math.max(0, (o.status === 'open' ? Math.min(now, o.commenceTime) : o.lastSeenAt) - o.firstSeenAt);

/**
 * Drops of one selection (event, market, line, outcome) as one row: the same move seen at
 * several books is one move. The row keeps the first record's id, lists every book's leg
 * (largest drop first), and has the largest edge, the earliest first sighting and the sum of
 * openings. Other kinds pass through.
 */
export function groupDrops(list: readonly Opportunity[]): (Opportunity & { groupIds?: number[] })[] {
  const out: (Opportunity & { groupIds?: number[] })[] = [];
  const groups = new Map<string, Opportunity[]>();
  for (const o of list) {
    if (o.kind !== 'drop') {
      out.push(o);
      continue;
    }
    // a drop against the sharp reference stays its own row (its legs are the books behind)
    if (o.math.sharpMove) {
      out.push(o);
      continue;
    }
    const k = `${o.eventId}|${o.market}|${o.point ?? ''}|${o.legs[0]?.outcome ?? ''}|${o.suspicious ?? ''}`;
    const g = groups.get(k);
    if (g) g.push(o);
    else groups.set(k, [o]);
  }
  for (const g of groups.values()) {
    if (g.length === 1) {
      out.push(g[0]!);
      continue;
    }
    const byEdge = [...g].sort((a, b) => b.edge - a.edge || a.id - b.id);
    const head = byEdge[0]!;
    out.push({
      ...head,
      id: Math.min(...g.map((o) => o.id)),
      legs: byEdge.flatMap((o) => o.legs),
      firstSeenAt: Math.min(...g.map((o) => o.firstSeenAt)),
      lastSeenAt: Math.max(...g.map((o) => o.lastSeenAt)),
      openings: g.reduce((n, o) => n + o.openings, 0),
      bet: g.some((o) => o.bet),
      groupIds: g.map((o) => o.id).sort((a, b) => a - b),
    });
  }
  return out;
}

const sortValue: Record<Exclude<SortKey, 'profit'>, (o: Opportunity) => number> = {
  // edges stay below 10 (1000 %), so the kind rank dominates
  relevance: (o) => KIND_RANK[o.kind] * 10 + Math.min(o.edge, 9.99),
  edge: (o) => o.edge,
  kickoff: (o) => o.commenceTime,
  age: (o) => -oldestSeen(o),
  firstSeen: (o) => o.firstSeenAt,
};

/** A sorted copy; ties by id so the order never flickers between updates. By profit: unpriced kinds (drops, gaps) after, by edge. */
export function sortOpportunities<T extends Opportunity>(list: readonly T[], s: OpportunitySort, total = 100): T[] {
  const v =
    s.key === 'profit'
      ? (o: Opportunity) => {
          const p = expectedProfit(o, total);
          return p === null ? -1e12 + sortValue.relevance(o) : p;
        }
      : sortValue[s.key];
  const sign = s.dir === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => sign * (v(a) - v(b)) || a.id - b.id);
}

/** The stake plan of an opportunity for a total: surebets and middles split for equal payout, rounded to the unit. */
export type StakePlan =
  | { kind: 'split'; stakes: number[]; payouts: number[]; minPayout: number; totalStake: number; profit: number; profitPct: number }
  | { kind: 'single'; stake: number | null }
  | { kind: 'error'; message: string };

export function stakePlan(o: Opportunity, total: number, unit: number): StakePlan {
  if (o.kind !== 'surebet' && o.kind !== 'middle')
    return { kind: 'single', stake: o.kind === 'value' && o.math.kellyStake ? o.math.kellyStake : null };
  try {
    const r = equalPayoutStakes(
      o.legs.map((l) => l.price),
      total,
      { unit, commissions: o.legs.map((l) => l.commission) },
    );
    return { kind: 'split', ...r };
  } catch (e) {
    return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

/** The bets "log this bet" hands to the bet form: one per leg, with the plan's stakes. */
export function draftsFor(o: Opportunity, plan: StakePlan): BetDraft[] {
  return o.legs.map((l, i) => ({
    eventId: o.eventId,
    sportKey: o.sportKey,
    homeTeam: o.homeTeam,
    awayTeam: o.awayTeam,
    commenceTime: o.commenceTime,
    market: o.market,
    selection: l.outcome,
    point: l.point,
    bookmaker: l.bookmaker,
    odds: l.price,
    stake: plan.kind === 'split' ? plan.stakes[i] : plan.kind === 'single' ? plan.stake : null,
    opportunityId: o.id,
  }));
}

/** A finite number, or null (never NaN or Infinity on screen). */
export const finite = (x: number | undefined | null): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
