/**
 * Time conversions between The Odds API wire formats and the epoch milliseconds used everywhere else.
 */

/** ISO-8601 with an explicit zone (Z or ±hh:mm) at the end. */
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Converts a wire timestamp to UTC epoch milliseconds.
 * Strings are ISO-8601 (the default `dateFormat=iso`; a string without a zone is read as UTC,
 * never as local time); numbers are unix seconds (`dateFormat=unix`). Returns NaN when unreadable.
 */
export function wireTimeToMs(value: string | number): number {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.round(value * 1000) : Number.NaN;
  const s = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(s)) return Number.NaN;
  return Date.parse(HAS_ZONE.test(s) || !s.includes('T') ? s : `${s}Z`);
}

/**
 * Formats epoch milliseconds the way `commenceTimeFrom` / `commenceTimeTo` require:
 * `YYYY-MM-DDTHH:MM:SSZ`, second precision (milliseconds are truncated; the API answers
 * `.000Z` with 422 INVALID_COMMENCE_TIME_FROM).
 * @throws RangeError when `ms` is not a finite time.
 */
export function formatCommenceTime(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`Not a time: ${ms}`);
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
