import { OddsMathError } from './errors';
import { devig, type DevigMethod } from './devig';
import { checkOdd, checkOddsList, show } from './validate';

/**
 * Price (ratio) CLV of one bet: `taken/close − 1` (= pybettor `clv_calc`). Positive when you beat
 * the close. −110 taken vs −230 close → 0.33058.
 * @throws OddsMathError INVALID_ODDS
 */
export function priceClv(takenOdds: number, closingOdds: number): number {
  return checkOdd(takenOdds, 'takenOdds') / checkOdd(closingOdds, 'closingOdds') - 1;
}

/**
 * Probability-point CLV of one bet: `1/close − 1/taken` (calculator.academy, sharksnip), as a
 * fraction (×100 for percentage points). +150 taken vs +130 close → 0.034783.
 * @throws OddsMathError INVALID_ODDS
 */
export function pointsClv(takenOdds: number, closingOdds: number): number {
  return 1 / checkOdd(closingOdds, 'closingOdds') - 1 / checkOdd(takenOdds, 'takenOdds');
}

/** Result of {@link clv}. All values are fractions (0.05 = 5 %). */
export interface ClvResult {
  /** taken/close − 1 against the closing price itself (vig included). */
  raw: number;
  /** p_fair_close·taken − 1: the bet's EV if the devigged close is the truth ("xCLV"). */
  noVig: number;
  /** Fair probability of the bet's outcome in the devigged closing market. */
  fairCloseProbability: number;
  /** Probability points: 1/close − 1/taken. */
  rawPoints: number;
  /** Probability points against the fair close: p_fair_close − 1/taken. */
  noVigPoints: number;
}

/**
 * Closing line value of a bet at `takenOdds` on outcome `outcomeIndex` of a market whose closing
 * odds are `closingOdds` (all outcomes, same book), devigged with `method` (default multiplicative).
 * −120 taken, close −148/+130 → raw 0.0941, noVig 0.0606.
 * @throws OddsMathError INVALID_ODDS, TOO_FEW_OUTCOMES, INVALID_ARGUMENT, METHOD_NOT_APPLICABLE
 */
export function clv(
  takenOdds: number,
  closingOdds: readonly number[],
  outcomeIndex: number,
  method: DevigMethod = 'multiplicative',
): ClvResult {
  const taken = checkOdd(takenOdds, 'takenOdds');
  const close = checkOddsList(closingOdds, 'closingOdds');
  if (!Number.isInteger(outcomeIndex) || outcomeIndex < 0 || outcomeIndex >= close.length) {
    throw new OddsMathError('INVALID_ARGUMENT', `outcomeIndex must be an integer in [0, ${close.length - 1}], got ${show(outcomeIndex)}`);
  }
  const fair = devig(close, method).probabilities[outcomeIndex];
  const closePrice = close[outcomeIndex];
  return {
    raw: taken / closePrice - 1,
    noVig: fair * taken - 1,
    fairCloseProbability: fair,
    rawPoints: 1 / closePrice - 1 / taken,
    noVigPoints: fair - 1 / taken,
  };
}
