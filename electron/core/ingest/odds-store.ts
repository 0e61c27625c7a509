/**
 * The collector's hot path: stores a provider snapshot into the latest board and the odds
 * history, writing a history row only when a quote's price changes. Keeps small in-memory
 * maps (ids, current prices) so a poll in which nothing moved costs one lookup per price and
 * one write per (event, book, market).
 */
import type { WritableDb } from '../db/open-database';
import type { NormalizedEvent } from '../providers/types';
import { isExchangeKey, outcomesMatchEvent } from './market-shape';

export interface Snapshot {
  sportKey: string;
  sportTitle?: string | null;
  observedAt: number;
  events: NormalizedEvent[];
}

export interface IngestResult {
  events: number;
  pricesSeen: number;
  pricesChanged: number;
  /** Markets skipped because their outcomes do not match the event's teams. */
  skippedMarkets: number;
  /** Prices skipped because they are not finite numbers ≥ 1. */
  skippedPrices: number;
}

interface CachedQuote {
  id: number;
  price: number;
  active: boolean;
}

const SEP = '\u0001';

export type OddsStore = ReturnType<typeof createOddsStore>;

export function createOddsStore(db: WritableDb) {
  const st = {
    upsertSport: db.prepare(
      `INSERT INTO sports (key, title, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET title = CASE WHEN excluded.title <> excluded.key THEN excluded.title ELSE sports.title END, updated_at = excluded.updated_at`,
    ),
    upsertEvent: db.prepare(
      `INSERT INTO events (id, sport_key, commence_time, home_team, away_team, first_seen_at, last_seen_at)
       VALUES (@id, @sport, @commence, @home, @away, @at, @at)
       ON CONFLICT(id) DO UPDATE SET commence_time = excluded.commence_time, home_team = excluded.home_team,
         away_team = excluded.away_team, last_seen_at = max(events.last_seen_at, excluded.last_seen_at)`,
    ),
    touchEvent: db.prepare(`UPDATE events SET last_seen_at = max(last_seen_at, ?) WHERE id = ?`),
    insertBook: db.prepare(`INSERT INTO bookmakers (key, title, is_exchange) VALUES (?, ?, ?) RETURNING id`),
    insertMarket: db.prepare(`INSERT INTO markets (key) VALUES (?) RETURNING id`),
    eventQuotes: db.prepare(
      `SELECT id, bookmaker_id, market_id, outcome, point, description, price, active FROM quotes WHERE event_id = ?`,
    ),
    insertQuote: db.prepare(
      `INSERT INTO quotes (event_id, bookmaker_id, market_id, outcome, point, description, price, changed_at, seen_at, active)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id`,
    ),
    updateQuotePrice: db.prepare(`UPDATE quotes SET price = ?, changed_at = ?, seen_at = ?, active = 1 WHERE id = ?`),
    reactivateQuote: db.prepare(`UPDATE quotes SET active = 1, seen_at = ? WHERE id = ?`),
    deactivateQuote: db.prepare(`UPDATE quotes SET active = 0 WHERE id = ?`),
    insertChange: db.prepare(
      `INSERT INTO price_changes (quote_id, observed_at, price) VALUES (?, ?, ?)
       ON CONFLICT(quote_id, observed_at) DO UPDATE SET price = excluded.price`,
    ),
    seeBookMarket: db.prepare(
      `INSERT INTO book_markets (event_id, bookmaker_id, market_id, seen_at, provider_update) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(event_id, bookmaker_id, market_id) DO UPDATE SET
         seen_at = max(book_markets.seen_at, excluded.seen_at), provider_update = excluded.provider_update`,
    ),
    // before deactivation, the book-market's last sighting becomes the quote's own seen_at
    freezeSeen: db.prepare(
      `UPDATE quotes SET seen_at = (SELECT seen_at FROM book_markets b WHERE b.event_id = quotes.event_id
         AND b.bookmaker_id = quotes.bookmaker_id AND b.market_id = quotes.market_id) WHERE id = ?`,
    ),
  };

  const bookIds = new Map<string, number>(
    (db.prepare(`SELECT key, id FROM bookmakers`).all() as { key: string; id: number }[]).map((r) => [r.key, r.id]),
  );
  const marketIds = new Map<string, number>(
    (db.prepare(`SELECT key, id FROM markets`).all() as { key: string; id: number }[]).map((r) => [r.key, r.id]),
  );
  const knownSports = new Set<string>();
  const eventShape = new Map<string, string>();
  const quotes = new Map<string, CachedQuote>();
  const quotesById = new Map<number, CachedQuote>();
  const loadedEvents = new Set<string>();
  /** book-market key → quote ids in its current set */
  const bookMarketSets = new Map<string, number[]>();

  function bookId(key: string, title: string): number {
    let id = bookIds.get(key);
    if (id === undefined) {
      id = (st.insertBook.get(key, title || key, isExchangeKey(key) ? 1 : 0) as { id: number }).id;
      bookIds.set(key, id);
    }
    return id;
  }

  function marketId(key: string): number {
    let id = marketIds.get(key);
    if (id === undefined) {
      id = (st.insertMarket.get(key) as { id: number }).id;
      marketIds.set(key, id);
    }
    return id;
  }

  function loadEvent(eventId: string): void {
    if (loadedEvents.has(eventId)) return;
    loadedEvents.add(eventId);
    const rows = st.eventQuotes.all(eventId) as {
      id: number; bookmaker_id: number; market_id: number; outcome: string;
      point: number | null; description: string | null; price: number; active: number;
    }[];
    const sets = new Map<string, number[]>();
    for (const r of rows) {
      const bm = eventId + SEP + r.bookmaker_id + SEP + r.market_id;
      const q = { id: r.id, price: r.price, active: r.active === 1 };
      quotes.set(bm + SEP + r.outcome + SEP + r.point + SEP + (r.description ?? ''), q);
      quotesById.set(r.id, q);
      if (r.active === 1) {
        const s = sets.get(bm) ?? [];
        s.push(r.id);
        sets.set(bm, s);
      }
    }
    for (const [k, v] of sets) bookMarketSets.set(k, v);
  }

  function ingestOne(snap: Snapshot, result: IngestResult): void {
    const at = snap.observedAt;
    if (!knownSports.has(snap.sportKey)) {
      st.upsertSport.run(snap.sportKey, snap.sportTitle || snap.events[0]?.sportTitle || snap.sportKey, at);
      knownSports.add(snap.sportKey);
    }
    for (const ev of snap.events) {
      const shape = ev.commenceTime + SEP + ev.homeTeam + SEP + ev.awayTeam;
      if (eventShape.get(ev.id) !== shape) {
        if (ev.sportKey !== snap.sportKey && !knownSports.has(ev.sportKey)) {
          st.upsertSport.run(ev.sportKey, ev.sportTitle || ev.sportKey, at);
          knownSports.add(ev.sportKey);
        }
        st.upsertEvent.run({ id: ev.id, sport: ev.sportKey || snap.sportKey, commence: ev.commenceTime, home: ev.homeTeam, away: ev.awayTeam, at });
        eventShape.set(ev.id, shape);
      } else {
        st.touchEvent.run(at, ev.id);
      }
      loadEvent(ev.id);
      result.events++;
      for (const book of ev.bookmakers) {
        const bId = bookId(book.key, book.title);
        for (const market of book.markets) {
          if (!outcomesMatchEvent(market, ev.homeTeam, ev.awayTeam)) {
            result.skippedMarkets++;
            continue;
          }
          const mId = marketId(market.key);
          const bm = ev.id + SEP + bId + SEP + mId;
          const current: number[] = [];
          for (const o of market.outcomes) {
            if (!Number.isFinite(o.price) || o.price < 1) {
              result.skippedPrices++;
              continue;
            }
            result.pricesSeen++;
            const key = bm + SEP + o.name + SEP + o.point + SEP + (o.description ?? '');
            const cached = quotes.get(key);
            if (cached === undefined) {
              const id = (st.insertQuote.get(ev.id, bId, mId, o.name, o.point, o.description, o.price, at, at) as { id: number }).id;
              st.insertChange.run(id, at, o.price);
              const q = { id, price: o.price, active: true };
              quotes.set(key, q);
              quotesById.set(id, q);
              result.pricesChanged++;
              current.push(id);
            } else {
              if (cached.price !== o.price) {
                st.updateQuotePrice.run(o.price, at, at, cached.id);
                st.insertChange.run(cached.id, at, o.price);
                cached.price = o.price;
                cached.active = true;
                result.pricesChanged++;
              } else if (!cached.active) {
                st.reactivateQuote.run(at, cached.id);
                cached.active = true;
              }
              current.push(cached.id);
            }
          }
          st.seeBookMarket.run(ev.id, bId, mId, at, market.lastUpdate ?? book.lastUpdate);
          const previous = bookMarketSets.get(bm);
          if (previous && !sameIds(previous, current)) {
            const now = new Set(current);
            for (const id of previous) {
              if (now.has(id)) continue;
              st.freezeSeen.run(id);
              st.deactivateQuote.run(id);
              const q = quotesById.get(id);
              if (q) q.active = false;
            }
          }
          bookMarketSets.set(bm, current);
        }
      }
    }
  }

  const ingestMany = db.transaction((snaps: Snapshot[], result: IngestResult) => {
    for (const s of snaps) ingestOne(s, result);
  });

  return {
    /** Stores snapshots atomically: all of them or, on any error, none. */
    ingest(snaps: Snapshot | Snapshot[]): IngestResult {
      const result: IngestResult = { events: 0, pricesSeen: 0, pricesChanged: 0, skippedMarkets: 0, skippedPrices: 0 };
      try {
        ingestMany(Array.isArray(snaps) ? snaps : [snaps], result);
      } catch (e) {
        // the transaction rolled back: the caches may hold rows that no longer exist
        this.resetCaches();
        throw e;
      }
      return result;
    },
    /** Forgets everything cached (after a rollback or a restore). */
    resetCaches(): void {
      bookIds.clear();
      marketIds.clear();
      for (const r of db.prepare(`SELECT key, id FROM bookmakers`).all() as { key: string; id: number }[]) bookIds.set(r.key, r.id);
      for (const r of db.prepare(`SELECT key, id FROM markets`).all() as { key: string; id: number }[]) marketIds.set(r.key, r.id);
      knownSports.clear();
      eventShape.clear();
      quotes.clear();
      quotesById.clear();
      loadedEvents.clear();
      bookMarketSets.clear();
    },
  };
}

function sameIds(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
