import type { WritableDb } from '../handles';

/**
 * The opportunities' lifecycle: one row per (kind, event, market, line, legs) — `key` — with
 * first and last sighting, peak and current edge, status and whether the user bet it. A
 * reopened opportunity updates its row; nothing is ever stored twice.
 */
export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE opportunities (
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL CHECK (kind IN ('surebet', 'value', 'drop', 'gap')),
      event_ref INTEGER NOT NULL REFERENCES events(ref),
      market TEXT NOT NULL,
      point REAL,
      -- the legs' bookmakers, sorted and comma-separated (part of the key, kept for filters)
      books TEXT NOT NULL,
      -- JSON: the legs and the math at the last sighting
      legs TEXT NOT NULL,
      math TEXT NOT NULL,
      edge REAL NOT NULL,
      peak_edge REAL NOT NULL,
      first_seen_at INTEGER NOT NULL,
      last_seen_at INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('open', 'gone', 'started')),
      openings INTEGER NOT NULL DEFAULT 1,
      suspicious TEXT,
      bet INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX opportunities_status ON opportunities (status, last_seen_at);
    CREATE INDEX opportunities_event ON opportunities (event_ref);
  `);
}
