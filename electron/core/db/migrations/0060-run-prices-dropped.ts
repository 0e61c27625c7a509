import type { WritableDb } from '../handles';

/**
 * Prices dropped at ingest because they are absurd (≤ 1.0, above the sanity ceiling, not a
 * number): counted in the run's record (see ingest/price-sanity.ts).
 */
export function up(db: WritableDb): void {
  db.exec(`ALTER TABLE collection_runs ADD COLUMN prices_dropped INTEGER NOT NULL DEFAULT 0`);
}
