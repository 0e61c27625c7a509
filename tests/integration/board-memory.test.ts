/**
 * The scanners read the board from the odds store's memory (their only path). After
 * collections with moved prices, moved lines, a book dropping out and coming back, and after a
 * restart (a new store on the same file), that memory must read exactly what the database held:
 * the expected reads and drops in tests/fixtures/board-memory-expected.json were computed once
 * by the former SQL reader of the board.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPPORTUNITY_DEFAULTS } from '../../shared/domain/opportunities';
import { openDatabase } from '../../electron/core/db/open-database';
import { createOddsStore } from '../../electron/core/ingest/odds-store';
import { createBoardReader } from '../../electron/core/opportunities/board-reader';
import type { NormalizedEvent } from '../../electron/core/providers/types';
import { syntheticBoard } from '../../bench/scan';
import { boardDigest, dropDigest } from '../helpers/board-digest';
import { FIXTURES, tempDir } from '../helpers/fixtures';

const T0 = Date.UTC(2026, 10, 26, 12);
const settings = { ...OPPORTUNITY_DEFAULTS, maxQuoteAgeMinutes: 24 * 60 };

const expected = JSON.parse(readFileSync(join(FIXTURES, 'board-memory-expected.json'), 'utf8'));

function readsAsExpected(db: ReturnType<typeof openDatabase>, store: ReturnType<typeof createOddsStore>, now: number, step: string) {
  const read = createBoardReader(db, store).read(now, settings, null);
  expect(boardDigest(read), step).toEqual(expected[step]);
  return read;
}

describe('the board in memory', () => {
  it('reads what the database held through moves, line changes, absences and a restart', () => {
    const file = join(tempDir(), 'b.sqlite');
    const db = openDatabase(file);
    const store = createOddsStore(db);
    const board: NormalizedEvent[] = syntheticBoard(40, 3);
    store.ingest({ sportKey: 'soccer_bench', observedAt: T0, events: board });
    expect(readsAsExpected(db, store, T0 + 60_000, 'first').markets.length).toBe(120);

    const next = structuredClone(board);
    next[0].bookmakers[0].markets[0].outcomes[0].price += 0.05; // a move
    next[1].bookmakers[2].markets[1].outcomes = [
      { name: next[1].homeTeam, price: 1.9, point: -1.5, description: null },
      { name: next[1].awayTeam, price: 1.95, point: 1.5, description: null },
    ]; // a line change
    next[2].bookmakers = next[2].bookmakers.slice(1); // a book drops out
    store.ingest({ sportKey: 'soccer_bench', observedAt: T0 + 600_000, events: next });
    readsAsExpected(db, store, T0 + 660_000, 'moved');

    store.ingest({ sportKey: 'soccer_bench', observedAt: T0 + 1_200_000, events: board }); // all back
    readsAsExpected(db, store, T0 + 1_260_000, 'back');

    // a restart: a new store on the same file, before any collection
    const db2 = openDatabase(file);
    readsAsExpected(db2, createOddsStore(db2), T0 + 1_300_000, 'restart');
  });
});

describe('drop peaks in memory', () => {
  it('find the drops the database gave after a run of moves', async () => {
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
    const fromMemory = dropDigest(memory.scanOnly(t + 1000).found);
    expect(fromMemory.n).toBeGreaterThan(0);
    expect(fromMemory).toEqual(expected.drops);
  });
});
