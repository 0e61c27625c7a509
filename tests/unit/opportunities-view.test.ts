/** The opportunities list as a bettor reads it: drops grouped per selection, sorted by expected profit, a labelled edge per kind. */
import { describe, expect, it } from 'vitest';
import type { Opportunity, OpportunityLeg } from '../../shared/domain/opportunities';
import {
  expectedProfit,
  groupDrops,
  labelledEdge,
  lasted,
  matchesFilters,
  DEFAULT_FILTERS,
  sortOpportunities,
  stakePlan,
} from '../../renderer/src/features/opportunities/opportunity-view';

const leg = (outcome: string, bookmaker: string, price: number): OpportunityLeg => ({
  outcome,
  point: null,
  bookmaker,
  bookmakerTitle: bookmaker.toUpperCase(),
  isExchange: false,
  price,
  commission: 0,
  effectivePrice: price,
  seenAt: 0,
  changedAt: 0,
});
const opp = (over: Partial<Opportunity>): Opportunity => ({
  id: 1,
  kind: 'surebet',
  eventId: 'ev',
  sportKey: 'soccer_epl',
  sportTitle: 'EPL',
  homeTeam: 'A',
  awayTeam: 'B',
  commenceTime: 10 * 3600_000,
  market: 'h2h',
  point: null,
  edge: 0.02,
  peakEdge: 0.02,
  firstSeenAt: 0,
  lastSeenAt: 0,
  status: 'open',
  openings: 1,
  suspicious: null,
  bet: false,
  placed: [],
  math: {},
  legs: [leg('A', 'x', 2.1), leg('B', 'y', 2.05)],
  ...over,
});

describe('opportunities view', () => {
  it('one move seen at three books is one drop row listing the books, largest drop first', () => {
    const drops = [
      opp({ id: 7, kind: 'drop', edge: 0.11, firstSeenAt: 300, openings: 1, legs: [leg('A', 'unibet', 1.8)] }),
      opp({ id: 5, kind: 'drop', edge: 0.14, firstSeenAt: 200, openings: 2, legs: [leg('A', 'betclic', 1.75)] }),
      opp({ id: 9, kind: 'drop', edge: 0.12, firstSeenAt: 400, openings: 1, legs: [leg('A', 'winamax', 1.78)] }),
      // another selection of the same event: its own row
      opp({ id: 11, kind: 'drop', edge: 0.2, legs: [leg('B', 'unibet', 3.1)] }),
      opp({ id: 2, kind: 'value', edge: 0.04, legs: [leg('B', 'pinnacle', 2.3)] }),
    ];
    const rows = groupDrops(drops);
    expect(rows).toHaveLength(3);
    const a = rows.find((r) => r.kind === 'drop' && r.legs[0]!.outcome === 'A')!;
    expect(a.legs.map((l) => l.bookmaker)).toEqual(['betclic', 'winamax', 'unibet']);
    expect(a).toMatchObject({ id: 5, edge: 0.14, firstSeenAt: 200, openings: 4, groupIds: [5, 7, 9] });
  });

  it('sorts by expected profit at the chosen total: a 3 % value beats a 1 % surebet; drops and gaps after', () => {
    const sure = opp({ id: 1, kind: 'surebet', edge: 0.0099, math: { guaranteedReturn: 0.01 } });
    const value = opp({ id: 2, kind: 'value', edge: 0.03 });
    const drop = opp({ id: 3, kind: 'drop', edge: 0.3 });
    const gap = opp({ id: 4, kind: 'gap', edge: 0.5 });
    expect(expectedProfit(sure, 200)).toBeCloseTo(2, 12);
    expect(expectedProfit(value, 200)).toBeCloseTo(6, 12);
    expect(expectedProfit(drop, 200)).toBeNull();
    expect(sortOpportunities([gap, drop, sure, value], { key: 'profit', dir: 'desc' }, 200).map((o) => o.id)).toEqual([2, 1, 3, 4]);
  });

  it('labels the edge by kind: return on outlay for a surebet, EV, drop, gap; and says how long it lasted', () => {
    expect(labelledEdge(opp({ kind: 'surebet', edge: 0.0196, math: { guaranteedReturn: 0.02 } }))).toEqual({
      label: 'return',
      value: 0.02,
    });
    expect(labelledEdge(opp({ kind: 'value', edge: 0.05 }))).toEqual({ label: 'ev', value: 0.05 });
    expect(labelledEdge(opp({ kind: 'drop', edge: 0.12 })).label).toBe('drop');
    expect(lasted(opp({ status: 'open', firstSeenAt: 1000 }), 61_000)).toBe(60_000);
    expect(lasted(opp({ status: 'gone', firstSeenAt: 1000, lastSeenAt: 31_000 }), 99_000)).toBe(30_000);
  });

  it('a middle shows its worst case, passes the minimum-edge filter, has no claimed profit and splits for equal payout', () => {
    const m = opp({
      id: 3,
      kind: 'middle',
      market: 'totals',
      point: 2.5,
      edge: 1 / (0.5 + 1 / 1.96) - 1,
      legs: [
        { ...leg('Over', 'b1', 2.0), point: 2.5 },
        { ...leg('Under', 'b2', 1.96), point: 3.5 },
      ],
    });
    expect(labelledEdge(m)).toEqual({ label: 'middle', value: m.edge });
    expect(matchesFilters(m, { ...DEFAULT_FILTERS, minEdge: 0.02 }, 0)).toBe(true);
    expect(matchesFilters(opp({ edge: 0.01 }), { ...DEFAULT_FILTERS, minEdge: 0.02 }, 0)).toBe(false);
    expect(expectedProfit(m, 100)).toBeNull();
    // after the priced surebet, before a drop
    const sorted = sortOpportunities([opp({ id: 8, kind: 'drop', edge: 0.3 }), m, opp({ id: 1, kind: 'surebet', edge: 0.01 })], {
      key: 'profit',
      dir: 'desc',
    });
    expect(sorted.map((o) => o.kind)).toEqual(['surebet', 'middle', 'drop']);
    const plan = stakePlan(m, 100, 1);
    expect(plan.kind).toBe('split');
    if (plan.kind === 'split') expect(plan.stakes).toEqual([49, 51]);
  });
});
