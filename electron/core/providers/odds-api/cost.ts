/**
 * Credit arithmetic of `GET /v4/sports/{sport}/odds` (shared/reference/odds-api-v4.md §2).
 */

/** What an /odds call is billed on. */
export interface OddsCostInput {
  markets: readonly string[];
  regions?: readonly string[];
  bookmakers?: readonly string[];
}

/** Distinct non-empty keys, in first-seen order (what the client actually sends). */
export function distinctKeys(keys: readonly string[] | undefined): string[] {
  return [...new Set((keys ?? []).map((k) => k.trim()).filter((k) => k.length > 0))];
}

/**
 * The most credits an /odds call can cost: markets × regions, where a `bookmakers` list counts as
 * ⌈bookmakers / 10⌉ regions and wins over `regions` when both are given. Duplicate keys count once
 * (the client sends them once). An answer with no events costs 0, so this is an upper bound.
 */
export function estimateOddsCost(input: OddsCostInput): number {
  const markets = distinctKeys(input.markets).length;
  const bookmakers = distinctKeys(input.bookmakers).length;
  const regions = bookmakers > 0 ? Math.ceil(bookmakers / 10) : distinctKeys(input.regions).length;
  return markets * regions;
}
