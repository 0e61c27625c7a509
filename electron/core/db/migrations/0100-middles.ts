import type { WritableDb } from '../handles';

/**
 * A new opportunity kind, `middle`: the kind CHECK of 0020 is rebuilt. SQLite cannot alter a
 * CHECK, so the table is copied into a new one with the wider constraint (every row and id
 * kept), the old one dropped, the new one renamed and its indexes made again — all inside the
 * migration's transaction (migrate.ts), so a failure leaves the old table as it was. No table
 * references opportunities by a foreign key (bets.opportunity_id is a plain column).
 */
export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE opportunities_0100 (
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL CHECK (kind IN ('surebet', 'value', 'drop', 'gap', 'middle')),
      event_ref INTEGER NOT NULL REFERENCES events(ref),
      market TEXT NOT NULL,
      point REAL,
      books TEXT NOT NULL,
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
    INSERT INTO opportunities_0100 (id, key, kind, event_ref, market, point, books, legs, math, edge, peak_edge,
      first_seen_at, last_seen_at, status, openings, suspicious, bet)
    SELECT id, key, kind, event_ref, market, point, books, legs, math, edge, peak_edge,
      first_seen_at, last_seen_at, status, openings, suspicious, bet FROM opportunities;
    DROP TABLE opportunities;
    ALTER TABLE opportunities_0100 RENAME TO opportunities;
    CREATE INDEX opportunities_status ON opportunities (status, last_seen_at);
    CREATE INDEX opportunities_event ON opportunities (event_ref);
  `);
}
