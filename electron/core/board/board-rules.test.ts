/**
 * The board's rules on a real recorded snapshot (EPL, 19 EU books incl. Betfair and Matchbook,
 * 2024-10-13): best prices net of exchange commission with the gross price kept; a book
 * missing from the latest poll of an event neither gives the best price nor the margin; in
 * play and finished events; "my books only"; closes of a finished event.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOddsResponse, tempDir } from '../../../tests/helpers/fixtures';
import { openDatabase } from '../db/open-database';
import { createOddsStore } from '../ingest/odds-store';
import type { NormalizedEvent } from '../providers/types';
import { createBoardQueries } from './board-queries';

const epl = () => readOddsResponse('odds_soccer_epl_eu_h2h_2024-10-13.json');
const T0 = Date.UTC(2024, 9, 13, 12, 0, 0);
const MIN = 60_000;

function setup() {
  const db = openDatabase(join(tempDir(), 'odds.sqlite'));
  return { db, store: createOddsStore(db), board: createBoardQueries(db) };
}

/** Outcome → gross h2h price, per book, of one event of the snapshot. */
const h2hOf = (ev: NormalizedEvent, book: string) =>
  ev.bookmakers.find((b) => b.key === book)?.markets.find((m) => m.key === 'h2h')?.outcomes ?? [];

/** The first event whose best gross price for some outcome is Betfair's alone. */
function betfairBestGross(events: NormalizedEvent[]) {
  for (const ev of events) {
    for (const o of h2hOf(ev, 'betfair_ex_eu')) {
      const others = ev.bookmakers
        .filter((b) => b.key !== 'betfair_ex_eu')
        .flatMap((b) =>
          h2hOf(ev, b.key)
            .filter((x) => x.name === o.name)
            .map((x) => x.price),
        );
      if (o.price > Math.max(...others)) return { ev, outcome: o.name, gross: o.price, bestOther: Math.max(...others) };
    }
  }
  throw new Error('no event where Betfair alone has the best gross price');
}

describe('board best prices on a real snapshot', () => {
  it('nets exchange prices of their commission before choosing the best, and keeps the gross price', () => {
    const { store, board } = setup();
    const events = epl();
    store.ingest({ sportKey: 'soccer_epl', observedAt: T0, events });
    const { ev, outcome, gross, bestOther } = betfairBestGross(events);
    const net = 1 + (gross - 1) * 0.95;
    const row = board.listEvents({ sportKey: 'soccer_epl' }, T0).find((r) => r.id === ev.id)!;
    const best = row.best.find((b) => b.outcome === outcome)!;
    if (net > bestOther) {
      expect(best).toMatchObject({ bookmaker: 'betfair_ex_eu', grossPrice: gross, commission: 0.05 });
      expect(best.price).toBeCloseTo(net, 12);
    } else {
      // after commission another book pays more: it is the best, named by its title
      expect(best.bookmaker).not.toBe('betfair_ex_eu');
      expect(best.price).toBe(bestOther);
      expect(best.bookmakerTitle).not.toBe(best.bookmaker);
    }
    // the margin is over net prices
    expect(row.bestSetMargin).toBeCloseTo(row.best.reduce((s, b) => s + 1 / b.price, 0) - 1, 12);
    // the grid keeps the gross price and gives the net beside it
    const grid = board.getEvent(ev.id, T0)!.markets.find((m) => m.market === 'h2h')!;
    const bf = grid.books.find((b) => b.bookmaker === 'betfair_ex_eu')!;
    expect(bf.quotes[outcome]).toMatchObject({ price: gross, current: true });
    expect(bf.quotes[outcome]!.net).toBeCloseTo(net, 12);
    expect(grid.best[outcome]!.price).toBe(best.price);
  });

  it('a book missing from the latest poll is shown with its age but makes neither the best price nor the margin', () => {
    const { store, board } = setup();
    const events = epl();
    store.ingest({ sportKey: 'soccer_epl', observedAt: T0, events });
    const first = board.listEvents({ sportKey: 'soccer_epl' }, T0);
    const ev = events.find((e) => e.id === first[0]!.id)!;
    const top = first[0]!.best[0]!; // the home side's best book
    // the next poll, 10 minutes later: the same prices, but that book dropped the event
    const later = events.map((e) => (e.id === ev.id ? { ...e, bookmakers: e.bookmakers.filter((b) => b.key !== top.bookmaker) } : e));
    store.ingest({ sportKey: 'soccer_epl', observedAt: T0 + 10 * MIN, events: later });
    const row = board.listEvents({ sportKey: 'soccer_epl' }, T0 + 10 * MIN).find((r) => r.id === ev.id)!;
    expect(row.best.every((b) => b.bookmaker !== top.bookmaker)).toBe(true);
    expect(row.absentBooks).toBe(1);
    const grid = board.getEvent(ev.id, T0 + 10 * MIN)!.markets.find((m) => m.market === 'h2h')!;
    const gone = grid.books.find((b) => b.bookmaker === top.bookmaker)!;
    expect(gone.quotes[top.outcome]).toMatchObject({ current: false, seenAt: T0 });
    expect(grid.best[top.outcome]!.bookmakers).not.toContain(top.bookmaker);
    // missing books are listed after the current ones
    expect(grid.books.at(-1)!.bookmaker).toBe(top.bookmaker);
  });

  it('marks in-play events and shows a finished event at its closes, reachable by day and by the finished filter', () => {
    const { store, board } = setup();
    const events = epl();
    const ev = [...events].sort((a, b) => a.commenceTime - b.commenceTime)[0]!;
    store.ingest({ sportKey: 'soccer_epl', observedAt: T0, events });
    // an in-play poll after kick-off with absurd in-play prices for one book
    const live = events.map((e) =>
      e.id !== ev.id
        ? e
        : {
            ...e,
            bookmakers: e.bookmakers.map((b) =>
              b.key !== 'pinnacle'
                ? b
                : { ...b, markets: b.markets.map((m) => ({ ...m, outcomes: m.outcomes.map((o) => ({ ...o, price: 30 })) })) },
            ),
          },
    );
    store.ingest({ sportKey: 'soccer_epl', observedAt: ev.commenceTime + 20 * MIN, events: live });
    const inPlay = board.listEvents({ sportKey: 'soccer_epl' }, ev.commenceTime + 30 * MIN).find((r) => r.id === ev.id)!;
    expect(inPlay).toMatchObject({ inPlay: true, finished: false, pricesAt: 'live' });

    const after = ev.commenceTime + 2 * 86_400_000;
    expect(board.listEvents({ sportKey: 'soccer_epl' }, after).some((r) => r.id === ev.id)).toBe(false);
    const finished = board.listEvents({ sportKey: 'soccer_epl', status: 'finished' }, after).find((r) => r.id === ev.id)!;
    expect(finished).toMatchObject({ inPlay: false, finished: true, pricesAt: 'close' });
    // the closes are the pre-kick-off prices, not the in-play 30.0
    const pin = h2hOf(ev, 'pinnacle');
    const detail = board.getEvent(ev.id, after)!;
    expect(detail.pricesAt).toBe('close');
    const grid = detail.markets.find((m) => m.market === 'h2h')!;
    for (const o of pin) expect(grid.books.find((b) => b.bookmaker === 'pinnacle')!.quotes[o.name]!.price).toBe(o.price);
    // the date control: the kick-off's day, any status
    const day = new Date(ev.commenceTime);
    const from = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
    const ofDay = board.listEvents({ from, to: from + 86_400_000, status: 'all' }, after);
    expect(ofDay.map((r) => r.id)).toContain(ev.id);
    expect(ofDay.every((r) => r.commenceTime >= from && r.commenceTime < from + 86_400_000)).toBe(true);
  });

  it('"my books only" takes best prices from the configured books alone', () => {
    const { store, board } = setup();
    store.ingest({ sportKey: 'soccer_epl', observedAt: T0, events: epl() });
    board.configure({ myBookmakers: ['unibet_eu', 'williamhill'] });
    const rows = board.listEvents({ sportKey: 'soccer_epl', myBooksOnly: true }, T0);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) for (const b of r.best) expect(['unibet_eu', 'williamhill']).toContain(b.bookmaker);
    const all = board.listEvents({ sportKey: 'soccer_epl' }, T0);
    expect(all.some((r) => r.best.some((b) => !['unibet_eu', 'williamhill'].includes(b.bookmaker)))).toBe(true);
  });
});
