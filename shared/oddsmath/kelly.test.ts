import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { expectedLogGrowth, kelly, kellyMutuallyExclusive } from './kelly';
import { expectedValue, edge, consensusProbability } from './value';

const prob = fc.double({ min: 0, max: 1, noNaN: true });
const price = fc.double({ min: 1.01, max: 100, noNaN: true });

describe('expectedValue / edge', () => {
  it('EV is positive exactly when p·o > 1, and edge has the same sign', () => {
    fc.assert(
      fc.property(prob, price, (p, o) => {
        const ev = expectedValue(p, o);
        expect(ev > 0).toBe(p * o > 1);
        expect(ev < 0).toBe(p * o < 1);
        if (ev !== 0) expect(Math.sign(edge(p, o))).toBe(Math.sign(ev));
      }),
    );
  });

  it('consensus probability floors at 0 and subtracts alpha', () => {
    expect(consensusProbability([2, 2.1, 2.05], 0.05)).toBeCloseTo(0.437804878049, 12);
    expect(consensusProbability([50, 60], 0.05)).toBe(0);
  });
});

describe('kelly (single bet)', () => {
  it('is ≥ 0, 0 without edge, the Kelly formula with edge, and scales with the fraction', () => {
    fc.assert(
      fc.property(prob, price, fc.double({ min: 0, max: 1, noNaN: true }), (p, o, lambda) => {
        const f = kelly(p, o);
        expect(f).toBeGreaterThanOrEqual(0);
        expect(f).toBeLessThanOrEqual(1);
        if (p * o <= 1) expect(f).toBe(0);
        else expect(f).toBeCloseTo((p * o - 1) / (o - 1), 12);
        expect(kelly(p, o, lambda)).toBeCloseTo(f * lambda, 12);
      }),
    );
  });

  it('full Kelly maximises expected log growth', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 0.95, noNaN: true }), price, (p, o) => {
        const f = kelly(p, o);
        const g = expectedLogGrowth(p, o, f);
        for (const other of [f * 0.5, Math.min(0.999, f * 1.5 + 0.01), 0]) {
          expect(g).toBeGreaterThanOrEqual(expectedLogGrowth(p, o, other) - 1e-12);
        }
      }),
    );
  });

  it('refuses a growth figure of −∞', () => {
    expect(() => expectedLogGrowth(0.5, 2, 1)).toThrowError(/log growth is −∞/);
    expect(expectedLogGrowth(1, 2, 1)).toBeCloseTo(Math.log(2), 15);
  });
});

describe('kellyMutuallyExclusive', () => {
  it('reproduces the Vendire 5-runner example (odds-math.md §4)', () => {
    const r = kellyMutuallyExclusive([0.2, 0.4, 0.3, 0.08, 0.02], [5.5, 2.625, 3.25, 6, 21]);
    const pct = r.stakes.map((s) => Math.round(s * 10000) / 100);
    expect(pct).toEqual([5.96, 10.59, 6.25, 0, 0]);
  });

  it('bets nothing without an edge and matches single Kelly for one value outcome', () => {
    const none = kellyMutuallyExclusive([0.5, 0.5], [1.9, 1.9]);
    expect(none).toEqual({ stakes: [0, 0], total: 0, reserveRate: 1, expectedLogGrowth: 0 });
    // Only outcome 0 has value and its rival has none: the closed form equals f* = (p·o − 1)/(o − 1).
    const one = kellyMutuallyExclusive([0.6, 0.4], [2, 1.5]);
    expect(one.stakes[0]).toBeCloseTo(kelly(0.6, 2), 12);
    expect(one.stakes[1]).toBe(0);
  });

  it('returns non-negative stakes, total < 1, and growth no worse than nearby allocations', () => {
    const market = fc
      .integer({ min: 2, max: 6 })
      .chain((n) =>
        fc.tuple(
          fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
          fc.array(fc.double({ min: 1.1, max: 15, noNaN: true }), { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(market, ([w, odds]) => {
        const total = w.reduce((a, x) => a + x, 0);
        const p = w.map((x) => x / total);
        const r = kellyMutuallyExclusive(p, odds);
        r.stakes.forEach((s) => expect(s).toBeGreaterThanOrEqual(0));
        expect(r.total).toBeLessThanOrEqual(1 + 1e-12);
        expect(Number.isFinite(r.expectedLogGrowth)).toBe(true);
        expect(r.expectedLogGrowth).toBeGreaterThanOrEqual(-1e-12);
        const growth = (f: number[]): number => {
          const left = 1 - f.reduce((a, x) => a + x, 0);
          return p.reduce((g, pi, i) => g + pi * Math.log(left + f[i] * odds[i]), 0);
        };
        for (let i = 0; i < p.length; i++) {
          const nudged = r.stakes.map((s, j) => (j === i ? s + 0.001 : s));
          if (nudged.reduce((a, x) => a + x, 0) < 1) expect(r.expectedLogGrowth).toBeGreaterThanOrEqual(growth(nudged) - 1e-9);
          if (r.stakes[i] >= 0.001) {
            const less = r.stakes.map((s, j) => (j === i ? s - 0.001 : s));
            expect(r.expectedLogGrowth).toBeGreaterThanOrEqual(growth(less) - 1e-9);
          }
        }
      }),
    );
  });

  it('rejects probabilities summing above 1', () => {
    expect(() => kellyMutuallyExclusive([0.6, 0.6], [2, 2])).toThrowError(/sum to at most 1 over mutually exclusive outcomes, got 1\.2/);
  });
});
