import { OddsMathError } from './errors';
import { checkNumber, checkOdd, show } from './validate';

/** Supported odds notations. */
export type OddsFormat = 'decimal' | 'american' | 'fractional';

/** Every {@link OddsFormat}, for pickers and validation. */
export const ODDS_FORMATS: readonly OddsFormat[] = ['decimal', 'american', 'fractional'];

const EVENS = new Set(['evens', 'evs', 'even', 'ev']);

function parseNumber(odds: number | string, label: string): number {
  if (typeof odds === 'number') return odds;
  const text = typeof odds === 'string' ? odds.trim() : '';
  const n = text === '' ? NaN : Number(text);
  if (!Number.isFinite(n)) {
    throw new OddsMathError('INVALID_ODDS', `${label} is not a number, got ${show(odds)}`);
  }
  return n;
}

function americanToDecimal(odds: number | string): number {
  if (typeof odds === 'string' && EVENS.has(odds.trim().toLowerCase())) return 2;
  const a = parseNumber(odds, 'american odds');
  if (!Number.isFinite(a) || (a > -100 && a < 100)) {
    throw new OddsMathError('INVALID_ODDS', `american odds must be ≤ -100 or ≥ +100, got ${show(odds)}`);
  }
  return a > 0 ? 1 + a / 100 : 1 + 100 / -a;
}

function fractionalToDecimal(odds: number | string): number {
  if (typeof odds === 'number') {
    return 1 + checkNumberAsOdds(odds, odds);
  }
  const text = typeof odds === 'string' ? odds.trim().toLowerCase() : '';
  if (EVENS.has(text)) return 2;
  const m = /^(\d+(?:\.\d+)?)\s*[/-]\s*(\d+(?:\.\d+)?)$/.exec(text);
  if (m) {
    const num = Number(m[1]);
    const den = Number(m[2]);
    if (num > 0 && den > 0) return 1 + num / den;
  } else if (/^\d+(?:\.\d+)?$/.test(text)) {
    return 1 + checkNumberAsOdds(Number(text), odds);
  }
  throw new OddsMathError('INVALID_ODDS', `fractional odds must look like "5/2" or "evens" with both parts > 0, got ${show(odds)}`);
}

function checkNumberAsOdds(value: number, original: unknown): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new OddsMathError('INVALID_ODDS', `fractional odds must be a finite number > 0, got ${show(original)}`);
  }
  return value;
}

/**
 * Converts odds in any supported notation to decimal odds (> 1).
 * - decimal: `2.5` or `"2.5"`;
 * - american: `-110`, `"+150"`, `"-110"` (`a > 0 → 1 + a/100`, `a < 0 → 1 + 100/|a|`; |a| < 100 is rejected);
 * - fractional: `"5/2"`, `"5-2"`, `"evens"`, or a number meaning the fraction's value (`1.5 → 2.5`).
 * @throws OddsMathError INVALID_ODDS / INVALID_FORMAT
 */
export function toDecimal(odds: number | string, format: OddsFormat): number {
  let decimal: number;
  switch (format) {
    case 'decimal':
      decimal = parseNumber(odds, 'decimal odds');
      break;
    case 'american':
      decimal = americanToDecimal(odds);
      break;
    case 'fractional':
      decimal = fractionalToDecimal(odds);
      break;
    default:
      throw new OddsMathError('INVALID_FORMAT', `format must be one of ${ODDS_FORMATS.join(', ')}, got ${show(format)}`);
  }
  return checkOdd(decimal, format === 'decimal' ? 'decimal odds' : `decimal odds converted from ${format} ${show(odds)}`);
}

/**
 * Best rational approximation num/den of x ≥ 0 with den ≤ maxDen (continued fractions with
 * semiconvergents, as Python's `Fraction.limit_denominator`).
 */
function approximateFraction(x: number, maxDen: number): [number, number] {
  let p0 = 0;
  let q0 = 1;
  let p1 = 1;
  let q1 = 0;
  let v = x;
  for (let i = 0; i < 64; i++) {
    const a = Math.floor(v);
    const q2 = q0 + a * q1;
    if (q2 > maxDen) break;
    [p0, q0, p1, q1] = [p1, q1, p0 + a * p1, q2];
    const frac = v - a;
    if (frac < 1e-12) return [p1, q1];
    v = 1 / frac;
  }
  if (q1 === 0) return [Math.round(x), 1];
  const k = Math.floor((maxDen - q0) / q1);
  const semi: [number, number] = [p0 + k * p1, q0 + k * q1];
  const conv: [number, number] = [p1, q1];
  return Math.abs(semi[0] / semi[1] - x) < Math.abs(conv[0] / conv[1] - x) ? semi : conv;
}

/**
 * Converts decimal odds to a display notation.
 * - decimal: the number itself;
 * - american: rounded to an integer (`d ≥ 2 → +(d−1)·100`, `d < 2 → −100/(d−1)`);
 * - fractional: the reduced fraction nearest to `d − 1` with denominator ≤ `maxDenominator`
 *   (default 100), e.g. `"5/2"`; evens is `"1/1"`; a price too short for that denominator shows as
 *   `"1/<maxDenominator>"`, never `"0/1"`.
 * @throws OddsMathError INVALID_ODDS when `decimal` is not a finite number > 1.
 */
export function fromDecimal(decimal: number, format: 'decimal' | 'american'): number;
export function fromDecimal(decimal: number, format: 'fractional', maxDenominator?: number): string;
export function fromDecimal(decimal: number, format: OddsFormat, maxDenominator?: number): number | string;
export function fromDecimal(decimal: number, format: OddsFormat, maxDenominator = 100): number | string {
  const d = checkOdd(decimal, 'decimal odds');
  switch (format) {
    case 'decimal':
      return d;
    case 'american': {
      const a = d >= 2 ? Math.round((d - 1) * 100) : Math.round(-100 / (d - 1));
      return a === 0 ? 0 : a; // avoid -0
    }
    case 'fractional': {
      const maxDen = Math.floor(checkNumber(maxDenominator, 'maxDenominator', { min: 1 }));
      const [num, den] = approximateFraction(d - 1, maxDen);
      return num === 0 ? `1/${maxDen}` : `${num}/${den}`;
    }
    default:
      throw new OddsMathError('INVALID_FORMAT', `format must be one of ${ODDS_FORMATS.join(', ')}, got ${show(format)}`);
  }
}
