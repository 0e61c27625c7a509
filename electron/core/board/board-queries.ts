/** Read side of the odds board: sports, events with best prices, one event's grid, history. */
import type { BoardEvent, BookRow, EventDetail, MarketGrid, PriceSeries, SportSummary } from '../../../shared/domain/odds';
import type { ReadableDb } from '../db/open-database';
import { orderOutcomes, bestOf, lineOf, marginOf } from './grid-math';
import { marketRank } from '../../../shared/domain/markets';

interface EventRow {
  id: string;
  sport_key: string;
  sport_title: string;
  commence_time: number;
  home_team: string;
  away_team: string;
  completed: number;
}

interface QuoteRow {
  event_id: string;
  book: string;
  title: string;
  is_exchange: number;
  market: string;
  outcome: string;
  point: number | null;
  price: number;
  changed_at: number;
  seen_at: number;
}

/** How long after kick-off an event still shows on the board by default (in-play). */
const LIVE_WINDOW_MS = 3 * 3600_000;

export function createBoardQueries(db: ReadableDb) {
  const sportsStmt = db.prepare(
    `SELECT s.key, s.title, s.group_name, (SELECT count(*) FROM events e WHERE e.sport_key = s.key
       AND e.commence_time >= ? AND e.completed = 0) AS upcoming
     FROM sports s ORDER BY upcoming DESC, s.title`,
  );
  const eventCols = `e.id, e.sport_key, s.title AS sport_title, e.commence_time, e.home_team, e.away_team, e.completed`;
  const eventsStmt = db.prepare(
    `SELECT ${eventCols} FROM events e JOIN sports s ON s.key = e.sport_key
     WHERE (@sport IS NULL OR e.sport_key = @sport) AND e.commence_time >= @from AND e.completed = 0
       AND (@search IS NULL OR e.home_team LIKE @search ESCAPE '\\' OR e.away_team LIKE @search ESCAPE '\\')
     ORDER BY e.commence_time, e.id LIMIT 2000`,
  );
  const eventStmt = db.prepare(`SELECT ${eventCols} FROM events e JOIN sports s ON s.key = e.sport_key WHERE e.id = ?`);
  // seen: see book_market_absences in migration 0010 (the quote_seen view, inlined for active quotes)
  const quoteCols = `ev.id AS event_id, b.key AS book, b.title, b.is_exchange, m.key AS market, q.outcome, q.point, q.price,
       q.changed_at, coalesce(a.last_seen_at, ev.last_seen_at) AS seen_at`;
  const quoteJoins = `FROM quotes q JOIN bookmakers b ON b.id = q.bookmaker_id JOIN markets m ON m.id = q.market_id
     JOIN events ev ON ev.ref = q.event_ref
     LEFT JOIN book_market_absences a ON a.event_ref = q.event_ref AND a.bookmaker_id = q.bookmaker_id AND a.market_id = q.market_id`;
  const h2hForSport = db.prepare(
    `SELECT ${quoteCols} ${quoteJoins}
     WHERE q.event_ref IN (SELECT e.ref FROM events e WHERE (@sport IS NULL OR e.sport_key = @sport) AND e.commence_time >= @from AND e.completed = 0)
       AND m.key = 'h2h' AND q.active = 1 AND q.description IS NULL`,
  );
  const quotesForEvent = db.prepare(`SELECT ${quoteCols} ${quoteJoins} WHERE q.event_ref = (SELECT ref FROM events WHERE id = ?) AND q.active = 1 AND q.description IS NULL`);
  const historyStmt = db.prepare(
    `SELECT b.key AS book, q.outcome, q.point, pc.observed_at, pc.price
     FROM quotes q JOIN price_history pc ON pc.quote_id = q.id JOIN bookmakers b ON b.id = q.bookmaker_id
     JOIN markets m ON m.id = q.market_id
     WHERE q.event_ref = (SELECT ref FROM events WHERE id = @event) AND m.key = @market AND (@outcome IS NULL OR q.outcome = @outcome)
     ORDER BY b.key, q.outcome, pc.observed_at`,
  );

  return {
    listSports(now: number): SportSummary[] {
      return (sportsStmt.all(now - LIVE_WINDOW_MS) as { key: string; title: string; group_name: string; upcoming: number }[]).map(
        (r) => ({ key: r.key, title: r.title, group: r.group_name, upcomingEvents: r.upcoming }),
      );
    },

    listEvents(q: { sportKey?: string; search?: string; includeStarted?: boolean }, now: number): BoardEvent[] {
      const params = {
        sport: q.sportKey ?? null,
        from: q.includeStarted === false ? now : now - LIVE_WINDOW_MS,
        search: q.search?.trim() ? `%${q.search.trim().replace(/[\\%_]/g, (c) => '\\' + c)}%` : null,
      };
      const events = eventsStmt.all(params) as EventRow[];
      const byEvent = new Map<string, QuoteRow[]>();
      for (const r of h2hForSport.all({ sport: params.sport, from: params.from }) as QuoteRow[]) {
        const list = byEvent.get(r.event_id);
        if (list) list.push(r);
        else byEvent.set(r.event_id, [r]);
      }
      return events.map((e) => toBoardEvent(e, byEvent.get(e.id) ?? []));
    },

    getEvent(eventId: string): EventDetail | null {
      const e = eventStmt.get(eventId) as EventRow | undefined;
      if (!e) return null;
      const rows = quotesForEvent.all(eventId) as QuoteRow[];
      const groups = new Map<string, QuoteRow[]>();
      for (const r of rows) {
        const k = r.market + '|' + (lineOf(r.market, r.outcome, r.point, e.home_team) ?? '');
        const g = groups.get(k);
        if (g) g.push(r);
        else groups.set(k, [r]);
      }
      const markets: MarketGrid[] = [...groups.values()].map((g) => toGrid(g, e));
      markets.sort((a, b) => marketRank(a.market) - marketRank(b.market) || (a.point ?? 0) - (b.point ?? 0));
      return { event: toBoardEvent(e, rows.filter((r) => r.market === 'h2h')), markets };
    },

    getHistory(q: { eventId: string; market: string; point: number | null; outcome?: string }): PriceSeries[] {
      const home = (eventStmt.get(q.eventId) as EventRow | undefined)?.home_team ?? '';
      const rows = historyStmt.all({ event: q.eventId, market: q.market, outcome: q.outcome ?? null }) as {
        book: string; outcome: string; point: number | null; observed_at: number; price: number;
      }[];
      const series = new Map<string, PriceSeries>();
      for (const r of rows) {
        if (lineOf(q.market, r.outcome, r.point, home) !== q.point) continue;
        const k = r.book + '|' + r.outcome;
        let s = series.get(k);
        if (!s) series.set(k, (s = { bookmaker: r.book, outcome: r.outcome, point: r.point, points: [] }));
        s.points.push({ t: r.observed_at, price: r.price });
      }
      return [...series.values()];
    },
  };
}

function toBoardEvent(e: EventRow, h2h: QuoteRow[]): BoardEvent {
  const outcomes = orderOutcomes([...new Set(h2h.map((r) => r.outcome))], e.home_team, e.away_team);
  const best = outcomes
    .map((o) => bestOf(h2h.filter((r) => r.outcome === o)))
    .filter((b): b is NonNullable<typeof b> => b !== null)
    .map((b) => ({ outcome: b.outcome, price: b.price, bookmaker: b.book, bookmakerTitle: b.title }));
  const books = new Set(h2h.map((r) => r.book));
  const complete = best.length === outcomes.length && outcomes.length >= 2;
  return {
    id: e.id,
    sportKey: e.sport_key,
    sportTitle: e.sport_title,
    commenceTime: e.commence_time,
    homeTeam: e.home_team,
    awayTeam: e.away_team,
    completed: e.completed === 1,
    best,
    bestSetMargin: complete ? marginOf(best.map((b) => b.price)) : null,
    bookmakers: books.size,
    lastSeenAt: h2h.length ? Math.max(...h2h.map((r) => r.seen_at)) : null,
  };
}

function toGrid(rows: QuoteRow[], e: EventRow): MarketGrid {
  const outcomes = orderOutcomes([...new Set(rows.map((r) => r.outcome))], e.home_team, e.away_team);
  const byBook = new Map<string, BookRow>();
  for (const r of rows) {
    let b = byBook.get(r.book);
    if (!b) byBook.set(r.book, (b = { bookmaker: r.book, title: r.title, isExchange: r.is_exchange === 1, quotes: {}, margin: null }));
    b.quotes[r.outcome] = { price: r.price, changedAt: r.changed_at, seenAt: r.seen_at };
  }
  const books = [...byBook.values()];
  // two books with one name (Betfair's UK and EU exchanges): tell them apart by their key
  const titles = new Map<string, number>();
  for (const b of books) titles.set(b.title, (titles.get(b.title) ?? 0) + 1);
  for (const b of books) if ((titles.get(b.title) ?? 0) > 1) b.title = `${b.title} (${b.bookmaker})`;
  for (const b of books) {
    const prices = outcomes.map((o) => b.quotes[o]?.price);
    b.margin = prices.every((p): p is number => p !== undefined) && prices.length >= 2 ? marginOf(prices) : null;
  }
  books.sort((a, b) => (a.margin ?? 9) - (b.margin ?? 9) || a.bookmaker.localeCompare(b.bookmaker));
  const best: MarketGrid['best'] = {};
  for (const o of outcomes) {
    const quoted = books.filter((b) => b.quotes[o]);
    const top = Math.max(...quoted.map((b) => b.quotes[o].price));
    best[o] = { price: top, bookmakers: quoted.filter((b) => b.quotes[o].price === top).map((b) => b.bookmaker) };
  }
  return { market: rows[0].market, point: lineOf(rows[0].market, rows[0].outcome, rows[0].point, e.home_team), outcomes, books, best };
}

