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

/** relevance: surebets, then value bets, drops, gaps — each by edge. */
export type SortKey = 'relevance' | 'edge' | 'kickoff' | 'age' | 'firstSeen';
export interface OpportunitySort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export const DEFAULT_FILTERS: OpportunityFilters = { kinds: [], minEdge: 0, sport: null, book: '', kickoff: 'any' };
export const DEFAULT_SORT: OpportunitySort = { key: 'relevance', dir: 'desc' };

const WINDOW_MS: Record<KickoffWindow, number> = { any: Infinity, '24h': 86_400_000, '3d': 3 * 86_400_000 };

/** When the oldest leg was last seen (the age of the opportunity is now − this). */
export const oldestSeen = (o: Opportunity): number => Math.min(...o.legs.map((l) => l.seenAt));

export function matchesFilters(o: Opportunity, f: OpportunityFilters, now: number): boolean {
  if (f.kinds.length && !f.kinds.includes(o.kind)) return false;
  if (!(o.edge >= f.minEdge)) return false;
  if (f.sport && o.sportKey !== f.sport) return false;
  if (o.commenceTime - now > WINDOW_MS[f.kickoff]) return false;
  const b = f.book.trim().toLowerCase();
  if (b && !o.legs.some((l) => l.bookmaker.includes(b) || l.bookmakerTitle.toLowerCase().includes(b))) return false;
  return true;
}

const KIND_RANK: Record<OpportunityKind, number> = { surebet: 3, value: 2, drop: 1, gap: 0 };

const sortValue: Record<SortKey, (o: Opportunity) => number> = {
  // edges stay below 10 (1000 %), so the kind rank dominates
  relevance: (o) => KIND_RANK[o.kind] * 10 + Math.min(o.edge, 9.99),
  edge: (o) => o.edge,
  kickoff: (o) => o.commenceTime,
  age: (o) => -oldestSeen(o),
  firstSeen: (o) => o.firstSeenAt,
};

/** A sorted copy; ties by id so the order never flickers between updates. */
export function sortOpportunities(list: readonly Opportunity[], s: OpportunitySort): Opportunity[] {
  const v = sortValue[s.key];
  const sign = s.dir === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => sign * (v(a) - v(b)) || a.id - b.id);
}

/** The stake plan of an opportunity for a total: surebets split for equal payout, rounded to the unit. */
export type StakePlan =
  | { kind: 'split'; stakes: number[]; payouts: number[]; minPayout: number; totalStake: number; profit: number; profitPct: number }
  | { kind: 'single'; stake: number | null }
  | { kind: 'error'; message: string };

export function stakePlan(o: Opportunity, total: number, unit: number): StakePlan {
  if (o.kind !== 'surebet') return { kind: 'single', stake: o.kind === 'value' && o.math.kellyStake ? o.math.kellyStake : null };
  try {
    const r = equalPayoutStakes(o.legs.map((l) => l.price), total, { unit, commissions: o.legs.map((l) => l.commission) });
    return { kind: 'split', ...r };
  } catch (e) {
    return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

/** The bets "log this bet" hands to the bet form: one per leg, with the plan's stakes. */
export function draftsFor(o: Opportunity, plan: StakePlan): BetDraft[] {
  return o.legs.map((l, i) => ({
    eventId: o.eventId, sportKey: o.sportKey, homeTeam: o.homeTeam, awayTeam: o.awayTeam, commenceTime: o.commenceTime,
    market: o.market, selection: l.outcome, point: l.point, bookmaker: l.bookmaker, odds: l.price,
    stake: plan.kind === 'split' ? plan.stakes[i] : plan.kind === 'single' ? plan.stake : null,
    opportunityId: o.id,
  }));
}

/** A finite number, or null (never NaN or Infinity on screen). */
export const finite = (x: number | undefined | null): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
