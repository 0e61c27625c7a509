import { OddsMathError } from './errors';
import { additive, balancedBook, goto, multiplicative, wpo } from './devig-closed-form';
import { logitShift, oddsRatio, power } from './devig-fitted';
import { jsd } from './jsd';
import { shin } from './shin';
import { sum } from './implied';
import { checkNumber, checkOddsList, show } from './validate';

/** Margin-removal methods; see odds-math.md §2 and README for what each assumes. */
export type DevigMethod =
  'multiplicative' | 'additive' | 'power' | 'shin' | 'odds_ratio' | 'wpo' | 'goto' | 'balanced_book' | 'jsd' | 'logarithmic';

/** Every {@link DevigMethod}, in a stable order (for pickers and table-driven tests). */
export const DEVIG_METHODS: readonly DevigMethod[] = [
  'multiplicative',
  'additive',
  'power',
  'shin',
  'odds_ratio',
  'wpo',
  'goto',
  'balanced_book',
  'jsd',
  'logarithmic',
];

/** Result of {@link devig}. Optional fields are the fitted parameter of the method that has one. */
export interface DevigResult {
  /** Fair probabilities, one per outcome, each in (0, 1), summing to 1. */
  probabilities: number[];
  /** Overround M = Σ 1/o_i − 1 of the input book. */
  margin: number;
  /** shin / balanced_book: insider share z (negative for a book with B < 1). */
  z?: number;
  /** power: exponent k in p_i = (1/o_i)^k (penaltyblog convention; R reports 1/k). */
  k?: number;
  /** odds_ratio: odds ratio c; logarithmic: logit shift c (= ln of the odds ratio). */
  c?: number;
  /** jsd: the common Jensen–Shannon distance (natural log). */
  distance?: number;
  /** wpo: per-outcome margins m_i = M·fair_i/n. */
  specificMargins?: number[];
}

/** Extra knobs for {@link devig}. */
export type DevigOptions = Readonly<{
  /** Gross margin gm ∈ [0, 1) for 'shin' and 'balanced_book' (Fingleton & Waldron; R `grossmargin`). Default 0. */
  grossMargin?: number;
}>;

/**
 * Removes the bookmaker margin from one market's decimal odds.
 * Every result has probabilities in (0, 1) summing to 1 (fitted methods are renormalised, as R
 * `implied` does). `additive`, `wpo`, `goto`, `balanced_book` and `jsd` can push long shots to
 * ≤ 0 on high-margin books: then it throws METHOD_NOT_APPLICABLE instead of returning them.
 * @throws OddsMathError INVALID_ODDS, TOO_FEW_OUTCOMES, INVALID_FORMAT, INVALID_ARGUMENT,
 *   METHOD_NOT_APPLICABLE, NO_CONVERGENCE
 */
export function devig(odds: readonly number[], method: DevigMethod, options: DevigOptions = {}): DevigResult {
  const o = checkOddsList(odds);
  const r = o.map((x) => 1 / x);
  const B = sum(r);
  const gm = checkNumber(options.grossMargin ?? 0, 'grossMargin', { min: 0, max: 1, maxExclusive: true });
  if (gm !== 0 && method !== 'shin' && method !== 'balanced_book') {
    throw new OddsMathError('INVALID_ARGUMENT', `grossMargin only applies to 'shin' and 'balanced_book', not ${show(method)}`);
  }
  let out: Omit<DevigResult, 'margin'>;
  switch (method) {
    case 'multiplicative':
      out = multiplicative(r, B);
      break;
    case 'additive':
      out = additive(r, B);
      break;
    case 'wpo':
      out = wpo(r, B);
      break;
    case 'goto':
      out = goto(r, B);
      break;
    case 'balanced_book':
      out = balancedBook(r, B, gm);
      break;
    case 'power':
      out = power(r);
      break;
    case 'odds_ratio':
      out = oddsRatio(r);
      break;
    case 'logarithmic':
      out = logitShift(r);
      break;
    case 'shin':
      out = shin(r, B, gm);
      break;
    case 'jsd':
      out = jsd(r, B);
      break;
    default:
      throw new OddsMathError('INVALID_FORMAT', `method must be one of ${DEVIG_METHODS.join(', ')}, got ${show(method)}`);
  }
  out.probabilities.forEach((p, i) => {
    if (!Number.isFinite(p) || p <= 0 || p >= 1) {
      throw new OddsMathError(
        'METHOD_NOT_APPLICABLE',
        `${method} devig gives probabilities[${i}] = ${p} outside (0, 1) for odds [${o.join(', ')}]; use 'power', 'shin' or 'odds_ratio' for this market`,
      );
    }
  });
  return { ...out, margin: B - 1 };
}
