import type { WritableDb } from '../handles';

/**
 * Market max/average prices of imported seasons (football-data's Max and Avg columns). They
 * are not bookmakers, so they never enter `bookmakers` / `quotes`. See history-import/README.md.
 * `point`: 0 on h2h, 2.5 on totals, the side's AH line on spreads.
 */
export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS market_references (
      event_ref INTEGER NOT NULL REFERENCES events(ref),
      kind TEXT NOT NULL CHECK (kind IN ('max', 'avg')),
      market TEXT NOT NULL,
      outcome TEXT NOT NULL,
      point REAL NOT NULL,
      phase TEXT NOT NULL CHECK (phase IN ('pre', 'closing')),
      observed_at INTEGER NOT NULL,
      price REAL NOT NULL,
      source TEXT NOT NULL,
      PRIMARY KEY (event_ref, kind, market, outcome, point, phase)
    ) WITHOUT ROWID;
  `);
}
