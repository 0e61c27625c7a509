import type { WritableDb } from '../handles';

/**
 * The bankroll: deposits/withdrawals and bets. Money is integer cents. A bet keeps its event's
 * fields (sport, teams, kick-off) so it stands without a stored event (an imported old bet);
 * event_id is the provider's id when known. CLV is cached on the bet (computed after kick-off).
 */
export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE bankroll_transactions (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('deposit', 'withdrawal')),
      amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
      at INTEGER NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL
    );
    CREATE INDEX bankroll_transactions_at ON bankroll_transactions (at);

    CREATE TABLE bets (
      id INTEGER PRIMARY KEY,
      event_id TEXT,
      sport_key TEXT NOT NULL,
      home_team TEXT NOT NULL,
      away_team TEXT NOT NULL,
      commence_time INTEGER NOT NULL,
      market TEXT NOT NULL CHECK (market IN ('h2h', 'totals', 'spreads')),
      selection TEXT NOT NULL,
      point REAL,
      bookmaker TEXT NOT NULL,
      odds REAL NOT NULL CHECK (odds > 1),
      stake_cents INTEGER NOT NULL CHECK (stake_cents > 0),
      placed_at INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('pending','won','lost','void','push','half_won','half_lost','cashed_out')),
      cashout_cents INTEGER,
      settled_at INTEGER,
      profit_cents INTEGER,
      -- auto | manual | import; a manual or imported result is never overwritten by the settlement
      settled_by TEXT,
      closing_odds REAL,
      tags TEXT NOT NULL DEFAULT '[]',
      notes TEXT NOT NULL DEFAULT '',
      opportunity_id INTEGER,
      flag TEXT,
      -- cached CLV: raw (own book) and no-vig (sharp book), each with state, close and when it was seen
      clv_raw_state TEXT NOT NULL DEFAULT 'missing',
      clv_raw_close REAL,
      clv_raw_at INTEGER,
      clv_novig_state TEXT NOT NULL DEFAULT 'missing',
      clv_novig_close REAL,
      clv_novig_at INTEGER,
      clv_novig_p REAL,
      clv_computed_at INTEGER,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX bets_placed ON bets (placed_at);
    CREATE INDEX bets_pending ON bets (status, commence_time) WHERE status = 'pending';
    CREATE INDEX bets_event ON bets (event_id);
  `);
}
