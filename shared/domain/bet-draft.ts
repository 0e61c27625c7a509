/**
 * A bet about to be logged, prefilled from somewhere else (an opportunity's "log this bet").
 * The bankroll's bet form reads it; the opportunities page writes it.
 */
import type { MainMarket } from './markets';

export interface BetDraft {
  eventId: string;
  sportKey: string;
  homeTeam: string;
  awayTeam: string;
  commenceTime: number;
  market: MainMarket;
  /** A team name, "Draw", "Over" or "Under". */
  selection: string;
  point: number | null;
  bookmaker: string;
  /** Decimal odds. */
  odds: number;
  /** Suggested stake in euros (a Kelly stake or a surebet leg), if any. */
  stake: number | null;
  /** The opportunity this bet comes from; the bet keeps the link. */
  opportunityId: number | null;
}
