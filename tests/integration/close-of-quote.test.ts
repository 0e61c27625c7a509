/**
 * The close read through the history's index (db/close-of-quote.ts) against the definition
 * through the `price_history` view, quote by quote, on the real World Cup replay — including
 * quotes still polled after kick-off (in-play prices must never be a close) — and the
 * closing-lines export row by row against the same definition.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAtSql, closePriceSql } from '../../electron/core/db/close-of-quote';
import { exportClosingLinesCsv } from '../../electron/core/export/odds-csv';
import { replayRecording } from '../../electron/core/replay/replay';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { openWorkspace, type Workspace } from '../../electron/core/workspace';
import { tempDir, WORLD_CUP_REPLAY } from '../helpers/fixtures';

let ws: Workspace;
let dir: string;
beforeAll(async () => {
  dir = tempDir();
  ws = openWorkspace(dir, 'real', createLogger('t', { sinks: [silentSink] }));
  await replayRecording(ws, WORLD_CUP_REPLAY);
}, 60_000);
afterAll(() => ws?.close());

describe('close of a quote through the index', () => {
  it('equals the last price of price_history before kick-off for every stored quote', () => {
    const viaIndex = ws.db
      .prepare(
        `SELECT q.id, ${closePriceSql('q', 'e.commence_time')} AS price, ${closeAtSql('q', 'e.commence_time')} AS at
       FROM quotes q JOIN events e ON e.ref = q.event_ref ORDER BY q.id`,
      )
      .all() as { id: number; price: number | null; at: number | null }[];
    const viaView = ws.db
      .prepare(
        `SELECT q.id,
         (SELECT h.price FROM price_history h WHERE h.quote_id = q.id AND h.observed_at < e.commence_time ORDER BY h.observed_at DESC LIMIT 1) AS price,
         (SELECT max(h.observed_at) FROM price_history h WHERE h.quote_id = q.id AND h.observed_at < e.commence_time) AS at
       FROM quotes q JOIN events e ON e.ref = q.event_ref ORDER BY q.id`,
      )
      .all();
    expect(viaIndex.length).toBeGreaterThan(4_000);
    // the recording polls in play: some quotes have prices after kick-off, some were first seen in play
    const live = ws.db
      .prepare(
        `SELECT count(*) AS n FROM price_changes pc JOIN quotes q ON q.id = pc.quote_id JOIN events e ON e.ref = q.event_ref WHERE pc.observed_at >= e.commence_time`,
      )
      .get() as { n: number };
    expect(live.n).toBeGreaterThan(0);
    expect(viaIndex.some((r) => r.price === null)).toBe(true);
    expect(viaIndex).toEqual(viaView);
  });

  it('the closing-lines export has one row per quote with a pre-kick-off price, with that price', async () => {
    const out = join(dir, 'closing.csv');
    const n = await exportClosingLinesCsv(ws.db, out);
    const expected = ws.db
      .prepare(
        `SELECT count(*) AS n FROM quotes q JOIN events e ON e.ref = q.event_ref
       WHERE EXISTS (SELECT 1 FROM price_history h WHERE h.quote_id = q.id AND h.observed_at < e.commence_time)`,
      )
      .get() as { n: number };
    expect(n).toBe(expected.n);
    const rows = readFileSync(out, 'utf8').trim().split('\n');
    expect(rows.length).toBe(n + 1);
    // spot-check the last row against the view
    const last = rows.at(-1)!.split(',');
    const [eventId, , , , , book, market, outcome, point, price, observedAt] = last;
    const v = ws.db
      .prepare(
        `SELECT h.price, h.observed_at FROM quotes q JOIN events e ON e.ref = q.event_ref JOIN bookmakers b ON b.id = q.bookmaker_id
       JOIN markets m ON m.id = q.market_id JOIN price_history h ON h.quote_id = q.id
       WHERE e.id = ? AND b.key = ? AND m.key = ? AND q.outcome = ? AND ifnull(q.point, '') = ? AND h.observed_at < e.commence_time
       ORDER BY h.observed_at DESC LIMIT 1`,
      )
      .get(eventId, book, market, outcome.replace(/^"|"$/g, ''), point === '' ? '' : Number(point)) as {
      price: number;
      observed_at: number;
    };
    expect(Number(price)).toBe(v.price);
    expect(Date.parse(observedAt)).toBe(v.observed_at);
  });
});
