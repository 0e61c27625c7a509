import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { DEVIG_METHODS, devig, type DevigMethod } from './devig';
import { OddsMathError } from './errors';

/** Methods whose fitted parameter keeps every probability inside (0, 1) for any valid book. */
const ALWAYS_VALID: readonly DevigMethod[] = ['multiplicative', 'power', 'shin', 'odds_ratio', 'logarithmic'];

const sumOf = (xs: number[]): number => xs.reduce((a, x) => a + x, 0);

/**
 * Any plausible book: 2–12 outcomes whose implied probabilities span a ratio up to 1000, booksum
 * from 0.5 (a wild arbitrage) to 1.6 (60 % overround, beyond any outright market).
 */
const anyBook = fc
  .tuple(
    fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 2, maxLength: 12 }),
    fc.double({ min: 0.5, max: 1.6, noNaN: true }),
  )
  .map(([w, B]) => w.map((x) => (B * x) / sumOf(w)))
  .filter((r) => r.every((x) => x < 0.995))
  .map((r) => r.map((x) => 1 / x));

/** A realistic book: fair probabilities ≥ 0.1, margin from −3 % (arbitrage) to +8 %. */
const realisticBook = fc
  .tuple(
    fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 2, maxLength: 6 }),
    fc.double({ min: -0.03, max: 0.08, noNaN: true }),
  )
  .map(([w, margin]) => {
    const free = 1 - 0.1 * w.length;
    const fair = w.map((x) => 0.1 + (free * x) / sumOf(w));
    return fair.map((p) => 1 / (p * (1 + margin)));
  });

function expectValidProbabilities(p: number[]): void {
  for (const x of p) {
    expect(Number.isFinite(x)).toBe(true);
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(1);
  }
  expect(Math.abs(sumOf(p) - 1)).toBeLessThan(1e-12);
}

describe('devig properties', () => {
  it.each(DEVIG_METHODS)('%s: probabilities in (0,1) summing to 1 on realistic books', (method) => {
    fc.assert(
      fc.property(realisticBook, (odds) => {
        const r = devig(odds, method);
        expectValidProbabilities(r.probabilities);
        expect(Math.abs(r.margin - (sumOf(odds.map((o) => 1 / o)) - 1))).toBeLessThan(1e-12);
      }),
      { numRuns: 20000 },
    );
  });

  it.each(DEVIG_METHODS)('%s: on any book, valid probabilities or METHOD_NOT_APPLICABLE, never garbage', (method) => {
    fc.assert(
      fc.property(anyBook, (odds) => {
        let r;
        try {
          r = devig(odds, method);
        } catch (e) {
          expect(e).toBeInstanceOf(OddsMathError);
          expect((e as OddsMathError).code).toBe('METHOD_NOT_APPLICABLE');
          expect(ALWAYS_VALID).not.toContain(method);
          return;
        }
        expectValidProbabilities(r.probabilities);
      }),
      { numRuns: 20000 },
    );
  });

  it('a book without margin is returned unchanged by every method', () => {
    for (const method of DEVIG_METHODS) {
      const r = devig([2, 4, 4], method);
      r.probabilities.forEach((p, i) => expect(p).toBeCloseTo([0.5, 0.25, 0.25][i], 12));
    }
  });

  it('Shin equals additive for two outcomes, also on an arbitrage book (z < 0)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1.05, max: 20, noNaN: true }), fc.double({ min: 1.05, max: 20, noNaN: true }), (a, b) => {
        const shin = devig([a, b], 'shin');
        let additive;
        try {
          additive = devig([a, b], 'additive');
        } catch {
          return; // additive left (0, 1): Shin must still be valid
        }
        shin.probabilities.forEach((p, i) => expect(p).toBeCloseTo(additive.probabilities[i], 10));
        expect(Math.sign(shin.z ?? NaN)).toBe(Math.sign(shin.margin) || 0);
      }),
    );
  });

  it('Shin closed form (n = 2) agrees with the root finder used for n ≥ 3 in the limit', () => {
    // A third outcome with a huge price barely matters; z must stay close to the 2-way closed form.
    const two = devig([1.5, 2.74], 'shin');
    const three = devig([1.5, 2.74, 1e7], 'shin');
    expect(three.z).toBeCloseTo(two.z ?? NaN, 5);
  });

  it('logarithmic is the odds-ratio method with c = ln(c_OR); wpo equals additive', () => {
    const odds = [4.2, 3.7, 1.95];
    const or = devig(odds, 'odds_ratio');
    const logit = devig(odds, 'logarithmic');
    logit.probabilities.forEach((p, i) => expect(p).toBeCloseTo(or.probabilities[i], 14));
    expect(logit.c).toBeCloseTo(Math.log(or.c ?? NaN), 14);
    expect(devig(odds, 'wpo').probabilities).toEqual(devig(odds, 'additive').probabilities);
  });

  it('non-proportional methods move probability toward the favourite', () => {
    const odds = [1.3, 4.5, 11]; // favourite first
    const mult = devig(odds, 'multiplicative').probabilities[0];
    for (const m of ['power', 'shin', 'odds_ratio', 'balanced_book', 'goto'] as const) {
      expect(devig(odds, m).probabilities[0]).toBeGreaterThan(mult);
    }
  });
});

describe('devig refusals', () => {
  it('refuses additive probabilities below 0 (Clarke et al. 6-runner example)', () => {
    const odds = [0.87, 0.2, 0.1, 0.05, 0.02, 0.01].map((r) => 1 / r);
    expect(() => devig(odds, 'additive')).toThrowError(/additive devig gives probabilities\[4\] = -0\.02/);
    // Shin and power still work there.
    expectValidProbabilities(devig(odds, 'shin').probabilities);
    expectValidProbabilities(devig(odds, 'power').probabilities);
  });

  it('refuses rather than returns an underflowed 0 on an absurd book', () => {
    // Power needs k ≈ 690 here, so 0.34^k underflows to 0 in double precision.
    expect(() => devig([2.93, 1.001, 1.001], 'power')).toThrowError(/probabilities\[0\] = 0 outside/);
  });

  it('reports the fitted parameters', () => {
    const r = devig([2.7, 2.3, 4.4], 'power');
    expect(r.k).toBeGreaterThan(1);
    expect(devig([2.7, 2.3, 4.4], 'jsd').distance).toBeGreaterThan(0);
    expect(devig([4.2, 3.7, 1.95], 'wpo').specificMargins).toHaveLength(3);
  });

  it('accepts grossMargin only for shin and balanced_book', () => {
    expect(devig([4.2, 3.7, 1.95], 'balanced_book', { grossMargin: 0.01 }).z).toBeCloseTo((0.99 * 1.021186021186 - 1) / 2, 10);
    expect(() => devig([2, 2], 'power', { grossMargin: 0.01 })).toThrowError(/grossMargin only applies/);
    expect(() => devig([2, 2], 'shin', { grossMargin: 1 })).toThrowError(/grossMargin must be/);
  });

  it('rejects an unknown method', () => {
    expect(() => devig([2, 2], 'magic' as DevigMethod)).toThrowError(/method must be one of/);
  });
});
