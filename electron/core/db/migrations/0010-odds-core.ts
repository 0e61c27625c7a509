import type { WritableDb } from '../handles';

/**
 * Sports, events, bookmakers, markets; the latest board (one row per quote) and the odds
 * history stored on change; collection runs. Times are UTC epoch ms.
 */
export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE sports (
      key TEXT PRIMARY KEY,
      group_name TEXT NOT NULL DEFAULT '',
      title TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      active INTEGER NOT NULL DEFAULT 1,
      has_outrights INTEGER NOT NULL DEFAULT 0,
      updated_at INTEGER NOT NULL
    );

    -- ref: a small integer key for the hot tables; id: the provider's 32-hex event id.
    CREATE TABLE events (
      ref INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      sport_key TEXT NOT NULL REFERENCES sports(key),
      commence_time INTEGER NOT NULL,
      home_team TEXT NOT NULL,
      away_team TEXT NOT NULL,
      completed INTEGER NOT NULL DEFAULT 0,
      home_score INTEGER,
      away_score INTEGER,
      scores_updated_at INTEGER,
      first_seen_at INTEGER NOT NULL,
      last_seen_at INTEGER NOT NULL
    );
    CREATE INDEX events_sport_commence ON events (sport_key, commence_time);
    CREATE INDEX events_commence ON events (commence_time);

    CREATE TABLE bookmakers (
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      is_exchange INTEGER NOT NULL DEFAULT 0
    );

    CREATE TABLE markets (
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE
    );

    -- The latest board: one row per quote identity (event, book, market, outcome, line), with
    -- its current price. Its first observation opens its history: it is (changed_at, price)
    -- until the price first moves, then kept in first_at / first_price.
    -- active = in the book's current set for that market (a moved line leaves it).
    CREATE TABLE quotes (
      id INTEGER PRIMARY KEY,
      event_ref INTEGER NOT NULL REFERENCES events(ref),
      bookmaker_id INTEGER NOT NULL REFERENCES bookmakers(id),
      market_id INTEGER NOT NULL REFERENCES markets(id),
      outcome TEXT NOT NULL,
      point REAL,
      description TEXT,
      first_price REAL,
      first_at INTEGER,
      price REAL NOT NULL,
      changed_at INTEGER NOT NULL,
      active INTEGER NOT NULL DEFAULT 1,
      -- when an inactive quote was last seen, before it left its book's set
      left_at INTEGER
    );
    CREATE UNIQUE INDEX quotes_identity ON quotes
      (event_ref, bookmaker_id, market_id, outcome, ifnull(point, -999999), ifnull(description, ''));

    -- A book's market missing from the latest response that contained its event, and when it
    -- was last seen. No row = present, seen at events.last_seen_at. So seen times cost one write
    -- per event and poll, plus one per disappearance — never a row per price and poll.
    CREATE TABLE book_market_absences (
      event_ref INTEGER NOT NULL REFERENCES events(ref),
      bookmaker_id INTEGER NOT NULL REFERENCES bookmakers(id),
      market_id INTEGER NOT NULL REFERENCES markets(id),
      last_seen_at INTEGER NOT NULL,
      PRIMARY KEY (event_ref, bookmaker_id, market_id)
    ) WITHOUT ROWID;

    -- Every later price of a quote, a row only when it changes (a line move is a new quote).
    CREATE TABLE price_changes (
      quote_id INTEGER NOT NULL REFERENCES quotes(id),
      observed_at INTEGER NOT NULL,
      price REAL NOT NULL,
      PRIMARY KEY (quote_id, observed_at)
    ) WITHOUT ROWID;

    -- The whole history of every quote: its first observation, then each change.
    CREATE VIEW price_history (quote_id, observed_at, price) AS
      SELECT id, coalesce(first_at, changed_at), coalesce(first_price, price) FROM quotes
      UNION ALL SELECT quote_id, observed_at, price FROM price_changes;

    -- When each quote was last seen (see book_market_absences).
    CREATE VIEW quote_seen (quote_id, seen_at) AS
      SELECT q.id, CASE WHEN q.active = 0 THEN q.left_at ELSE coalesce(a.last_seen_at, e.last_seen_at) END
      FROM quotes q JOIN events e ON e.ref = q.event_ref
      LEFT JOIN book_market_absences a ON a.event_ref = q.event_ref AND a.bookmaker_id = q.bookmaker_id AND a.market_id = q.market_id;

    CREATE TABLE collection_runs (
      id INTEGER PRIMARY KEY,
      started_at INTEGER NOT NULL,
      ended_at INTEGER,
      trigger TEXT NOT NULL,
      status TEXT NOT NULL,
      sports TEXT NOT NULL DEFAULT '[]',
      http_status INTEGER,
      error_code TEXT,
      error_message TEXT,
      credits_used INTEGER,
      credits_remaining INTEGER,
      requests INTEGER NOT NULL DEFAULT 0,
      events INTEGER NOT NULL DEFAULT 0,
      prices_seen INTEGER NOT NULL DEFAULT 0,
      prices_changed INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX collection_runs_started ON collection_runs (started_at);
  `);
}
