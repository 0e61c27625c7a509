import { OddsMathError } from './errors';
import { checkFiniteResult, checkNumber, checkOdd, checkProbability } from './validate';

/** Input of {@link middleOutcomes}: two opposite-side bets and the probability of each result region. */
export type MiddleInput = Readonly<{
  stakeA: number;
  oddsA: number;
  stakeB: number;
  oddsB: number;
  /** P(result inside the window: both legs win). */
  pBoth: number;
  /** P(only leg A wins). */
  pAOnly: number;
  /** P(only leg B wins). Any remaining mass (pushes) is taken as net 0. */
  pBOnly: number;
}>;

/** Result of {@link middleOutcomes}. Money in the caller's currency unit. */
export interface MiddleOutcomes {
  netBoth: number;
  netAOnly: number;
  netBOnly: number;
  /** pBoth·netBoth + pAOnly·netAOnly + pBOnly·netBOnly. */
  ev: number;
}

/**
 * Nets and EV of a middle (odds-math.md §5): Jets −2.5 risking 110 @ −110 and Raiders +3.5 risking
 * 120 @ −120 → nets −20 / +200 / −10 and EV +6.5 with P = .45 / .1 / .45.
 * @throws OddsMathError INVALID_ODDS, INVALID_ARGUMENT, INVALID_PROBABILITY (also when they sum above 1)
 */
export function middleOutcomes(input: MiddleInput): MiddleOutcomes {
  const stakeA = checkNumber(input.stakeA, 'stakeA', { min: 0 });
  const stakeB = checkNumber(input.stakeB, 'stakeB', { min: 0 });
  const winA = stakeA * (checkOdd(input.oddsA, 'oddsA') - 1);
  const winB = stakeB * (checkOdd(input.oddsB, 'oddsB') - 1);
  const pBoth = checkProbability(input.pBoth, 'pBoth');
  const pAOnly = checkProbability(input.pAOnly, 'pAOnly');
  const pBOnly = checkProbability(input.pBOnly, 'pBOnly');
  if (pBoth + pAOnly + pBOnly > 1 + 1e-9) {
    throw new OddsMathError('INVALID_PROBABILITY', `pBoth + pAOnly + pBOnly must be at most 1, got ${pBoth + pAOnly + pBOnly}`);
  }
  const netBoth = winA + winB;
  const netAOnly = winA - stakeB;
  const netBOnly = winB - stakeA;
  return checkFiniteResult({ netBoth, netAOnly, netBOnly, ev: pBoth * netBoth + pAOnly * netAOnly + pBOnly * netBOnly }, 'middleOutcomes');
}
