import type { WritableDb } from '../handles';

/**
 * The credit ledger: one row per provider call the collector made — what the planner estimated,
 * what the API billed (`x-requests-last`) and the remaining/used credits of its headers. The
 * Status page draws the month's credits against the budget line from it; the planner reads the
 * credits used this period and each sport's last /odds call and observed cost.
 */
export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE credit_ledger (
      id INTEGER PRIMARY KEY,
      at INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('sports', 'events', 'odds', 'scores')),
      sport TEXT,
      reason TEXT NOT NULL,
      estimated INTEGER NOT NULL,
      actual INTEGER,
      remaining INTEGER,
      used INTEGER,
      ok INTEGER NOT NULL DEFAULT 1,
      events INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX credit_ledger_at ON credit_ledger (at);
    CREATE INDEX credit_ledger_sport ON credit_ledger (sport, kind, at);
  `);
}
