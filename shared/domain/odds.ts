/** Odds board types: what the renderer shows of the stored prices. */

export interface SportSummary {
  key: string;
  title: string;
  group: string;
  upcomingEvents: number;
}

export interface BestPrice {
  outcome: string;
  price: number;
  bookmaker: string;
  /** The bookmaker's display name. */
  bookmakerTitle: string;
}

/** One row of the board: an event with its best h2h prices. */
export interface BoardEvent {
  id: string;
  sportKey: string;
  sportTitle: string;
  commenceTime: number;
  homeTeam: string;
  awayTeam: string;
  completed: boolean;
  /** Best h2h price per outcome (home, [draw], away order), empty when no h2h is quoted. */
  best: BestPrice[];
  /** Σ 1/best − 1 over the best h2h prices (negative = surebet across books). */
  bestSetMargin: number | null;
  bookmakers: number;
  lastSeenAt: number | null;
}

export interface Quote {
  price: number;
  /** When this price was first observed (the last change). */
  changedAt: number;
  /** When it was last seen in a response. */
  seenAt: number;
}

export interface BookRow {
  bookmaker: string;
  title: string;
  isExchange: boolean;
  /** outcome name → quote; a missing outcome is not quoted by this book. */
  quotes: Record<string, Quote>;
  /** Σ 1/price − 1 when the book quotes every outcome, else null. */
  margin: number | null;
}

export interface MarketGrid {
  market: string;
  point: number | null;
  /** Outcome names in display order (home, draw, away / over, under). */
  outcomes: string[];
  books: BookRow[];
  best: Record<string, { price: number; bookmakers: string[] }>;
}

export interface EventDetail {
  event: BoardEvent;
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
