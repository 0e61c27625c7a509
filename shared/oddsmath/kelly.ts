import { OddsMathError } from './errors';
import { checkNumber, checkOdd, checkOddsList, checkProbability, checkSameLength } from './validate';

/**
 * Kelly stake as a fraction of bankroll for one bet: `f* = (p·o − 1)/(o − 1)`, clipped to
 * [0, 1], times `fraction` (½ = half Kelly). Returns 0 when there is no edge (p·o ≤ 1).
 * 3.5 @ p 0.3 → 0.02; 2.1 @ p 0.55, half Kelly → 0.070455.
 * @throws OddsMathError INVALID_PROBABILITY / INVALID_ODDS / INVALID_ARGUMENT (fraction ∉ [0, 1])
 */
export function kelly(p: number, odds: number, fraction = 1): number {
  const pp = checkProbability(p, 'p');
  const o = checkOdd(odds, 'odds');
  const lambda = checkNumber(fraction, 'fraction', { min: 0, max: 1 });
  const f = (pp * o - 1) / (o - 1);
  return f > 0 ? Math.min(1, f) * lambda : 0;
}

/**
 * Expected log growth of bankroll for staking fraction f on one bet:
 * `g = p·ln(1 + f(o−1)) + (1−p)·ln(1 − f)`. 2.1 @ p 0.55, f 0.070455 → 0.0081771.
 * @throws OddsMathError INVALID_ARGUMENT when f = 1 could lose everything (g would be −∞).
 */
export function expectedLogGrowth(p: number, odds: number, f: number): number {
  const pp = checkProbability(p, 'p');
  const o = checkOdd(odds, 'odds');
  const ff = checkNumber(f, 'f', { min: 0, max: 1 });
  if (ff === 1 && pp < 1) {
    throw new OddsMathError('INVALID_ARGUMENT', `f = 1 stakes the whole bankroll on a bet that can lose (p = ${pp}): log growth is −∞`);
  }
  return pp * Math.log1p(ff * (o - 1)) + (pp < 1 ? (1 - pp) * Math.log1p(-ff) : 0);
}

/** Result of {@link kellyMutuallyExclusive}. */
export interface MutuallyExclusiveKelly {
  /** Fraction of bankroll on each outcome (0 where the optimum does not bet). */
  stakes: number[];
  /** Σ stakes. */
  total: number;
  /** Reserve rate R: the fraction of bankroll left unbet (1 when nothing is bet). */
  reserveRate: number;
  /** Expected log growth of the bankroll at these stakes. */
  expectedLogGrowth: number;
}

/**
 * Full-Kelly stakes on several mutually exclusive outcomes of ONE event (1X2, outright),
 * Smoczynski & Tomkins (2010) closed form. Sort by e_i = p_i·o_i; add outcomes while
 * e_k > R, with R = (1 − Σ_S p)/(1 − Σ_S 1/o); stake f_i = p_i − R/o_i. A negative-EV outcome can
 * get a stake as insurance. `p` may cover only some outcomes (Σp ≤ 1).
 * Odds [2.5, 3.2, 2.8], p [.55, .25, .2] → [0.27174, 0.03261, 0].
 * @throws OddsMathError INVALID_ODDS, TOO_FEW_OUTCOMES, INVALID_PROBABILITY (also Σp > 1), LENGTH_MISMATCH
 */
export function kellyMutuallyExclusive(p: readonly number[], odds: readonly number[]): MutuallyExclusiveKelly {
  const o = checkOddsList(odds);
  checkSameLength(o, 'odds', p, 'p');
  const probs = p.map((x, i) => checkProbability(x, `p[${i}]`));
  const pSum = probs.reduce((a, b) => a + b, 0);
  if (pSum > 1 + 1e-9) {
    throw new OddsMathError('INVALID_PROBABILITY', `p must sum to at most 1 over mutually exclusive outcomes, got ${pSum}`);
  }
  const order = probs.map((_, i) => i).sort((a, b) => probs[b] * o[b] - probs[a] * o[a]);
  let reserve = 1;
  let pIn = 0;
  let invIn = 0;
  const chosen: number[] = [];
  for (const i of order) {
    if (!(probs[i] * o[i] > reserve)) break;
    const denom = 1 - invIn - 1 / o[i];
    if (denom <= 0) break;
    chosen.push(i);
    pIn += probs[i];
    invIn += 1 / o[i];
    reserve = Math.max(0, 1 - pIn) / denom;
  }
  const stakes = o.map(() => 0);
  for (const i of chosen) stakes[i] = Math.max(0, probs[i] - reserve / o[i]);
  const total = stakes.reduce((a, b) => a + b, 0);
  const left = 1 - total;
  let growth = 0;
  probs.forEach((pi, i) => {
    const wealth = left + stakes[i] * o[i];
    // wealth is 0 only for an outcome with p = 0 up to rounding (the reserve is 0 only when Σ_S p = 1).
    if (pi > 0 && wealth > 0) growth += pi * Math.log(wealth);
  });
  const uncovered = Math.max(0, 1 - pSum);
  if (uncovered > 0 && left > 0) growth += uncovered * Math.log(left);
  return { stakes, total, reserveRate: chosen.length ? reserve : 1, expectedLogGrowth: growth };
}
