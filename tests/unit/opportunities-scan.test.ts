/** Pure parts of the scanners and of the page: legs choice, commission, gaps, filters, stake plans, drafts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPPORTUNITY_DEFAULTS, type Opportunity } from '../../shared/domain/opportunities';
import { commissionOf, netPrice } from '../../electron/core/opportunities/guards';
import { scanGaps } from '../../electron/core/opportunities/scan-moves';
import { bestLegs, scanSurebet } from '../../electron/core/opportunities/scan-surebets';
import type { ScanMarket, ScanQuote } from '../../electron/core/opportunities/types';
import {
  draftsFor,
  matchesFilters,
  sortOpportunities,
  stakePlan,
  DEFAULT_FILTERS,
} from '../../renderer/src/features/opportunities/opportunity-view';

const q = (bookmaker: string, outcome: string, price: number, commission = 0): ScanQuote => ({
  quoteId: 1,
  bookmaker,
  book: { key: bookmaker, title: bookmaker, isExchange: commission > 0, commission },
  outcome,
  point: null,
  price,
  effectivePrice: netPrice(price, commission),
  changedAt: 0,
  seenAt: 0,
});
const market = (quotes: ScanQuote[]): ScanMarket => ({
  event: { ref: 1, id: 'ev', sportKey: 's', sportTitle: 'S', commenceTime: 1, homeTeam: 'A', awayTeam: 'B' },
  market: 'h2h',
  line: null,
  outcomes: ['A', 'B'],
  quotes,
});
const split = (m: ScanMarket) => m.outcomes.map((o) => m.quotes.filter((x) => x.outcome === o));

describe('scanner pieces', () => {
  it('commission by longest key prefix, else the other-exchange rate', () => {
    expect(commissionOf('betfair_ex_uk', true, OPPORTUNITY_DEFAULTS)).toBe(0.05);
    expect(commissionOf('matchbook', true, OPPORTUNITY_DEFAULTS)).toBe(0.02);
    expect(commissionOf('betdaq', true, OPPORTUNITY_DEFAULTS)).toBe(0.03);
    expect(commissionOf('unibet_eu', false, OPPORTUNITY_DEFAULTS)).toBe(0);
  });

  it('legs from one single book are never a surebet; a second book is taken instead', () => {
    const m = market([q('x', 'A', 2.2), q('x', 'B', 2.2), q('y', 'A', 2.1), q('z', 'B', 1.9)]);
    const pick = bestLegs(split(m))!;
    expect(new Set(pick.legs.map((l) => l.bookmaker)).size).toBe(2);
    expect(pick.booksum).toBeCloseTo(1 / 2.2 + 1 / 2.1, 12);
  });

  it('property: a surebet is found exactly when the best prices (2+ books) have Σ 1/price < 1, and its edge is 1 − Σ', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 1.02, max: 5, noNaN: true }), fc.double({ min: 1.02, max: 5, noNaN: true })), {
          minLength: 2,
          maxLength: 6,
        }),
        (rows) => {
          const quotes = rows.flatMap(([a, b], i) => [q(`b${i}`, 'A', a), q(`b${i}`, 'B', b)]);
          const m = market(quotes);
          const found = scanSurebet(m, split(m), { ...OPPORTUNITY_DEFAULTS, suspiciousArb: 1 });
          const pick = bestLegs(split(m))!;
          expect(found !== null).toBe(pick.booksum < 1);
          if (found) {
            expect(found.edge).toBeCloseTo(1 - pick.booksum, 12);
            expect(found.edge).toBeGreaterThan(0);
          }
        },
      ),
    );
  });

  it('gaps need the minimum of books and report best against worst', () => {
    const m = market([q('x', 'A', 2.0), q('y', 'A', 2.6), q('z', 'A', 2.1), q('x', 'B', 1.8)]);
    const gaps = scanGaps(m, split(m), OPPORTUNITY_DEFAULTS);
    expect(gaps).toHaveLength(1);
    expect(gaps[0].edge).toBeCloseTo(0.3, 12);
    expect(gaps[0].math).toMatchObject({ worstPrice: 2.0, worstBookmaker: 'x', booksQuoting: 3 });
  });
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
  legs: [
    {
      outcome: 'A',
      point: null,
      bookmaker: 'betfair_ex_eu',
      bookmakerTitle: 'Betfair',
      isExchange: true,
      price: 2.1,
      commission: 0.05,
      effectivePrice: 2.045,
      seenAt: 0,
      changedAt: 0,
    },
    {
      outcome: 'B',
      point: null,
      bookmaker: 'pinnacle',
      bookmakerTitle: 'Pinnacle',
      isExchange: false,
      price: 2.05,
      commission: 0,
      effectivePrice: 2.05,
      seenAt: 0,
      changedAt: 0,
    },
  ],
  ...over,
});

describe('page helpers', () => {
  it('filters by kind, edge, sport, book and kick-off window', () => {
    const o = opp({});
    expect(matchesFilters(o, DEFAULT_FILTERS, 0)).toBe(true);
    expect(matchesFilters(o, { ...DEFAULT_FILTERS, kinds: ['value'] }, 0)).toBe(false);
    expect(matchesFilters(o, { ...DEFAULT_FILTERS, minEdge: 0.03 }, 0)).toBe(false);
    expect(matchesFilters(o, { ...DEFAULT_FILTERS, book: 'pinn' }, 0)).toBe(true);
    expect(matchesFilters(o, { ...DEFAULT_FILTERS, book: 'bet365' }, 0)).toBe(false);
    expect(matchesFilters(o, { ...DEFAULT_FILTERS, kickoff: '24h' }, 0)).toBe(true);
    expect(matchesFilters(opp({ commenceTime: 5 * 86_400_000 }), { ...DEFAULT_FILTERS, kickoff: '3d' }, 0)).toBe(false);
  });

  it('relevance puts surebets first, then sorts by edge', () => {
    const list = [
      opp({ id: 1, kind: 'gap', edge: 0.5 }),
      opp({ id: 2, edge: 0.01 }),
      opp({ id: 3, kind: 'value', edge: 0.05 }),
      opp({ id: 4, edge: 0.03 }),
    ];
    expect(sortOpportunities(list, { key: 'relevance', dir: 'desc' }).map((o) => o.id)).toEqual([4, 2, 3, 1]);
    expect(sortOpportunities(list, { key: 'edge', dir: 'desc' }).map((o) => o.id)).toEqual([1, 3, 4, 2]);
  });

  it('splits a surebet for equal payout after commission, rounded to the unit, and drafts one bet per leg', () => {
    const o = opp({});
    const plan = stakePlan(o, 100, 1);
    expect(plan.kind).toBe('split');
    if (plan.kind !== 'split') return;
    expect(plan.stakes.reduce((a, b) => a + b, 0)).toBe(100);
    expect(plan.stakes.every((s) => Number.isInteger(s))).toBe(true);
    expect(Math.abs(plan.payouts[0] - plan.payouts[1])).toBeLessThan(2.1);
    const drafts = draftsFor(o, plan);
    expect(drafts.map((d) => [d.selection, d.bookmaker, d.odds, d.stake, d.opportunityId])).toEqual([
      ['A', 'betfair_ex_eu', 2.1, plan.stakes[0], 1],
      ['B', 'pinnacle', 2.05, plan.stakes[1], 1],
    ]);
  });

  it('a bad price gives an error plan, never NaN', () => {
    const o = opp({ legs: [{ ...opp({}).legs[0], price: 0 }, opp({}).legs[1]] });
    expect(stakePlan(o, 100, 1).kind).toBe('error');
    expect(stakePlan(opp({ kind: 'value', math: { kellyStake: 12 } }), 100, 1)).toEqual({ kind: 'single', stake: 12 });
  });
});
