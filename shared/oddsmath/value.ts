import { checkNumber, checkOdd, checkOddsList, checkProbability } from './validate';

/**
 * Expected value per unit staked: `EV = p·o − 1` (penaltyblog `_calculate_expected_value`).
 * o = 2.5, p = 0.5 → 0.25. Positive exactly when p·o > 1.
 * @throws OddsMathError INVALID_PROBABILITY / INVALID_ODDS
 */
export function expectedValue(p: number, odds: number): number {
  return checkProbability(p, 'p') * checkOdd(odds, 'odds') - 1;
}

/**
 * Edge in probability points: `p − 1/o` (penaltyblog `identify_value_bet`, pybettor `edge_calc`).
 * o = 2.5, p = 0.5 → 0.10. Same sign as {@link expectedValue}; keep both, they are different units.
 */
export function edge(p: number, odds: number): number {
  return checkProbability(p, 'p') - 1 / checkOdd(odds, 'odds');
}

/**
 * Consensus probability from several books' prices for the same outcome (Kaunitz et al. 2017;
 * sports-betting `OddsComparisonBettor`): `p = 1/mean(odds) − alpha`, floored at 0.
 * Bet when `p·offered > 1`, i.e. `expectedValue(p, offered) > 0`.
 * @param bookOdds one price per bookmaker for ONE outcome (≥ 1 price)
 * @param alpha safety margin subtracted from the consensus probability (paper: 0.05)
 */
export function consensusProbability(bookOdds: readonly number[], alpha = 0.05): number {
  const odds = checkOddsList(bookOdds, 'bookOdds', 1);
  const a = checkNumber(alpha, 'alpha', { min: 0, max: 1 });
  let s = 0;
  for (const o of odds) s += o;
  return Math.max(0, odds.length / s - a);
}
