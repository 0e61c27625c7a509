/**
 * Market keys and their order, in one place (The Odds API's keys). Display names are texts:
 * they live in the catalogue (shared/i18n), keyed by these.
 */

/** Every market key the app requests or stores. */
export const MARKET_KEYS = ['h2h', 'spreads', 'totals', 'outrights', 'h2h_lay'] as const;
export type MarketKey = (typeof MARKET_KEYS)[number];

/** The main markets: scanned for opportunities, offered in settings, bettable. */
export const MAIN_MARKETS = ['h2h', 'spreads', 'totals'] as const;
export type MainMarket = (typeof MAIN_MARKETS)[number];

/** Display order of the board's grids (h2h first); others come after, by key. */
export const MARKET_ORDER: readonly string[] = ['h2h', 'spreads', 'totals', 'h2h_lay'];

/** Rank of a market in MARKET_ORDER (unknown keys after all known ones). */
export function marketRank(key: string): number {
  const i = MARKET_ORDER.indexOf(key);
  return i < 0 ? MARKET_ORDER.length : i;
}

/** True for h2h, spreads and totals. */
export function isMainMarket(key: string): key is MainMarket {
  return (MAIN_MARKETS as readonly string[]).includes(key);
}
