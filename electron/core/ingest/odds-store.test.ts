import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../db/open-database';
import type { NormalizedEvent } from '../providers/types';
import { readOddsResponse, tempDir } from '../../../tests/helpers/fixtures';
import { createOddsStore } from './odds-store';
import { createBoardQueries } from '../board/board-queries';

const epl = () => readOddsResponse('odds_soccer_epl_eu_h2h_2024-10-13.json');

function countPrices(events: NormalizedEvent[]): number {
  let n = 0;
  for (const e of events) for (const b of e.bookmakers) for (const m of b.markets) n += m.outcomes.length;
  return n;
}

function setup() {
  const db = openDatabase(join(tempDir(), 'odds.sqlite'));
  return { db, store: createOddsStore(db), board: createBoardQueries(db) };
}

const T0 = Date.UTC(2024, 9, 13, 12, 0, 0);
const count = (db: ReturnType<typeof setup>['db'], table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('odds store: history on change', () => {
  it('stores every price once, then nothing when a poll repeats the same prices', () => {
    const { db, store } = setup();
    const events = epl();
    const total = countPrices(events);
    const first = store.ingest({ sportKey: 'soccer_epl', observedAt: T0, events });
    expect(first.pricesSeen).toBe(total);
    expect(first.pricesChanged).toBe(total);
    expect(count(db, 'price_history')).toBe(total);
    const second = store.ingest({ sportKey: 'soccer_epl', observedAt: T0 + 60_000, events });
    expect(second.pricesSeen).toBe(total);
    expect(second.pricesChanged).toBe(0);
    expect(count(db, 'price_history')).toBe(total);
    // every quote is now seen at the second poll, without a history row
    const seen = db.prepare(`SELECT min(seen_at) AS lo, max(seen_at) AS hi FROM quote_seen`).get() as { lo: number; hi: number };
    expect(seen).toEqual({ lo: T0 + 60_000, hi: T0 + 60_000 });
  });

  it('writes exactly one row for a moved price and updates the latest board', () => {
    const { db, store, board } = setup();
    const events = epl();
    store.ingest({ sportKey: 'soccer_epl', observedAt: T0, events });
    const moved = structuredClone(events);
    const target = moved[0].bookmakers[0].markets[0].outcomes[0];
    target.price = Math.round((target.price + 0.37) * 100) / 100;
    const r = store.ingest({ sportKey: 'soccer_epl', observedAt: T0 + 300_000, events: moved });
    expect(r.pricesChanged).toBe(1);
    const detail = board.getEvent(moved[0].id, T0)!;
    const grid = detail.markets.find((m) => m.market === 'h2h')!;
    const row = grid.books.find((b) => b.bookmaker === moved[0].bookmakers[0].key)!;
    expect(row.quotes[target.name].price).toBe(target.price);
    expect(row.quotes[target.name].changedAt).toBe(T0 + 300_000);
    const hist = board.getHistory({ eventId: moved[0].id, market: 'h2h', point: null, outcome: target.name });
    const series = hist.find((s) => s.bookmaker === moved[0].bookmakers[0].key)!;
    expect(series.points.map((p) => p.t)).toEqual([T0, T0 + 300_000]);
    expect(count(db, 'price_history')).toBe(countPrices(events) + 1);
  });

  it('a line move on spreads is a new quote and the old line leaves the board', () => {
    const { store, board } = setup();
    const ev: NormalizedEvent = {
      id: 'e1',
      sportKey: 'basketball_nba',
      sportTitle: 'NBA',
      commenceTime: T0 + 86_400_000,
      homeTeam: 'A',
      awayTeam: 'B',
      bookmakers: [
        {
          key: 'pinnacle',
          title: 'Pinnacle',
          lastUpdate: T0,
          markets: [
            {
              key: 'spreads',
              lastUpdate: T0,
              outcomes: [
                { name: 'A', price: 1.91, point: -1.5, description: null },
                { name: 'B', price: 1.95, point: 1.5, description: null },
              ],
            },
          ],
        },
      ],
    };
    store.ingest({ sportKey: 'basketball_nba', observedAt: T0, events: [ev] });
    const moved = structuredClone(ev);
    moved.bookmakers[0].markets[0].outcomes = [
      { name: 'A', price: 1.95, point: -2.5, description: null },
      { name: 'B', price: 1.91, point: 2.5, description: null },
    ];
    const r = store.ingest({ sportKey: 'basketball_nba', observedAt: T0 + 1000, events: [moved] });
    expect(r.pricesChanged).toBe(2);
    const points = board.getEvent('e1', T0)!.markets.map((m) => m.point);
    expect(points).toEqual([-2.5]);
  });

  it('a book that stops quoting a market keeps the time it was last seen', () => {
    const { store, board } = setup();
    const events = epl().slice(0, 1);
    store.ingest({ sportKey: 'soccer_epl', observedAt: T0, events });
    store.ingest({ sportKey: 'soccer_epl', observedAt: T0 + 60_000, events });
    const gone = events[0].bookmakers[0].key;
    const without = structuredClone(events);
    without[0].bookmakers = without[0].bookmakers.slice(1);
    store.ingest({ sportKey: 'soccer_epl', observedAt: T0 + 120_000, events: without });
    const grid = board.getEvent(events[0].id, T0)!.markets.find((m) => m.market === 'h2h')!;
    const seenOf = (book: string) => Object.values(grid.books.find((b) => b.bookmaker === book)!.quotes)[0].seenAt;
    expect(seenOf(gone)).toBe(T0 + 60_000);
    expect(seenOf(events[0].bookmakers[1].key)).toBe(T0 + 120_000);
    // it comes back: seen again at the new poll
    store.ingest({ sportKey: 'soccer_epl', observedAt: T0 + 180_000, events });
    const again = board.getEvent(events[0].id, T0)!.markets.find((m) => m.market === 'h2h')!;
    expect(Object.values(again.books.find((b) => b.bookmaker === gone)!.quotes)[0].seenAt).toBe(T0 + 180_000);
  });

  it('an outcome sent twice in one market of a new event is one quote, not a failed run', () => {
    const { db, store } = setup();
    const ev: NormalizedEvent = {
      id: 'dup',
      sportKey: 'soccer_epl',
      sportTitle: 'EPL',
      commenceTime: T0 + 3_600_000,
      homeTeam: 'A',
      awayTeam: 'B',
      bookmakers: [
        {
          key: 'book',
          title: 'Book',
          lastUpdate: T0,
          markets: [
            {
              key: 'h2h',
              lastUpdate: T0,
              outcomes: [
                { name: 'A', price: 2, point: null, description: null },
                { name: 'B', price: 3.5, point: null, description: null },
                { name: 'Draw', price: 3.4, point: null, description: null },
                { name: 'A', price: 2.05, point: null, description: null },
              ],
            },
          ],
        },
      ],
    };
    const r = store.ingest({ sportKey: 'soccer_epl', observedAt: T0, events: [ev] });
    expect(r.pricesSeen).toBe(4);
    expect(count(db, 'quotes')).toBe(3);
    expect((db.prepare(`SELECT price FROM quotes WHERE outcome = 'A'`).get() as { price: number }).price).toBe(2.05);
  });

  it('skips and counts a market whose outcomes are not the event teams', () => {
    const { store, board } = setup();
    const ev: NormalizedEvent = {
      id: 'e2',
      sportKey: 'soccer_epl',
      sportTitle: 'EPL',
      commenceTime: T0 + 3_600_000,
      homeTeam: 'Arsenal',
      awayTeam: 'Chelsea',
      bookmakers: [
        {
          key: 'book',
          title: 'Book',
          lastUpdate: T0,
          markets: [
            {
              key: 'h2h',
              lastUpdate: T0,
              outcomes: [
                { name: 'Arsenal FC', price: 2, point: null, description: null },
                { name: 'Chelsea', price: 3.5, point: null, description: null },
                { name: 'Draw', price: 3.4, point: null, description: null },
              ],
            },
          ],
        },
      ],
    };
    const r = store.ingest({ sportKey: 'soccer_epl', observedAt: T0, events: [ev] });
    expect(r.skippedMarkets).toBe(1);
    expect(r.pricesSeen).toBe(0);
    expect(board.getEvent('e2', T0)!.markets).toEqual([]);
  });

  it('stores nothing when a snapshot fails half way, and the next one still works', () => {
    const { db, store } = setup();
    const events = epl();
    const broken = structuredClone(events);
    // an event with a missing team breaks the NOT NULL constraint after others were written
    (broken[3] as { homeTeam: unknown }).homeTeam = null;
    expect(() => store.ingest({ sportKey: 'soccer_epl', observedAt: T0, events: broken })).toThrow();
    expect(count(db, 'price_history')).toBe(0);
    expect(count(db, 'events')).toBe(0);
    const ok = store.ingest({ sportKey: 'soccer_epl', observedAt: T0, events });
    expect(ok.pricesChanged).toBe(countPrices(events));
  });

  it('survives a restart: a new store on the same file sees the same prices as unchanged', () => {
    const dir = tempDir();
    const file = join(dir, 'odds.sqlite');
    const events = epl();
    const db1 = openDatabase(file);
    createOddsStore(db1).ingest({ sportKey: 'soccer_epl', observedAt: T0, events });
    db1.close();
    const db2 = openDatabase(file);
    const r = createOddsStore(db2).ingest({ sportKey: 'soccer_epl', observedAt: T0 + 1, events });
    expect(r.pricesChanged).toBe(0);
  });
});

describe('board queries', () => {
  it('lists events with their best h2h price per outcome, matching an independent scan', () => {
    const { store, board } = setup();
    const events = epl();
    store.ingest({ sportKey: 'soccer_epl', observedAt: T0, events });
    const rows = board.listEvents({ sportKey: 'soccer_epl' }, T0);
    expect(rows.length).toBe(events.filter((e) => e.commenceTime >= T0 - 3 * 3600_000).length);
    for (const row of rows) {
      const ev = events.find((e) => e.id === row.id)!;
      for (const b of row.best) {
        let max = 0;
        // net of commission: Betfair 5 %, Matchbook 2 % (the defaults)
        const c = (k: string) => (k.startsWith('betfair_ex') ? 0.05 : k.startsWith('matchbook') ? 0.02 : 0);
        for (const book of ev.bookmakers)
          for (const m of book.markets)
            if (m.key === 'h2h')
              for (const o of m.outcomes) if (o.name === b.outcome) max = Math.max(max, 1 + (o.price - 1) * (1 - c(book.key)));
        expect(b.price).toBe(max);
      }
      expect(row.best.map((b) => b.outcome)).toEqual([ev.homeTeam, 'Draw', ev.awayTeam]);
    }
    expect(board.listEvents({ search: rows[0].homeTeam.slice(0, 4) }, T0).some((r) => r.id === rows[0].id)).toBe(true);
    expect(board.listEvents({ search: 'zzz-no-team' }, T0)).toEqual([]);
  });
});
