import type { WritableDb } from '../open-database';

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

    CREATE TABLE events (
      id TEXT PRIMARY KEY,
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

    -- The latest board: one row per quote identity (event, book, market, outcome, line).
    -- seen_at is the last response this exact quote was in; active = in the book's current set.
    CREATE TABLE quotes (
      id INTEGER PRIMARY KEY,
      event_id TEXT NOT NULL REFERENCES events(id),
      bookmaker_id INTEGER NOT NULL REFERENCES bookmakers(id),
      market_id INTEGER NOT NULL REFERENCES markets(id),
      outcome TEXT NOT NULL,
      point REAL,
      description TEXT,
      price REAL NOT NULL,
      changed_at INTEGER NOT NULL,
      seen_at INTEGER NOT NULL,
      active INTEGER NOT NULL DEFAULT 1
    );
    CREATE UNIQUE INDEX quotes_identity ON quotes
      (event_id, bookmaker_id, market_id, outcome, ifnull(point, -999999), ifnull(description, ''));

    -- When each (event, book, market) was last seen: one write per book-market and poll,
    -- so staleness is known without a row per price and poll.
    CREATE TABLE book_markets (
      event_id TEXT NOT NULL REFERENCES events(id),
      bookmaker_id INTEGER NOT NULL REFERENCES bookmakers(id),
      market_id INTEGER NOT NULL REFERENCES markets(id),
      seen_at INTEGER NOT NULL,
      provider_update INTEGER,
      PRIMARY KEY (event_id, bookmaker_id, market_id)
    ) WITHOUT ROWID;

    -- Odds history, a row only when a quote's price changes (a line move is a new quote).
    CREATE TABLE price_changes (
      quote_id INTEGER NOT NULL REFERENCES quotes(id),
      observed_at INTEGER NOT NULL,
      price REAL NOT NULL,
      PRIMARY KEY (quote_id, observed_at)
    ) WITHOUT ROWID;

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
