/**
 * Read side of the odds board: sports, events with best prices, one event's grid, history.
 *
 * Rules a bettor acts on (see board/README.md):
 * - best prices are net of exchange commission (`configure` gives the rates; Betfair 5 % by
 *   default), the gross price stays in the detail;
 * - a quote missing from its book's latest poll of the event (the book dropped that market)
 *   is shown with its age but makes neither the best price nor the margin;
 * - an event kicked off and not finished is in play (its margins are not surebets);
 * - a finished event (completed, or kicked off longer ago than the live window) shows its
 *   closes: each quote's last price before kick-off, read through the history's index.
 */
import type {
  BoardEvent,
  BookRow,
  EventDetail,
  EventStatusFilter,
  MarketGrid,
  PriceSeries,
  PricesAt,
  SportSummary,
} from '../../../shared/domain/odds';
import { OPPORTUNITY_DEFAULTS } from '../../../shared/domain/opportunities';
import type { ReadableDb } from '../db/open-database';
import { closeAtSql, closePriceSql } from '../db/close-of-quote';
import { commissionOf, netPrice } from '../opportunities/guards';
import { orderOutcomes, lineOf, marginOf } from './grid-math';
import { marketRank } from '../../../shared/domain/markets';

interface EventRow {
  ref: number;
  id: string;
  sport_key: string;
  sport_title: string;
  commence_time: number;
  home_team: string;
  away_team: string;
  completed: number;
  last_seen_at: number;
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
  ev_seen_at: number;
}

/** A quote row with what the rules add: commission, net price, in the latest poll. */
interface RatedRow extends QuoteRow {
  commission: number;
  net: number;
  current: boolean;
}

/** How long after kick-off an event still shows on the board by default (in-play). */
export const LIVE_WINDOW_MS = 3 * 3600_000;

/** What the board needs from the scanner settings: the commission of a book, and "my books". */
export interface BoardConfig {
  commissionOf(bookmaker: string, isExchange: boolean): number;
  myBookmakers: readonly string[];
}

const DEFAULT_CONFIG: BoardConfig = {
  commissionOf: (b, ex) => commissionOf(b, ex, OPPORTUNITY_DEFAULTS),
  myBookmakers: [],
};

export interface ListEventsQuery {
  sportKey?: string;
  search?: string;
  includeStarted?: boolean;
  /** Kick-off in [from, to) (UTC ms): one local day of the date control. */
  from?: number;
  to?: number;
  status?: EventStatusFilter;
  /** Best prices from "my books" only (the scanner's `myBookmakers`; all books when it is empty). */
  myBooksOnly?: boolean;
}

export function createBoardQueries(db: ReadableDb) {
  let config: BoardConfig = DEFAULT_CONFIG;
  const sportsStmt = db.prepare(
    `SELECT s.key, s.title, s.group_name, (SELECT count(*) FROM events e WHERE e.sport_key = s.key
       AND e.commence_time >= ? AND e.completed = 0) AS upcoming
     FROM sports s ORDER BY upcoming DESC, s.title`,
  );
  const eventCols = `e.ref, e.id, e.sport_key, s.title AS sport_title, e.commence_time, e.home_team, e.away_team, e.completed, e.last_seen_at`;
  const finishedSql = `(e.completed = 1 OR e.commence_time < @liveFrom)`;
  const eventsStmt = db.prepare(
    `SELECT ${eventCols} FROM events e JOIN sports s ON s.key = e.sport_key
     WHERE (@sport IS NULL OR e.sport_key = @sport)
       AND (@from IS NULL OR e.commence_time >= @from) AND (@to IS NULL OR e.commence_time < @to)
       AND (@status = 'all' OR (@status = 'finished' AND ${finishedSql}) OR (@status = 'upcoming' AND e.completed = 0 AND e.commence_time >= @upFrom))
       AND (@search IS NULL OR e.home_team LIKE @search ESCAPE '\\' OR e.away_team LIKE @search ESCAPE '\\')
     ORDER BY CASE WHEN @status = 'finished' THEN -e.commence_time ELSE e.commence_time END, e.id LIMIT 2000`,
  );
  const eventStmt = db.prepare(`SELECT ${eventCols} FROM events e JOIN sports s ON s.key = e.sport_key WHERE e.id = ?`);
  // seen: see book_market_absences in migration 0010 (the quote_seen view, inlined for active quotes)
  const quoteCols = `ev.id AS event_id, b.key AS book, b.title, b.is_exchange, m.key AS market, q.outcome, q.point, ev.last_seen_at AS ev_seen_at`;
  const liveCols = `${quoteCols}, q.price, q.changed_at, coalesce(a.last_seen_at, ev.last_seen_at) AS seen_at`;
  const quoteJoins = `FROM quotes q JOIN bookmakers b ON b.id = q.bookmaker_id JOIN markets m ON m.id = q.market_id
     JOIN events ev ON ev.ref = q.event_ref
     LEFT JOIN book_market_absences a ON a.event_ref = q.event_ref AND a.bookmaker_id = q.bookmaker_id AND a.market_id = q.market_id`;
  const h2hLive = db.prepare(
    `SELECT ${liveCols} ${quoteJoins}
     WHERE q.event_ref IN (SELECT value FROM json_each(@refs)) AND m.key = 'h2h' AND q.active = 1 AND q.description IS NULL`,
  );
  // closes: quotes that had not left their book's set before kick-off, at their last pre-kick-off price
  const closeSelect = (where: string) => `SELECT * FROM (SELECT ${quoteCols}, ${closePriceSql('q', 'ev.commence_time')} AS price,
       ${closeAtSql('q', 'ev.commence_time')} AS changed_at, ${closeAtSql('q', 'ev.commence_time')} AS seen_at ${quoteJoins}
     WHERE ${where} AND q.description IS NULL AND NOT (q.active = 0 AND q.left_at < ev.commence_time)) WHERE price IS NOT NULL`;
  const h2hClose = db.prepare(closeSelect(`q.event_ref IN (SELECT value FROM json_each(@refs)) AND m.key = 'h2h'`));
  const liveForEvent = db.prepare(`SELECT ${liveCols} ${quoteJoins} WHERE q.event_ref = ? AND q.active = 1 AND q.description IS NULL`);
  const closeForEvent = db.prepare(closeSelect(`q.event_ref = ?`));
  const historyStmt = db.prepare(
    `SELECT b.key AS book, q.outcome, q.point, pc.observed_at, pc.price
     FROM quotes q JOIN price_history pc ON pc.quote_id = q.id JOIN bookmakers b ON b.id = q.bookmaker_id
     JOIN markets m ON m.id = q.market_id
     WHERE q.event_ref = (SELECT ref FROM events WHERE id = @event) AND m.key = @market AND (@outcome IS NULL OR q.outcome = @outcome)
     ORDER BY b.key, q.outcome, pc.observed_at`,
  );

  const isFinished = (e: EventRow, now: number) => e.completed === 1 || e.commence_time < now - LIVE_WINDOW_MS;
  const pricesAtOf = (e: EventRow, now: number): PricesAt => (isFinished(e, now) ? 'close' : 'live');

  /** Commission, net price and "in the latest poll" of each row; a close is always current. */
  function rate(rows: QuoteRow[], at: PricesAt): RatedRow[] {
    return rows.map((r) => {
      // a lay price is what the layer risks: commission does not raise it
      const commission = r.market.endsWith('_lay') ? 0 : config.commissionOf(r.book, r.is_exchange === 1);
      return {
        ...r,
        commission,
        net: commission ? netPrice(r.price, commission) : r.price,
        current: at === 'close' || r.seen_at === r.ev_seen_at,
      };
    });
  }

  function mineOnly(rows: RatedRow[], myBooksOnly: boolean | undefined): RatedRow[] {
    if (!myBooksOnly || config.myBookmakers.length === 0) return rows;
    const mine = new Set(config.myBookmakers);
    return rows.filter((r) => mine.has(r.book));
  }

  return {
    /** Sets the commission rates and "my books" (the opportunities module passes its settings). */
    configure(c: Partial<BoardConfig>): void {
      config = { ...config, ...c };
    },

    listSports(now: number): SportSummary[] {
      return (sportsStmt.all(now - LIVE_WINDOW_MS) as { key: string; title: string; group_name: string; upcoming: number }[]).map((r) => ({
        key: r.key,
        title: r.title,
        group: r.group_name,
        upcomingEvents: r.upcoming,
      }));
    },

    listEvents(q: ListEventsQuery, now: number): BoardEvent[] {
      const status = q.status ?? 'upcoming';
      const params = {
        sport: q.sportKey ?? null,
        from: q.from ?? null,
        to: q.to ?? null,
        status,
        liveFrom: now - LIVE_WINDOW_MS,
        upFrom: q.includeStarted === false && q.from === undefined ? now : now - LIVE_WINDOW_MS,
        search: q.search?.trim() ? `%${q.search.trim().replace(/[\\%_]/g, (c) => '\\' + c)}%` : null,
      };
      const events = eventsStmt.all(params) as EventRow[];
      const live = events.filter((e) => !isFinished(e, now)).map((e) => e.ref);
      const closed = events.filter((e) => isFinished(e, now)).map((e) => e.ref);
      const byEvent = new Map<string, RatedRow[]>();
      const add = (rows: QuoteRow[], at: PricesAt) => {
        for (const r of mineOnly(rate(rows, at), q.myBooksOnly)) {
          const list = byEvent.get(r.event_id);
          if (list) list.push(r);
          else byEvent.set(r.event_id, [r]);
        }
      };
      if (live.length) add(h2hLive.all({ refs: JSON.stringify(live) }) as QuoteRow[], 'live');
      if (closed.length) add(h2hClose.all({ refs: JSON.stringify(closed) }) as QuoteRow[], 'close');
      return events.map((e) => toBoardEvent(e, byEvent.get(e.id) ?? [], now, pricesAtOf(e, now)));
    },

    getEvent(eventId: string, now: number): EventDetail | null {
      const e = eventStmt.get(eventId) as EventRow | undefined;
      if (!e) return null;
      const at = pricesAtOf(e, now);
      const rows = rate((at === 'close' ? closeForEvent : liveForEvent).all(e.ref) as QuoteRow[], at);
      const groups = new Map<string, RatedRow[]>();
      for (const r of rows) {
        const k = r.market + '|' + (lineOf(r.market, r.outcome, r.point, e.home_team) ?? '');
        const g = groups.get(k);
        if (g) g.push(r);
        else groups.set(k, [r]);
      }
      const markets: MarketGrid[] = [...groups.values()].map((g) => toGrid(g, e));
      markets.sort((a, b) => marketRank(a.market) - marketRank(b.market) || (a.point ?? 0) - (b.point ?? 0));
      return {
        event: toBoardEvent(
          e,
          rows.filter((r) => r.market === 'h2h'),
          now,
          at,
        ),
        pricesAt: at,
        markets,
      };
    },

    getHistory(q: { eventId: string; market: string; point: number | null; outcome?: string }): PriceSeries[] {
      const home = (eventStmt.get(q.eventId) as EventRow | undefined)?.home_team ?? '';
      const rows = historyStmt.all({ event: q.eventId, market: q.market, outcome: q.outcome ?? null }) as {
        book: string;
        outcome: string;
        point: number | null;
        observed_at: number;
        price: number;
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

/** The best current quote (highest net price; ties: the book key first). */
function bestRow(rows: RatedRow[]): RatedRow | null {
  let best: RatedRow | null = null;
  for (const r of rows) {
    if (!r.current) continue;
    if (!best || r.net > best.net || (r.net === best.net && r.book < best.book)) best = r;
  }
  return best;
}

function toBoardEvent(e: EventRow, h2h: RatedRow[], now: number, pricesAt: PricesAt): BoardEvent {
  const outcomes = orderOutcomes([...new Set(h2h.map((r) => r.outcome))], e.home_team, e.away_team);
  const best = outcomes
    .map((o) => bestRow(h2h.filter((r) => r.outcome === o)))
    .filter((b): b is RatedRow => b !== null)
    .map((b) => ({
      outcome: b.outcome,
      price: b.net,
      grossPrice: b.price,
      commission: b.commission,
      bookmaker: b.book,
      bookmakerTitle: b.title,
    }));
  const books = new Set(h2h.map((r) => r.book));
  const currentBooks = new Set(h2h.filter((r) => r.current).map((r) => r.book));
  const complete = best.length === outcomes.length && outcomes.length >= 2;
  const finished = pricesAt === 'close';
  return {
    id: e.id,
    sportKey: e.sport_key,
    sportTitle: e.sport_title,
    commenceTime: e.commence_time,
    homeTeam: e.home_team,
    awayTeam: e.away_team,
    completed: e.completed === 1,
    inPlay: !finished && e.commence_time <= now,
    finished,
    pricesAt,
    best,
    bestSetMargin: complete ? marginOf(best.map((b) => b.price)) : null,
    bookmakers: books.size,
    absentBooks: books.size - currentBooks.size,
    lastSeenAt: h2h.length ? Math.max(...h2h.map((r) => r.seen_at)) : null,
  };
}

function toGrid(rows: RatedRow[], e: EventRow): MarketGrid {
  const outcomes = orderOutcomes([...new Set(rows.map((r) => r.outcome))], e.home_team, e.away_team);
  const byBook = new Map<string, BookRow>();
  for (const r of rows) {
    let b = byBook.get(r.book);
    if (!b)
      byBook.set(
        r.book,
        (b = { bookmaker: r.book, title: r.title, isExchange: r.is_exchange === 1, commission: r.commission, quotes: {}, margin: null }),
      );
    b.quotes[r.outcome] = { price: r.price, net: r.net, current: r.current, changedAt: r.changed_at, seenAt: r.seen_at };
  }
  const books = [...byBook.values()];
  // two books with one name (Betfair's UK and EU exchanges): tell them apart by their region
  // (betfair_ex_uk → "Betfair (UK)"), by their key when the region does not settle it
  const count = (names: string[]) => names.reduce((m, n) => m.set(n, (m.get(n) ?? 0) + 1), new Map<string, number>());
  const titles = count(books.map((b) => b.title));
  const dup = books.filter((b) => (titles.get(b.title) ?? 0) > 1);
  const region = (key: string) => /_([a-z]{2})$/.exec(key)?.[1]?.toUpperCase();
  const byRegion = dup.map((b) => `${b.title} (${region(b.bookmaker) ?? b.bookmaker})`);
  const regionCounts = count(byRegion);
  dup.forEach((b, i) => (b.title = (regionCounts.get(byRegion[i]!) ?? 0) > 1 ? `${b.title} (${b.bookmaker})` : byRegion[i]!));
  for (const b of books) {
    const prices = outcomes.map((o) => b.quotes[o]?.price);
    b.margin = prices.every((p): p is number => p !== undefined) && prices.length >= 2 ? marginOf(prices) : null;
  }
  const isCurrent = (b: BookRow) => Object.values(b.quotes).every((q) => q.current);
  // current books first (by margin), then the ones missing from the latest poll
  books.sort(
    (a, b) => Number(isCurrent(b)) - Number(isCurrent(a)) || (a.margin ?? 9) - (b.margin ?? 9) || a.bookmaker.localeCompare(b.bookmaker),
  );
  const best: MarketGrid['best'] = {};
  for (const o of outcomes) {
    const quoted = books.filter((b) => b.quotes[o]?.current);
    if (quoted.length === 0) continue;
    const top = Math.max(...quoted.map((b) => b.quotes[o]!.net));
    const winners = quoted.filter((b) => b.quotes[o]!.net === top);
    best[o] = {
      price: top,
      grossPrice: winners[0]!.quotes[o]!.price,
      bookmakers: winners.map((b) => b.bookmaker),
      titles: winners.map((b) => b.title),
    };
  }
  return { market: rows[0]!.market, point: lineOf(rows[0]!.market, rows[0]!.outcome, rows[0]!.point, e.home_team), outcomes, books, best };
}
