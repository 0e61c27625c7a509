/** football-data dates and kick-off times: dd/mm/yyyy or dd/mm/yy, UK local time → UTC ms. */

/** Kick-off assumed when a file has no `Time` column or an empty cell (old seasons): 15:00 UK. */
export const DEFAULT_KICKOFF = '15:00';

/** Parses dd/mm/yyyy or dd/mm/yy (yy < 50 → 20yy, else 19yy); null when not a real date. */
export function parseDate(s: string): { y: number; m: number; d: number } | null {
  const r = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s.trim());
  if (!r) return null;
  const d = Number(r[1]);
  const m = Number(r[2]);
  let y = Number(r[3]);
  if (r[3].length === 2) y += y < 50 ? 2000 : 1900;
  if (m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return { y, m, d };
}

/** Parses HH:MM (or H:MM); null when not a time of day. */
export function parseTime(s: string): { h: number; min: number } | null {
  const r = /^(\d{1,2}):(\d{2})$/.exec(s.trim());
  if (!r) return null;
  const h = Number(r[1]);
  const min = Number(r[2]);
  return h < 24 && min < 60 ? { h, min } : null;
}

/** The last Sunday of a month (1-12) at 01:00 UTC: when UK summer time starts or ends. */
function lastSunday0100Utc(y: number, m: number): number {
  const last = new Date(Date.UTC(y, m, 0, 1));
  return last.getTime() - last.getUTCDay() * 86_400_000;
}

/** True when British Summer Time (UTC+1) is in force at this instant (EU rule, in force since 1996). */
export function isBritishSummerTime(utcMs: number): boolean {
  const y = new Date(utcMs).getUTCFullYear();
  return utcMs >= lastSunday0100Utc(y, 3) && utcMs < lastSunday0100Utc(y, 10);
}

/** A UK local wall-clock time (Europe/London) → UTC epoch ms. */
export function ukLocalToUtc(y: number, m: number, d: number, h: number, min: number): number {
  const wall = Date.UTC(y, m - 1, d, h, min);
  const summer = wall - 3_600_000;
  return isBritishSummerTime(summer) ? summer : wall;
}
