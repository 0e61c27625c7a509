/**
 * Machine-readable reason attached to every {@link OddsMathError}.
 * - `INVALID_ODDS`: an odds value is not a finite number > 1 (or cannot be parsed).
 * - `INVALID_FORMAT`: an unknown odds format or devig method name.
 * - `TOO_FEW_OUTCOMES`: a market needs at least two outcomes.
 * - `INVALID_PROBABILITY`: a probability outside [0, 1], or probabilities summing above 1.
 * - `INVALID_ARGUMENT`: any other numeric argument out of its domain (stake, bankroll, fraction, ...).
 * - `LENGTH_MISMATCH`: two arrays that must be parallel have different lengths.
 * - `NO_QUOTE`: no bookmaker quotes an outcome, so no best price exists.
 * - `METHOD_NOT_APPLICABLE`: a devig method gives probabilities outside (0, 1) for this market.
 * - `UNBOUNDED`: the hedge market is itself an arbitrage, so "best hedge" has no finite optimum.
 * - `NO_CONVERGENCE`: a root finder could not bracket or reach the root.
 */
export type OddsMathErrorCode =
  | 'INVALID_ODDS'
  | 'INVALID_FORMAT'
  | 'TOO_FEW_OUTCOMES'
  | 'INVALID_PROBABILITY'
  | 'INVALID_ARGUMENT'
  | 'LENGTH_MISMATCH'
  | 'NO_QUOTE'
  | 'METHOD_NOT_APPLICABLE'
  | 'UNBOUNDED'
  | 'NO_CONVERGENCE';

/**
 * The only error type thrown by `shared/oddsmath`. Functions throw it instead of returning
 * NaN/Infinity; the message names the offending argument, its position and its value.
 */
export class OddsMathError extends Error {
  /** Stable reason code, safe to switch on. */
  readonly code: OddsMathErrorCode;

  constructor(code: OddsMathErrorCode, message: string) {
    super(message);
    this.name = 'OddsMathError';
    this.code = code;
  }
}
