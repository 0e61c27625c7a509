/**
 * The collector's hot path: stores a provider snapshot into the latest board and the odds
 * history. A new quote is one row (its first price opens its history); a moved price is one
 * history row and one update; a price that did not move costs a comparison and no write. Seen
 * times cost one write per event and poll (see book_market_absences in migration 0010).
 */
import type { WritableDb } from '../db/open-database';
import type { NormalizedEvent } from '../providers/types';
import { isExchangeKey, outcomesMatchEvent } from './market-shape';
import { isSanePrice } from './price-sanity';
import { bookMarketKey, createQuoteCache, quoteKey, remember, SEP, type BoardVisitor, type CachedQuote } from './quote-cache';

export type { BoardVisitor } from './quote-cache';

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
  /** Prices dropped as absurd: not a number, ≤ 1.0 or above the ceiling (price-sanity.ts). */
  skippedPrices: number;
  /**
   * Events skipped because this snapshot is older than their last stored sighting (a replay of
   * a recording, or of a piece of it, already stored): they change nothing.
   */
  staleEvents: number;
  /** Their ids, when there are any (so a replay does not scan them again). */
  staleIds?: string[];
}

export type OddsStore = ReturnType<typeof createOddsStore>;

export function createOddsStore(db: WritableDb) {
  const st = {
    upsertSport: db.prepare(
      `INSERT INTO sports (key, title, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET title = CASE WHEN excluded.title <> excluded.key THEN excluded.title ELSE sports.title END,
         updated_at = excluded.updated_at`,
    ),
    upsertEvent: db.prepare(
      `INSERT INTO events (id, sport_key, commence_time, home_team, away_team, first_seen_at, last_seen_at)
       VALUES (@id, @sport, @commence, @home, @away, @at, @at)
       ON CONFLICT(id) DO UPDATE SET commence_time = excluded.commence_time, home_team = excluded.home_team,
         away_team = excluded.away_team, last_seen_at = max(events.last_seen_at, excluded.last_seen_at)
       RETURNING ref`,
    ),
    touchEvent: db.prepare(`UPDATE events SET last_seen_at = max(last_seen_at, ?) WHERE ref = ?`),
    // another process (a CLI import next to the running app) may have added it: never fail on that
    insertBook: db.prepare(
      `INSERT INTO bookmakers (key, title, is_exchange) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET key = excluded.key RETURNING id`,
    ),
    insertMarket: db.prepare(`INSERT INTO markets (key) VALUES (?) ON CONFLICT(key) DO UPDATE SET key = excluded.key RETURNING id`),
    insertQuote: db.prepare(
      `INSERT INTO quotes (event_ref, bookmaker_id, market_id, outcome, point, description, price, changed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    // the first move keeps the opening observation in first_at / first_price
    updateQuotePrice: db.prepare(
      `UPDATE quotes SET first_price = coalesce(first_price, price), first_at = coalesce(first_at, changed_at),
         price = ?, changed_at = ?, active = 1, left_at = NULL WHERE id = ?`,
    ),
    reactivateQuote: db.prepare(`UPDATE quotes SET active = 1, left_at = NULL WHERE id = ?`),
    deactivateQuote: db.prepare(`UPDATE quotes SET active = 0, left_at = ? WHERE id = ?`),
    insertChange: db.prepare(`INSERT OR REPLACE INTO price_changes (quote_id, observed_at, price) VALUES (?, ?, ?)`),
    bookMarketBack: db.prepare(`DELETE FROM book_market_absences WHERE event_ref = ? AND bookmaker_id = ? AND market_id = ?`),
    bookMarketGone: db.prepare(
      `INSERT OR REPLACE INTO book_market_absences (event_ref, bookmaker_id, market_id, last_seen_at) VALUES (?, ?, ?, ?)`,
    ),
  };

  const bookIds = new Map<string, number>();
  const marketIds = new Map<string, number>();
  const knownSports = new Set<string>();
  const cache = createQuoteCache(db);
  /** Counts events ingested, so a book-market knows whether this answer had it. */
  let pass = 0;

  function loadDictionaries(): void {
    for (const r of db.prepare(`SELECT key, id FROM bookmakers`).all() as { key: string; id: number }[]) bookIds.set(r.key, r.id);
    for (const r of db.prepare(`SELECT key, id FROM markets`).all() as { key: string; id: number }[]) marketIds.set(r.key, r.id);
  }
  loadDictionaries();

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

  function ingestOne(snap: Snapshot, result: IngestResult, replaying: boolean): void {
    const at = snap.observedAt;
    if (!knownSports.has(snap.sportKey)) {
      st.upsertSport.run(snap.sportKey, snap.sportTitle || snap.events[0]?.sportTitle || snap.sportKey, at);
      knownSports.add(snap.sportKey);
    }
    for (const ev of snap.events) {
      const sport = ev.sportKey || snap.sportKey;
      if (!knownSports.has(sport)) {
        st.upsertSport.run(sport, ev.sportTitle || sport, at);
        knownSports.add(sport);
      }
      const cached = cache.event(ev.id);
      if (cached.ref !== 0 && (at < cached.lastSeen || (replaying && at === cached.lastSeen))) {
        // already stored from a later answer: an older snapshot must not rewrite its history
        result.staleEvents++;
        (result.staleIds ??= []).push(ev.id);
        continue;
      }
      const previousSighting = cached.lastSeen;
      const shape = ev.commenceTime + SEP + ev.homeTeam + SEP + ev.awayTeam + SEP + sport;
      if (cached.shape !== shape) {
        cached.ref = (
          st.upsertEvent.get({ id: ev.id, sport, commence: ev.commenceTime, home: ev.homeTeam, away: ev.awayTeam, at }) as { ref: number }
        ).ref;
        cached.shape = shape;
        cached.sportKey = sport;
        cached.commenceTime = ev.commenceTime;
        cached.homeTeam = ev.homeTeam;
        cached.awayTeam = ev.awayTeam;
      } else {
        st.touchEvent.run(at, cached.ref);
      }
      const ref = cached.ref;
      cached.lastSeen = Math.max(cached.lastSeen, at);
      result.events++;
      const thisPass = ++pass;
      for (const book of ev.bookmakers) {
        const bId = bookId(book.key, book.title);
        for (const market of book.markets) {
          if (!outcomesMatchEvent(market, ev.homeTeam, ev.awayTeam)) {
            result.skippedMarkets++;
            continue;
          }
          const mId = marketId(market.key);
          const bmKey = bookMarketKey(bId, mId);
          let bm = cached.bookMarkets.get(bmKey);
          if (!bm)
            cached.bookMarkets.set(bmKey, (bm = { bookId: bId, marketId: mId, present: true, absentSeen: null, pass: 0, slots: [] }));
          const slots: CachedQuote[] = [];
          let sameSet = bm.slots.length === market.outcomes.length;
          for (let i = 0; i < market.outcomes.length; i++) {
            const o = market.outcomes[i];
            if (!isSanePrice(o.price)) {
              result.skippedPrices++;
              sameSet = false;
              continue;
            }
            result.pricesSeen++;
            const description = o.description ?? null;
            let q = cache.findQuote(cached, bm, bmKey, i, o.name, o.point, description, slots);
            if (q === undefined) {
              const id = Number(st.insertQuote.run(ref, bId, mId, o.name, o.point, description, o.price, at).lastInsertRowid);
              q = {
                id,
                price: o.price,
                active: true,
                name: o.name,
                point: o.point,
                description,
                changedAt: at,
                firstAt: null,
                history: [at, o.price],
              };
              cached.index?.set(quoteKey(bmKey, o.name, o.point, description), q);
              result.pricesChanged++;
              cached.version++;
              sameSet = false;
            } else {
              if (q.price !== o.price) {
                st.updateQuotePrice.run(o.price, at, q.id);
                st.insertChange.run(q.id, at, o.price);
                q.firstAt ??= q.changedAt;
                remember(q, at, o.price);
                q.changedAt = at;
                q.price = o.price;
                q.active = true;
                result.pricesChanged++;
                cached.version++;
              } else if (!q.active) {
                st.reactivateQuote.run(q.id);
                cached.version++;
                q.active = true;
              }
              if (sameSet && bm.slots[i] !== q) sameSet = false;
            }
            slots.push(q);
          }
          bm.pass = thisPass;
          if (!bm.present) {
            st.bookMarketBack.run(ref, bId, mId);
            cached.version++;
            bm.present = true;
            bm.absentSeen = null;
          }
          if (!sameSet) {
            if (bm.slots.length) {
              const keep = new Set(slots);
              for (const old of bm.slots) {
                if (keep.has(old)) continue;
                st.deactivateQuote.run(previousSighting, old.id);
                cached.version++;
                old.active = false;
                cached.inactive.push({ bmKey, quote: old });
              }
            }
            bm.slots = slots;
          }
        }
      }
      // a book-market missing from this response was last seen at the previous sighting
      for (const bm of cached.bookMarkets.values()) {
        if (!bm.present || bm.pass === thisPass) continue;
        st.bookMarketGone.run(ref, bm.bookId, bm.marketId, previousSighting);
        cached.version++;
        bm.present = false;
        bm.absentSeen = previousSighting;
      }
      cached.fresh = false;
    }
  }

  const ingestMany = db.transaction((snaps: Snapshot[], result: IngestResult, replaying: boolean) => {
    for (const s of snaps) ingestOne(s, result, replaying);
  });

  function resetCaches(): void {
    bookIds.clear();
    marketIds.clear();
    loadDictionaries();
    knownSports.clear();
    cache.clear();
  }

  return {
    /**
     * Stores snapshots atomically: all of them or, on any error, none. An event in a snapshot
     * older than its last stored sighting is skipped (counted in staleEvents); with `replaying`,
     * one at exactly its last sighting too (the same recorded answer again). Live collection
     * keeps an equal time: two answers of one poll may carry the same event.
     */
    ingest(snaps: Snapshot | Snapshot[], opts: { replaying?: boolean } = {}): IngestResult {
      const result: IngestResult = { events: 0, pricesSeen: 0, pricesChanged: 0, skippedMarkets: 0, skippedPrices: 0, staleEvents: 0 };
      try {
        ingestMany(Array.isArray(snaps) ? snaps : [snaps], result, opts.replaying === true);
      } catch (e) {
        // the transaction rolled back: the caches may hold rows that no longer exist
        resetCaches();
        throw e;
      }
      return result;
    },
    /** Forgets everything cached (after a rollback or a restore). */
    resetCaches,
    /**
     * Walks the active board of upcoming events as held in memory (see quote-cache.ts): what
     * the scanners read after every collection, without a query.
     */
    visitActiveBoard(now: number, eventIds: ReadonlySet<string> | null, marketIds: ReadonlySet<number>, v: BoardVisitor): void {
      cache.visit(now, eventIds, marketIds, v);
    },
    /**
     * A signature of each upcoming event's board among `eventIds` (changes whenever a price, a
     * set or a book's presence changes), from memory; events this process has not seen are left out.
     */
    boardVersions(eventIds: readonly string[], now: number): [id: string, ref: number, signature: string][] {
      const out: [string, number, string][] = [];
      for (const id of eventIds) {
        const ev = cache.peek(id);
        if (ev && ev.ref !== 0 && ev.commenceTime > now) out.push([id, ev.ref, `v${ev.version}`]);
      }
      return out;
    },
  };
}
