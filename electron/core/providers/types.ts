/**
 * What every odds provider (The Odds API client, replay files) hands to the collector.
 * Prices are always decimal and times are UTC epoch milliseconds here, whatever the wire used.
 */

/** One price of one outcome, as quoted by one bookmaker. */
export interface NormalizedOutcome {
  /** Team name, "Draw", "Over" or "Under" exactly as the provider spells it. */
  name: string;
  /** Decimal odds (> 1). American odds are converted by the client. */
  price: number;
  /** Handicap or total line; null for h2h. */
  point: number | null;
  /** Player name for props (event-odds endpoint); null otherwise. */
  description: string | null;
}

export interface NormalizedMarket {
  /** h2h, spreads, totals, h2h_lay, ... */
  key: string;
  /** When the book last changed this market (ms); falls back to the bookmaker's last_update. */
  lastUpdate: number | null;
  outcomes: NormalizedOutcome[];
}

export interface NormalizedBookmaker {
  key: string;
  title: string;
  lastUpdate: number | null;
  markets: NormalizedMarket[];
}

export interface NormalizedEvent {
  id: string;
  sportKey: string;
  sportTitle: string | null;
  commenceTime: number;
  homeTeam: string;
  awayTeam: string;
  bookmakers: NormalizedBookmaker[];
}

export interface NormalizedSport {
  key: string;
  group: string;
  title: string;
  description: string;
  active: boolean;
  hasOutrights: boolean;
}

export interface NormalizedScoreEvent {
  id: string;
  sportKey: string;
  commenceTime: number;
  completed: boolean;
  homeTeam: string;
  awayTeam: string;
  /** null before kick-off; scores are numbers here (the wire sends strings). */
  scores: { name: string; score: number }[] | null;
  lastUpdate: number | null;
}

/** The three x-requests-* headers; a missing or unparsable header is null (unknown), never 0. */
export interface Quota {
  remaining: number | null;
  used: number | null;
  last: number | null;
}

export interface ProviderResponse<T> {
  data: T;
  quota: Quota;
  httpStatus: number;
  /** The request URL with the API key replaced by "REDACTED". */
  url: string;
}
