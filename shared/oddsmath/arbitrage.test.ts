import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { arbitrage } from './arbitrage';

describe('arbitrage', () => {
  it('treats NaN, 0, null and undefined as "not quoted" and breaks ties toward the first book', () => {
    const r = arbitrage([
      [2.1, NaN, 3.4],
      [2.1, 3.9, 0],
      [undefined, 3.9, null],
      [2.0, 3.5, 3.4],
    ]);
    expect(r.bestOdds).toEqual([2.1, 3.9, 3.4]);
    expect(r.bestBookmaker).toEqual([0, 1, 0]);
    expect(r.booksum).toBeCloseTo(1 / 2.1 + 1 / 3.9 + 1 / 3.4, 14);
    expect(r.isArbitrage).toBe(false);
  });

  it('names the cell of a bad quote, and an outcome nobody quotes', () => {
    expect(() =>
      arbitrage([
        [2, 2],
        [2, -3],
      ]),
    ).toThrowError('bookOdds[1][1] must be a finite number greater than 1, got -3');
    expect(() =>
      arbitrage([
        [2, 2],
        [2, 0.5],
      ]),
    ).toThrowError(/bookOdds\[1\]\[1\].*got 0\.5/);
    expect(() =>
      arbitrage([
        [2, NaN],
        [2, 0],
      ]),
    ).toThrowError('no bookmaker quotes outcome 1, so there is no best price for it');
    expect(() => arbitrage([[2, 2], [2]])).toThrowError('bookOdds[1] has 1 outcomes but bookOdds[0] has 2');
    expect(() => arbitrage([])).toThrowError(/non-empty array/);
  });

  it('booksum < 1 ⇔ arbMargin > 0 ⇔ guaranteedReturn > 0, and stake fractions sum to 1', () => {
    const cell = fc.oneof(fc.double({ min: 1.01, max: 12, noNaN: true }), fc.constant(NaN));
    const grid = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 2, max: 4 }))
      .chain(([books, n]) => fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: books, maxLength: books }))
      .filter((g) => g[0].every((_, i) => g.some((row) => !Number.isNaN(row[i]))));
    fc.assert(
      fc.property(grid, (g) => {
        const r = arbitrage(g);
        expect(r.booksum < 1).toBe(r.arbMargin > 0);
        expect(r.booksum < 1).toBe(r.guaranteedReturn > 0);
        expect(r.isArbitrage).toBe(r.booksum < 1);
        expect(Math.abs(r.stakeFractions.reduce((a, x) => a + x, 0) - 1)).toBeLessThan(1e-12);
        r.bestOdds.forEach((o, i) => {
          expect(g[r.bestBookmaker[i]][i]).toBe(o);
          g.forEach((row) => expect(Number.isNaN(row[i]) || row[i] <= o).toBe(true));
        });
      }),
    );
  });
});
