import { checkOddsList } from './validate';

/**
 * Raw implied probabilities `1/o_i` (they still contain the bookmaker's margin).
 * @throws OddsMathError on an invalid market (see README).
 */
export function impliedProbabilities(odds: readonly number[]): number[] {
  return checkOddsList(odds).map((o) => 1 / o);
}

/** Booksum `B = Σ 1/o_i` (> 1 for a normal book, < 1 for an arbitrage). */
export function booksum(odds: readonly number[]): number {
  return sum(impliedProbabilities(odds));
}

/**
 * Overround / margin `M = Σ 1/o_i − 1` (what penaltyblog and R `implied` call "margin").
 * −110/−110 → 0.047619.
 */
export function overround(odds: readonly number[]): number {
  return booksum(odds) - 1;
}

/**
 * Theoretical hold `H = 1 − 1/B`: the share of handle a balanced book keeps (pybettor
 * `hold_calc`, Pinnacle). −110/−110 → 0.045455.
 */
export function hold(odds: readonly number[]): number {
  return 1 - 1 / booksum(odds);
}

/** Plain sum (internal). */
export function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
