/**
 * What the odds store keeps in memory of each event: its book-markets with their current sets
 * of quotes (in the provider's order, so an unchanged answer costs a comparison per price), the
 * quotes that left their set, and the seen times. The scanners walk this board without a query.
 */
import type { WritableDb } from '../db/open-database';
import { bookMarketKey } from '../util/packed-keys';

export interface CachedQuote {
  id: number;
  price: number;
  active: boolean;
  name: string;
  point: number | null;
  description: string | null;
  changedAt: number;
  /** When it was first seen, once its price has moved (null: never moved). */
  firstAt: number | null;
  /**
   * Its recent prices as [at, price, at, price…] from its opening, when this process saw it
   * open (null when loaded from the database); at most HISTORY_KEPT entries, oldest dropped.
   */
  history: number[] | null;
}

/** Price changes remembered per quote (the drop scanner's peaks come from them). */
export const HISTORY_KEPT = 64;

/** Appends a price to a quote's history, keeping the last HISTORY_KEPT entries. */
export function remember(q: CachedQuote, at: number, price: number): void {
  if (!q.history) return;
  q.history.push(at, price);
  if (q.history.length > 2 * HISTORY_KEPT) q.history.splice(0, 2);
}

export interface CachedBookMarket {
  bookId: number;
  marketId: number;
  present: boolean;
  /** While absent: when it was last seen. */
  absentSeen: number | null;
  /** The ingest pass that last saw it (to find the ones missing from an answer). */
  pass: number;
  /** The book's current set for this market, in the order the provider last sent it (fast path). */
  slots: CachedQuote[];
}

/** One number per (book, market) of an event (util/packed-keys.ts: ids below 4096, checked). */
export { bookMarketKey };

export const quoteKey = (bmKey: number, name: string, point: number | null, description: string | null) =>
  bmKey + SEP + name + SEP + point + SEP + (description ?? '');

export interface CachedEvent {
  /** events.ref, 0 until the event is stored. */
  ref: number;
  id: string;
  sportKey: string;
  commenceTime: number;
  homeTeam: string;
  awayTeam: string;
  shape: string;
  lastSeen: number;
  /** book-market key (bookId|marketId) → state */
  bookMarkets: Map<number, CachedBookMarket>;
  /** Quotes that left their book's set (a moved line): they may come back. */
  inactive: { bmKey: number; quote: CachedQuote }[];
  /** Every quote of the event by quoteKey, built only when a lookup needs it. */
  index: Map<string, CachedQuote> | null;
  /** During its very first ingest, a new event has no quote outside the sets being built. */
  fresh: boolean;
  /** Bumped whenever the event's board changes (a price, a set, a book leaving or coming back). */
  version: number;
}

export const SEP = '\u0001';

/** Receives the board in memory: each event, then each of its book-markets, then its quotes. */
export interface BoardVisitor {
  event(ref: number, id: string, sportKey: string, commenceTime: number, homeTeam: string, awayTeam: string, lastSeenAt: number): void;
  /** absentSeen: when the book's market was last seen, if the latest response that had the event lacked it. */
  bookMarket(bookId: number, marketId: number, absentSeen: number | null): void;
  quote(
    id: number,
    outcome: string,
    point: number | null,
    price: number,
    changedAt: number,
    firstAt: number | null,
    history: readonly number[] | null,
  ): void;
}

export type QuoteCache = ReturnType<typeof createQuoteCache>;

export function createQuoteCache(db: WritableDb) {
  const st = {
    eventRef: db.prepare(`SELECT ref, sport_key, commence_time, home_team, away_team, last_seen_at FROM events WHERE id = ?`),
    upcomingEvents: db.prepare(`SELECT id FROM events WHERE commence_time > ? AND completed = 0`).pluck(),
    eventQuotes: db.prepare(
      `SELECT id, bookmaker_id, market_id, outcome, point, description, price, active, changed_at, first_at FROM quotes WHERE event_ref = ?`,
    ),
    eventAbsences: db.prepare(`SELECT bookmaker_id, market_id, last_seen_at FROM book_market_absences WHERE event_ref = ?`),
  };
  const events = new Map<string, CachedEvent>();
  let warmed = false;

  /** First sight of an event in this process: load what the database knows of it. */
  function loadEvent(eventId: string): CachedEvent {
    const bookMarkets = new Map<number, CachedBookMarket>();
    const inactive: CachedEvent['inactive'] = [];
    const row = st.eventRef.get(eventId) as
      { ref: number; sport_key: string; commence_time: number; home_team: string; away_team: string; last_seen_at: number } | undefined;
    const ev: CachedEvent = {
      ref: row?.ref ?? 0,
      id: eventId,
      sportKey: row?.sport_key ?? '',
      commenceTime: row?.commence_time ?? 0,
      homeTeam: row?.home_team ?? '',
      awayTeam: row?.away_team ?? '',
      shape: '',
      lastSeen: row?.last_seen_at ?? 0,
      bookMarkets,
      inactive,
      index: null,
      fresh: !row,
      version: 0,
    };
    if (!row) return ev;
    const absent = new Map(
      (st.eventAbsences.all(row.ref) as { bookmaker_id: number; market_id: number; last_seen_at: number }[]).map((r) => [
        bookMarketKey(r.bookmaker_id, r.market_id),
        r.last_seen_at,
      ]),
    );
    for (const r of st.eventQuotes.all(row.ref) as {
      id: number;
      bookmaker_id: number;
      market_id: number;
      outcome: string;
      point: number | null;
      description: string | null;
      price: number;
      active: number;
      changed_at: number;
      first_at: number | null;
    }[]) {
      const bm = bookMarketKey(r.bookmaker_id, r.market_id);
      const q: CachedQuote = {
        id: r.id,
        price: r.price,
        active: r.active === 1,
        name: r.outcome,
        point: r.point,
        description: r.description,
        changedAt: r.changed_at,
        firstAt: r.first_at,
        history: null,
      };
      if (!q.active) {
        inactive.push({ bmKey: bm, quote: q });
        continue;
      }
      let state = bookMarkets.get(bm);
      if (!state) {
        const gone = absent.get(bm);
        bookMarkets.set(
          bm,
          (state = {
            bookId: r.bookmaker_id,
            marketId: r.market_id,
            present: gone === undefined,
            absentSeen: gone ?? null,
            pass: 0,
            slots: [],
          }),
        );
      }
      state.slots.push(q);
    }
    return ev;
  }

  /**
   * The quote of an outcome: the slot at the same place when the book sent the same set, else a
   * lookup. `building` is the set being built for this book-market (an outcome twice in one answer).
   */
  function findQuote(
    ev: CachedEvent,
    bm: CachedBookMarket,
    bmKey: number,
    i: number,
    name: string,
    point: number | null,
    description: string | null,
    building: CachedQuote[],
  ): CachedQuote | undefined {
    const slot = bm.slots[i];
    if (slot !== undefined && slot.name === name && slot.point === point && slot.description === description) return slot;
    if (ev.fresh) {
      // a new event's first answer: only this set can already hold the outcome (no string keys, no index)
      for (const q of building) if (q.name === name && q.point === point && q.description === description) return q;
      return undefined;
    }
    if (ev.index === null) {
      ev.index = new Map();
      for (const [k, b] of ev.bookMarkets) for (const q of b.slots) ev.index.set(quoteKey(k, q.name, q.point, q.description), q);
      for (const { bmKey: k, quote: q } of ev.inactive) ev.index.set(quoteKey(k, q.name, q.point, q.description), q);
    }
    return ev.index.get(quoteKey(bmKey, name, point, description));
  }

  return {
    /** The cached event, loaded from the database the first time this process sees it. */
    event(eventId: string): CachedEvent {
      let ev = events.get(eventId);
      if (!ev) events.set(eventId, (ev = loadEvent(eventId)));
      return ev;
    },
    findQuote,
    /** The event as cached (no load): its ref, kick-off and board version, for the scanners' change check. */
    peek(eventId: string): Readonly<CachedEvent> | undefined {
      return events.get(eventId);
    },
    clear(): void {
      events.clear();
      warmed = false;
    },
    /**
     * Walks the active board of upcoming events as held in memory — what the scanners read after
     * every collection, without a query and without a row object per price. The first call loads
     * the upcoming events this process has not seen yet. Props (quotes with a player) are left out.
     */
    visit(now: number, eventIds: ReadonlySet<string> | null, marketIds: ReadonlySet<number>, v: BoardVisitor): void {
      if (!warmed) {
        warmed = true;
        for (const id of st.upcomingEvents.all(now) as string[]) if (!events.has(id)) events.set(id, loadEvent(id));
      }
      for (const ev of events.values()) {
        if (ev.ref === 0 || ev.commenceTime <= now || (eventIds && !eventIds.has(ev.id))) continue;
        v.event(ev.ref, ev.id, ev.sportKey, ev.commenceTime, ev.homeTeam, ev.awayTeam, ev.lastSeen);
        for (const bm of ev.bookMarkets.values()) {
          if (!marketIds.has(bm.marketId) || bm.slots.length === 0) continue;
          v.bookMarket(bm.bookId, bm.marketId, bm.present ? null : bm.absentSeen);
          for (const q of bm.slots) if (q.description === null) v.quote(q.id, q.name, q.point, q.price, q.changedAt, q.firstAt, q.history);
        }
      }
    },
  };
}
