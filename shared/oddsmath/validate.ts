import { OddsMathError } from './errors';

// Internal argument checks shared by every module. Messages follow one pattern:
// "<name>[<i>] must be <rule>, got <value>".

/** Renders a value for an error message (keeps NaN/Infinity/strings readable). */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/** Throws INVALID_ODDS unless `value` is a finite number > 1. */
export function checkOdd(value: unknown, label: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 1) {
    throw new OddsMathError('INVALID_ODDS', `${label} must be a finite number greater than 1, got ${show(value)}`);
  }
  return value;
}

/** Validates a market: an array of at least `min` finite odds > 1. Returns a copy. */
export function checkOddsList(odds: unknown, name = 'odds', min = 2): number[] {
  if (!Array.isArray(odds)) {
    throw new OddsMathError('INVALID_ODDS', `${name} must be an array of decimal odds, got ${show(odds)}`);
  }
  const out = odds.map((o, i) => checkOdd(o, `${name}[${i}]`));
  if (out.length < min) {
    throw new OddsMathError('TOO_FEW_OUTCOMES', `${name} must list at least ${min} outcomes, got ${out.length}`);
  }
  return out;
}

/** Throws INVALID_PROBABILITY unless `value` is a finite number in [0, 1]. */
export function checkProbability(value: unknown, label: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new OddsMathError('INVALID_PROBABILITY', `${label} must be a probability in [0, 1], got ${show(value)}`);
  }
  return value;
}

/** Throws INVALID_ARGUMENT unless `value` is finite and within [min, max] (bounds optional, exclusive when asked). */
export function checkNumber(
  value: unknown,
  label: string,
  range: Readonly<{ min?: number; max?: number; minExclusive?: boolean; maxExclusive?: boolean }> = {},
): number {
  const { min, max, minExclusive = false, maxExclusive = false } = range;
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (min === undefined || (minExclusive ? value > min : value >= min)) &&
    (max === undefined || (maxExclusive ? value < max : value <= max));
  if (!ok) {
    const parts: string[] = [];
    if (min !== undefined) parts.push(`${minExclusive ? '>' : '≥'} ${min}`);
    if (max !== undefined) parts.push(`${maxExclusive ? '<' : '≤'} ${max}`);
    const rule = parts.length ? `a finite number ${parts.join(' and ')}` : 'a finite number';
    throw new OddsMathError('INVALID_ARGUMENT', `${label} must be ${rule}, got ${show(value)}`);
  }
  return value as number;
}

/** Throws LENGTH_MISMATCH unless both arrays have the same length. */
export function checkSameLength(a: readonly unknown[], aName: string, b: unknown, bName: string): void {
  if (!Array.isArray(b)) {
    throw new OddsMathError('LENGTH_MISMATCH', `${bName} must be an array with one entry per ${aName} entry, got ${show(b)}`);
  }
  if (a.length !== b.length) {
    throw new OddsMathError('LENGTH_MISMATCH', `${aName} has ${a.length} entries but ${bName} has ${b.length}`);
  }
}

function allFinite(x: unknown): boolean {
  if (typeof x === 'number') return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(allFinite);
  if (x !== null && typeof x === 'object') return Object.values(x).every(allFinite);
  return true;
}

/**
 * Last guard of money functions: amounts near Number.MAX_VALUE can overflow to ±Infinity.
 * Throws INVALID_ARGUMENT instead of returning a non-finite number.
 */
export function checkFiniteResult<T>(result: T, what: string): T {
  if (!allFinite(result)) {
    throw new OddsMathError('INVALID_ARGUMENT', `${what}: amounts are too large to compute (result overflows)`);
  }
  return result;
}
