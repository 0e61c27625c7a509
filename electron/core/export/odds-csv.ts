/**
 * CSV exports of the odds history: every stored price change, and the closing line (the last
 * price observed before kick-off) per event, book, market, outcome and line. Rows are read in
 * pages by key and streamed, so a large history never sits in memory.
 */
import { writeCsv } from './write-csv';
import type { ReadableDb } from '../db/open-database';
import { closeAtSql, closePriceSql } from '../db/close-of-quote';

const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());

export const ODDS_COLUMNS = [
  'event_id',
  'sport',
  'commence_time',
  'home',
  'away',
  'bookmaker',
  'market',
  'outcome',
  'point',
  'price',
  'observed_at',
];
export const CLOSING_COLUMNS = [
  'event_id',
  'sport',
  'commence_time',
  'home',
  'away',
  'bookmaker',
  'market',
  'outcome',
  'point',
  'closing_price',
  'observed_at',
];

interface Row {
  event_id: string;
  sport_key: string;
  commence_time: number;
  home_team: string;
  away_team: string;
  book: string;
  market: string;
  outcome: string;
  point: number | null;
  price: number;
  observed_at: number;
}

const toCsv = (r: Row) => [
  r.event_id,
  r.sport_key,
  iso(r.commence_time),
  r.home_team,
  r.away_team,
  r.book,
  r.market,
  r.outcome,
  r.point ?? '',
  r.price,
  iso(r.observed_at),
];

const SELECT = `SELECT e.id AS event_id, e.sport_key, e.commence_time, e.home_team, e.away_team, b.key AS book, m.key AS market,
  q.outcome, q.point`;
const JOINS = `JOIN events e ON e.ref = q.event_ref JOIN bookmakers b ON b.id = q.bookmaker_id JOIN markets m ON m.id = q.market_id`;

export function exportOddsCsv(db: ReadableDb, out: string, opts: { eventId?: string } = {}): Promise<number> {
  const quoteIds = db
    .prepare(
      `SELECT id FROM quotes WHERE id > @after AND (@event IS NULL OR event_ref = (SELECT ref FROM events WHERE id = @event))
     ORDER BY id LIMIT 1000`,
    )
    .pluck();
  const page = db.prepare(
    `${SELECT}, pc.price, pc.observed_at FROM price_history pc JOIN quotes q ON q.id = pc.quote_id ${JOINS}
     WHERE pc.quote_id BETWEEN @lo AND @hi AND (@event IS NULL OR e.id = @event)
     ORDER BY pc.quote_id, pc.observed_at`,
  );
  // paged by quote id (1,000 quotes at a time), so the connection is free between pages
  function* rows() {
    let after = 0;
    for (;;) {
      const ids = quoteIds.all({ after, event: opts.eventId ?? null }) as number[];
      if (!ids.length) return;
      for (const r of page.all({ lo: ids[0], hi: ids[ids.length - 1], event: opts.eventId ?? null }) as Row[]) yield toCsv(r);
      after = ids[ids.length - 1];
    }
  }
  return writeCsv(out, ODDS_COLUMNS, rows());
}

export function exportClosingLinesCsv(db: ReadableDb, out: string): Promise<number> {
  const events = db.prepare(`SELECT ref FROM events ORDER BY commence_time, id`).pluck();
  const stmt = db.prepare(
    `SELECT * FROM (SELECT e.id AS event_id, e.sport_key, e.commence_time, e.home_team, e.away_team, b.key AS book, m.key AS market,
       q.outcome, q.point, ${closePriceSql('q', 'e.commence_time')} AS price, ${closeAtSql('q', 'e.commence_time')} AS observed_at
     FROM quotes q ${JOINS} WHERE q.event_ref = ?) WHERE price IS NOT NULL ORDER BY market, book, outcome, point`,
  );
  // one query per event (not one long cursor), so the connection stays free between pages
  return writeCsv(
    out,
    CLOSING_COLUMNS,
    (function* () {
      for (const ref of events.all() as number[]) for (const r of stmt.all(ref) as Row[]) yield toCsv(r);
    })(),
  );
}
