import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { clv, pointsClv, priceClv } from './clv';
import { devig } from './devig';
import { backLayHedge, hedgePosition } from './hedge';
import { middleOutcomes } from './middle';

describe('clv', () => {
  it('is positive when the taken price beats the close, in every form', () => {
    fc.assert(
      fc.property(fc.double({ min: 1.1, max: 10, noNaN: true }), fc.double({ min: 1.1, max: 10, noNaN: true }), (taken, close) => {
        expect(Math.sign(priceClv(taken, close))).toBe(Math.sign(taken - close));
        expect(Math.sign(pointsClv(taken, close))).toBe(Math.sign(taken - close));
      }),
    );
  });

  it('devigs the closing market with the chosen method', () => {
    const close = [2.7, 2.3, 4.4];
    const shin = clv(2.9, close, 0, 'shin');
    expect(shin.fairCloseProbability).toBeCloseTo(devig(close, 'shin').probabilities[0], 15);
    expect(shin.noVig).toBeCloseTo(shin.fairCloseProbability * 2.9 - 1, 15);
    expect(shin.raw).toBeCloseTo(2.9 / 2.7 - 1, 15);
    // Removing the vig makes the close fairer (longer), so no-vig CLV < raw CLV.
    expect(clv(2.9, close, 0).noVig).toBeLessThan(shin.raw);
  });

  it('rejects an outcome index outside the market', () => {
    expect(() => clv(2, [2, 2], 2)).toThrowError('outcomeIndex must be an integer in [0, 1], got 2');
    expect(() => clv(2, [2, 2], 0.5)).toThrowError(/got 0\.5/);
  });
});

describe('hedging and middles', () => {
  it('back/lay stake equalises both outcomes for any commission', () => {
    fc.assert(
      fc.property(fc.double({ min: 1.2, max: 10, noNaN: true }), fc.double({ min: 0, max: 0.1, noNaN: true }), (o, c) => {
        const r = backLayHedge({ backStake: 10, backOdds: o, layOdds: o * 1.02, commission: c });
        expect(r.profitIfBackWins).toBeCloseTo(r.profitIfBackLoses, 9);
      }),
    );
  });

  it('flags a hedge market that is itself an arbitrage', () => {
    expect(() => hedgePosition([0, 50], [2, 2], [3, 2.5])).toThrowError(/themselves an arbitrage/);
  });

  it('hedged profit is the same whatever wins', () => {
    const existing = [50, 30, 0];
    const odds = [2.5, 4, 3];
    const hedge = [2.4, 3.8, 2.9];
    const r = hedgePosition(existing, odds, hedge);
    const spent = 80 + r.hedgeStakes.reduce((a, x) => a + x, 0);
    const profits = odds.map((o, i) => existing[i] * o + r.hedgeStakes[i] * hedge[i] - spent);
    profits.forEach((p) => expect(p).toBeCloseTo(r.guaranteedProfit, 9));
  });

  it('middle nets and EV', () => {
    const r = middleOutcomes({
      stakeA: 110,
      oddsA: 1 + 100 / 110,
      stakeB: 120,
      oddsB: 1 + 100 / 120,
      pBoth: 0.1,
      pAOnly: 0.45,
      pBOnly: 0.45,
    });
    expect([r.netBoth, r.netAOnly, r.netBOnly].map((x) => Math.round(x * 1e9) / 1e9)).toEqual([200, -20, -10]);
    expect(() => middleOutcomes({ stakeA: 1, oddsA: 2, stakeB: 1, oddsB: 2, pBoth: 0.5, pAOnly: 0.5, pBOnly: 0.5 })).toThrowError(
      /must be at most 1/,
    );
  });
});
