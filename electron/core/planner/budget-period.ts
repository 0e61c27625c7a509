/**
 * The credit month: the API's quota resets on a day of the month; a reset day the month does not
 * have (31 in April, 30 in February) means the month's last day. All in UTC.
 */
export interface Period {
  start: number;
  end: number;
  /** Set when the reset day had to be moved, in words. */
  note: string | null;
}

function resetIn(year: number, month: number, day: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(day, last));
}

/** The period that contains `now`, for a reset on `resetDay` (1..31) at 00:00 UTC. */
export function periodAt(now: number, resetDay: number): Period {
  const day = Number.isInteger(resetDay) && resetDay >= 1 && resetDay <= 31 ? resetDay : 1;
  const d = new Date(now);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  let start = resetIn(y, m, day);
  if (start > now) start = resetIn(y, m - 1, day);
  const sd = new Date(start);
  const end = resetIn(sd.getUTCFullYear(), sd.getUTCMonth() + 1, day);
  const moved = [start, end].some((t) => new Date(t).getUTCDate() !== day);
  const note =
    day !== resetDay
      ? `Reset day ${String(resetDay)} is not a day of the month; the 1st is used`
      : moved
        ? `Reset day ${day} does not exist in every month; the month's last day is used then`
        : null;
  return { start, end, note };
}
