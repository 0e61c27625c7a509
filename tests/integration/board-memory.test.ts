/**
 * The scanners read the board from the odds store's memory. After collections with moved
 * prices, moved lines, a book dropping out and coming back, and after a restart (a new store
 * on the same file), that memory must read exactly like the database.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { OPPORTUNITY_DEFAULTS } from '../../shared/domain/opportunities';
import { openDatabase } from '../../electron/core/db/open-database';
import { createOddsStore } from '../../electron/core/ingest/odds-store';
import { createBoardReader } from '../../electron/core/opportunities/board-reader';
import type { NormalizedEvent } from '../../electron/core/providers/types';
import { syntheticBoard } from '../../bench/scan';
import { tempDir } from '../helpers/fixtures';

const T0 = Date.UTC(2026, 10, 26, 12);
const settings = { ...OPPORTUNITY_DEFAULTS, maxQuoteAgeMinutes: 24 * 60 };

function sameRead(db: ReturnType<typeof openDatabase>, store: ReturnType<typeof createOddsStore>, now: number) {
  const fromSql = createBoardReader(db).read(now, settings, null);
  const fromMemory = createBoardReader(db, store).read(now, settings, null);
  const norm = (r: typeof fromSql) => ({
    skipped: r.skipped,
    moved: [...r.movedIds].sort((a, b) => a - b),
    markets: r.markets
      .map((m) => ({
        event: m.event.id,
        market: m.market,
        line: m.line,
        outcomes: m.outcomes,
        quotes: [...m.quotes].sort((a, b) => a.quoteId - b.quoteId),
      }))
      .sort((a, b) => (a.event + a.market + a.line).localeCompare(b.event + b.market + b.line)),
  });
  expect(norm(fromMemory)).toEqual(norm(fromSql));
  return fromSql;
}

describe('the board in memory', () => {
  it('reads like the database through moves, line changes, absences and a restart', () => {
    const file = join(tempDir(), 'b.sqlite');
    const db = openDatabase(file);
    const store = createOddsStore(db);
    const board: NormalizedEvent[] = syntheticBoard(40, 3);
    store.ingest({ sportKey: 'soccer_bench', observedAt: T0, events: board });
    expect(sameRead(db, store, T0 + 60_000).markets.length).toBe(120);

    const next = structuredClone(board);
    next[0].bookmakers[0].markets[0].outcomes[0].price += 0.05; // a move
    next[1].bookmakers[2].markets[1].outcomes = [
      { name: next[1].homeTeam, price: 1.9, point: -1.5, description: null },
      { name: next[1].awayTeam, price: 1.95, point: 1.5, description: null },
    ]; // a line change
    next[2].bookmakers = next[2].bookmakers.slice(1); // a book drops out
    store.ingest({ sportKey: 'soccer_bench', observedAt: T0 + 600_000, events: next });
    sameRead(db, store, T0 + 660_000);

    store.ingest({ sportKey: 'soccer_bench', observedAt: T0 + 1_200_000, events: board }); // all back
    sameRead(db, store, T0 + 1_260_000);

    // a restart: a new store on the same file, before any collection
    const db2 = openDatabase(file);
    sameRead(db2, createOddsStore(db2), T0 + 1_300_000);
  });
});

describe('drop peaks in memory', () => {
  it('find the same drops as the database after a run of moves', async () => {
    const { createOpportunityEngine } = await import('../../electron/core/opportunities/engine');
    const db = openDatabase(join(tempDir(), 'p.sqlite'));
    const store = createOddsStore(db);
    const board: NormalizedEvent[] = syntheticBoard(20, 9);
    const settings = { ...OPPORTUNITY_DEFAULTS, maxQuoteAgeMinutes: 24 * 60, dropThreshold: 0.03, dropWindowMinutes: 45 };
    let t = T0;
    store.ingest({ sportKey: 'soccer_bench', observedAt: t, events: board });
    const moved = structuredClone(board);
    for (let step = 1; step <= 6; step++) {
      t += 15 * 60_000;
      // one book's home price of every event drifts down, another's up then down
      for (const ev of moved) {
        ev.bookmakers[3].markets[0].outcomes[0].price = Math.round(ev.bookmakers[3].markets[0].outcomes[0].price * 0.98 * 100) / 100;
        ev.bookmakers[5].markets[0].outcomes[1].price =
          Math.round(ev.bookmakers[5].markets[0].outcomes[1].price * (step % 2 ? 1.04 : 0.95) * 100) / 100;
      }
      store.ingest({ sportKey: 'soccer_bench', observedAt: t, events: moved });
    }
    const memory = createOpportunityEngine({ db, odds: store, settings: () => settings, bankroll: () => 1000 });
    const sql = createOpportunityEngine({ db, settings: () => settings, bankroll: () => 1000 });
    const drops = (r: ReturnType<typeof memory.scanOnly>) =>
      r.found
        .filter((f) => f.kind === 'drop')
        .map((f) => `${f.key}|${f.edge.toFixed(6)}`)
        .sort();
    const fromMemory = drops(memory.scanOnly(t + 1000));
    expect(fromMemory.length).toBeGreaterThan(0);
    expect(fromMemory).toEqual(drops(sql.scanOnly(t + 1000)));
  });
});
