/** Odds board types: what the renderer shows of the stored prices. */

export interface SportSummary {
  key: string;
  title: string;
  group: string;
  upcomingEvents: number;
}

export interface BestPrice {
  outcome: string;
  /** What a winning unit returns: the exchange's price net of its commission, a bookmaker's price as is. */
  price: number;
  /** The price as the book shows it (before commission). */
  grossPrice: number;
  /** Commission on winnings (0 for a bookmaker). */
  commission: number;
  bookmaker: string;
  /** The bookmaker's display name. */
  bookmakerTitle: string;
}

/** Which prices an event shows: the live board, or the closes (last prices before kick-off) of a finished event. */
export type PricesAt = 'live' | 'close';

/** Board filters on events: upcoming (and in play), finished, or any. */
export type EventStatusFilter = 'upcoming' | 'finished' | 'all';

/** One row of the board: an event with its best h2h prices. */
export interface BoardEvent {
  id: string;
  sportKey: string;
  sportTitle: string;
  commenceTime: number;
  homeTeam: string;
  awayTeam: string;
  completed: boolean;
  /** Kicked off and not finished: prices are in-play prices (no surebet is flagged on them). */
  inPlay: boolean;
  /** Completed, or kicked off longer ago than the live window: its prices are its closes. */
  finished: boolean;
  pricesAt: PricesAt;
  /** Best h2h price per outcome (home, [draw], away order) net of commission, from quotes of their book's latest poll only. */
  best: BestPrice[];
  /** Σ 1/best − 1 over the best h2h prices (negative = surebet across books). */
  bestSetMargin: number | null;
  bookmakers: number;
  /** Books left out of the best prices: their h2h was missing from the latest poll of the event. */
  absentBooks: number;
  lastSeenAt: number | null;
}

export interface Quote {
  /** The price as the book shows it. */
  price: number;
  /** Net of the exchange's commission (equals price for a bookmaker). */
  net: number;
  /**
   * In its book's latest poll of the event. A quote missing from it (the book dropped the
   * market) is shown faded with its age and makes neither the best price nor the margin.
   */
  current: boolean;
  /** When this price was first observed (the last change). */
  changedAt: number;
  /** When it was last seen in a response. */
  seenAt: number;
}

export interface BookRow {
  bookmaker: string;
  title: string;
  isExchange: boolean;
  /** Commission on winnings (0 for a bookmaker). */
  commission: number;
  /** outcome name → quote; a missing outcome is not quoted by this book. */
  quotes: Record<string, Quote>;
  /** Σ 1/price − 1 (gross prices) when the book quotes every outcome, else null. */
  margin: number | null;
}

export interface MarketGrid {
  market: string;
  point: number | null;
  /** Outcome names in display order (home, draw, away / over, under). */
  outcomes: string[];
  books: BookRow[];
  /** Best net price per outcome among current quotes, the gross price and the books (key and title) giving it. */
  best: Record<string, { price: number; grossPrice: number; bookmakers: string[]; titles: string[] }>;
}

export interface EventDetail {
  event: BoardEvent;
  pricesAt: PricesAt;
  markets: MarketGrid[];
}

export interface PricePoint {
  t: number;
  price: number;
}

export interface PriceSeries {
  bookmaker: string;
  outcome: string;
  point: number | null;
  points: PricePoint[];
}
