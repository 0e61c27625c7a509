/**
 * The sanity range of a decimal price at ingest. A price of 1.0 or less pays nothing (or loses
 * on a win); one above the ceiling is a feed error (1e308 was seen) — both would make absurd
 * opportunities. Such prices are dropped before they are stored, so no scanner ever sees them,
 * and counted in the run's record (collection_runs.prices_dropped).
 */

/** The highest decimal price kept: exchanges cap at 1000; anything above is a feed error. */
export const MAX_DECIMAL_PRICE = 1001;

/** True for a decimal price worth storing: a finite number above 1.0 and at most the ceiling. */
export function isSanePrice(price: number): boolean {
  return price > 1 && price <= MAX_DECIMAL_PRICE;
}
