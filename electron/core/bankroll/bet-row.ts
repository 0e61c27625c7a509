/** The `bets` row and its mapping to the domain `Bet` (snake_case/JSON ↔ camelCase). */
import type { Bet, BetInput, BetStatus, ClvState, SettledBy } from '../../../shared/domain/bets';

/** A `bets` row as SQLite returns it (plus the event's score from the join). */
export interface BetRow {
  id: number;
  event_id: string | null;
  sport_key: string;
  home_team: string;
  away_team: string;
  commence_time: number;
  market: Bet['market'];
  selection: string;
  point: number | null;
  bookmaker: string;
  odds: number;
  stake_cents: number;
  placed_at: number;
  status: BetStatus;
  cashout_cents: number | null;
  settled_at: number | null;
  profit_cents: number | null;
  settled_by: SettledBy | null;
  closing_odds: number | null;
  tags: string;
  notes: string;
  opportunity_id: number | null;
  flag: 'no_score' | null;
  clv_raw_state: ClvState;
  clv_raw_close: number | null;
  clv_raw_at: number | null;
  clv_novig_state: ClvState;
  clv_novig_close: number | null;
  clv_novig_at: number | null;
  clv_novig_p: number | null;
  clv_computed_at: number | null;
  created_at: number;
  updated_at: number;
  home_score?: number | null;
  away_score?: number | null;
}

/** Columns of a bet plus the event's score (LEFT JOIN events e). */
export const BET_COLUMNS = `b.*, e.home_score AS home_score, e.away_score AS away_score`;
/** The bets joined to their completed event (for the score). */
export const BET_FROM = `bets b LEFT JOIN events e ON e.id = b.event_id AND e.completed = 1`;

/** The stored JSON array of tags, [] when unreadable. */
export function parseTags(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Maps a row to a Bet; raw CLV falls back to the bet's own closing odds (CSV) as "estimated". */
export function rowToBet(r: BetRow): Bet {
  const rawClose = r.clv_raw_close ?? r.closing_odds;
  const rawState: ClvState = r.clv_raw_close !== null ? r.clv_raw_state : r.closing_odds !== null ? 'estimated' : 'missing';
  return {
    id: r.id,
    eventId: r.event_id,
    sportKey: r.sport_key,
    homeTeam: r.home_team,
    awayTeam: r.away_team,
    commenceTime: r.commence_time,
    market: r.market,
    selection: r.selection,
    point: r.point,
    bookmaker: r.bookmaker,
    odds: r.odds,
    stakeCents: r.stake_cents,
    placedAt: r.placed_at,
    status: r.status,
    cashoutCents: r.cashout_cents,
    settledAt: r.settled_at,
    closingOdds: r.closing_odds,
    tags: parseTags(r.tags),
    notes: r.notes,
    opportunityId: r.opportunity_id,
    profitCents: r.profit_cents,
    settledBy: r.settled_by,
    flag: r.flag,
    clvRaw: {
      state: rawState,
      close: rawClose,
      value: rawClose !== null ? r.odds / rawClose - 1 : null,
      observedAt: r.clv_raw_close !== null ? r.clv_raw_at : null,
    },
    clvNoVig: {
      state: r.clv_novig_state,
      close: r.clv_novig_p !== null ? 1 / r.clv_novig_p : null,
      value: r.clv_novig_p !== null ? r.clv_novig_p * r.odds - 1 : null,
      observedAt: r.clv_novig_at,
    },
    score: r.home_score != null && r.away_score != null ? { home: r.home_score, away: r.away_score } : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The bet input's columns, in the order of INSERT/UPDATE statements. */
export function inputParams(b: BetInput) {
  return {
    event_id: b.eventId,
    sport_key: b.sportKey,
    home_team: b.homeTeam,
    away_team: b.awayTeam,
    commence_time: b.commenceTime,
    market: b.market,
    selection: b.selection,
    point: b.point,
    bookmaker: b.bookmaker,
    odds: b.odds,
    stake_cents: b.stakeCents,
    placed_at: b.placedAt,
    status: b.status,
    cashout_cents: b.status === 'cashed_out' ? b.cashoutCents : null,
    closing_odds: b.closingOdds,
    tags: JSON.stringify([...new Set(b.tags.map((t) => t.trim()).filter(Boolean))]),
    notes: b.notes,
    opportunity_id: b.opportunityId,
  };
}
