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
  return rawBooksum(checkOddsList(odds));
}

/**
 * `Σ 1/o_i` without validation or allocation, for the hot paths (the scanner, the board grid)
 * whose prices were validated at ingest. The one place the formula is written; `booksum`
 * validates and calls it. Any price ≤ 0 makes the result meaningless: check first elsewhere.
 */
export function rawBooksum(odds: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < odds.length; i++) s += 1 / odds[i];
  return s;
}

/** `rawBooksum − 1`: the overround of prices already validated (the board grid's margin). */
export function rawOverround(odds: ArrayLike<number>): number {
  return rawBooksum(odds) - 1;
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
