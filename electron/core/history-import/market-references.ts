/**
 * Market references (football-data's Max and Avg columns): the best and the average price per
 * outcome across many books. They are NOT bookmakers — nobody can bet at "the maximum" — so
 * they live in their own table, never in `bookmakers` / `quotes`, and can never show up as a
 * book on the board, in best prices or in a scanner.
 *
 * The table is created by migration 0050.
 */
import type { WritableDb } from '../db/open-database';

/** One Max/Avg price of one outcome. */
export interface ReferenceRow {
  eventRef: number;
  kind: string;
  market: string;
  outcome: string;
  point: number | null;
  phase: 'pre' | 'closing';
  observedAt: number;
  price: number;
  source: string;
}

/** Upserts reference prices; a row that did not change is not written. Returns rows written. */
export function createReferenceWriter(db: WritableDb) {
  const upsert = db.prepare(
    `INSERT INTO market_references (event_ref, kind, market, outcome, point, phase, observed_at, price, source)
     VALUES (@eventRef, @kind, @market, @outcome, @point, @phase, @observedAt, @price, @source)
     ON CONFLICT (event_ref, kind, market, outcome, point, phase) DO UPDATE SET
       price = excluded.price, observed_at = excluded.observed_at, source = excluded.source
     WHERE price <> excluded.price OR observed_at <> excluded.observed_at`,
  );
  return (rows: ReferenceRow[]): number => {
    let n = 0;
    for (const r of rows) n += upsert.run({ ...r, point: r.point ?? 0 }).changes;
    return n;
  };
}
