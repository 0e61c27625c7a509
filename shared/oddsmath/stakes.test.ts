import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { effectiveOdds, equalPayoutStakes } from './stakes';

const market = fc.array(fc.double({ min: 1.05, max: 30, noNaN: true }), { minLength: 2, maxLength: 5 });

describe('effectiveOdds', () => {
  it('takes commission off the winnings only', () => {
    expect(effectiveOdds(3, 0.05)).toBeCloseTo(2.9, 14);
    expect(effectiveOdds(3, 0)).toBe(3);
    expect(() => effectiveOdds(3, 1)).toThrowError('commission must be a finite number ≥ 0 and < 1, got 1');
  });
});

describe('equalPayoutStakes', () => {
  it('splits the arbplay 2-way example', () => {
    const r = equalPayoutStakes([2.08, 2.0], 100);
    expect(r.stakes[0]).toBeCloseTo(49.019607843137, 9);
    expect(r.minPayout).toBeCloseTo(101.960784313725, 9);
    expect(r.profitPct).toBeCloseTo(0.019607843137, 9);
  });

  it('pays the same on every outcome before rounding, commission included', () => {
    fc.assert(
      fc.property(market, fc.double({ min: 1, max: 10000, noNaN: true }), (odds, total) => {
        const commissions = odds.map((_, i) => (i === 0 ? 0.05 : 0));
        const r = equalPayoutStakes(odds, total, { commissions });
        r.payouts.forEach((p) => expect(Math.abs(p - r.minPayout)).toBeLessThan(1e-9 * total));
        expect(Math.abs(r.totalStake - total)).toBeLessThan(1e-9 * total);
        expect(r.payouts[0]).toBeCloseTo(r.stakes[0] * effectiveOdds(odds[0], 0.05), 9);
      }),
    );
  });

  it('rounded stakes: multiples of unit, sum = total rounded, payouts within one unit × max odds', () => {
    const unit = fc.constantFrom(0.01, 0.1, 0.5, 1, 5, 10);
    fc.assert(
      fc.property(market, fc.double({ min: 10, max: 5000, noNaN: true }), unit, (odds, total, u) => {
        const exact = equalPayoutStakes(odds, total);
        const r = equalPayoutStakes(odds, total, { unit: u });
        r.stakes.forEach((s) => expect(Math.abs(s / u - Math.round(s / u))).toBeLessThan(1e-6));
        expect(Math.abs(r.totalStake - Math.round(total / u) * u)).toBeLessThan(1e-6);
        const maxOdds = Math.max(...odds);
        r.payouts.forEach((p, i) => expect(Math.abs(p - exact.payouts[i])).toBeLessThanOrEqual(u * maxOdds + 1e-9));
      }),
    );
  });

  it('chooses, among floor/ceil roundings with the same total, one with the highest minimum payout', () => {
    fc.assert(
      fc.property(market, fc.integer({ min: 5, max: 400 }), (odds, total) => {
        const exact = equalPayoutStakes(odds, total).stakes;
        const r = equalPayoutStakes(odds, total, { unit: 1 });
        // Brute force every floor/ceil combination whose stakes add up to the same total.
        let best = -Infinity;
        for (let mask = 0; mask < 1 << odds.length; mask++) {
          const s = exact.map((x, i) => (mask & (1 << i) ? Math.ceil(x) : Math.floor(x)));
          if (s.reduce((a, x) => a + x, 0) !== total) continue;
          best = Math.max(best, Math.min(...s.map((x, i) => x * odds[i])));
        }
        expect(r.minPayout).toBeGreaterThanOrEqual(best - 1e-9);
      }),
    );
  });

  it('rounds a 2-way split to whole euros', () => {
    const r = equalPayoutStakes([2.08, 2.0], 100, { unit: 1 });
    expect(r.stakes).toEqual([49, 51]);
    expect(r.minPayout).toBeCloseTo(101.92, 10);
    expect(r.profit).toBeCloseTo(1.92, 10);
  });
});
