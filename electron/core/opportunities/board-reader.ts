/**
 * Reads the active board for the scanners in one query (plus the small dictionaries), applies
 * the guards quote by quote and groups what passes by event and market line. No query per
 * event: the scan over 1,000 events × 20 books × 3 markets stays in memory.
 */
import type { OpportunitySettings } from '../../../shared/domain/opportunities';
import type { ReadableDb } from '../db/open-database';
import { lineOf } from '../board/grid-math';
import { commissionOf, netPrice, outcomeFits, outcomeOrder } from './guards';
import { emptySkips, type ScanEvent, type ScanMarket, type ScanMarketKey, type SkipCounts } from './types';

/** One number per (event, book, market): refs below 2^29, ids below 4096. */
const bmKey = (ref: number, book: number, market: number): number => (ref * 4096 + book) * 4096 + market;

const SCANNED: readonly ScanMarketKey[] = ['h2h', 'spreads', 'totals'];

/** What one read gives the scanners. */
export interface BoardRead {
  events: ScanEvent[];
  markets: ScanMarket[];
  skipped: SkipCounts;
  /**
   * Quotes whose peak price the drop scanner needs: those that moved in their event's latest
   * collection within the drop window (a new drop can only start with a move), and the watched
   * ones (the quotes of the drops found by the previous scan, to see whether they still hold).
   */
  movedIds: number[];
}

type QuoteRaw = [id: number, ref: number, bookId: number, marketId: number, outcome: string, point: number | null, price: number, changedAt: number, firstAt: number | null];

export function createBoardReader(db: ReadableDb) {
  // scope: null = every upcoming event; else a JSON array of event ids
  const eventsWhere = `e.commence_time > @now AND e.completed = 0 AND (@scope IS NULL OR e.id IN (SELECT value FROM json_each(@scope)))`;
  const eventsStmt = db.prepare(
    `SELECT e.ref, e.id, e.sport_key, s.title, e.commence_time, e.home_team, e.away_team, e.last_seen_at
     FROM events e JOIN sports s ON s.key = e.sport_key WHERE ${eventsWhere}`,
  ).raw(true);
  const quotesStmt = db.prepare(
    `SELECT q.id, q.event_ref, q.bookmaker_id, q.market_id, q.outcome, q.point, q.price, q.changed_at, q.first_at FROM quotes q
     WHERE q.active = 1 AND q.description IS NULL AND q.market_id IN (SELECT value FROM json_each(@markets))
       AND q.event_ref IN (SELECT e.ref FROM events e WHERE ${eventsWhere})`,
  ).raw(true);
  const absencesStmt = db.prepare(
    `SELECT a.event_ref, a.bookmaker_id, a.market_id, a.last_seen_at FROM book_market_absences a
     WHERE a.event_ref IN (SELECT e.ref FROM events e WHERE ${eventsWhere})`,
  ).raw(true);
  const booksStmt = db.prepare(`SELECT id, key, title, is_exchange FROM bookmakers`).raw(true);
  const marketsStmt = db.prepare(`SELECT id, key FROM markets`).raw(true);

  return {
    /** The scanned board at `now`: upcoming events (all, or those of `eventIds`), guarded and grouped. */
    read(now: number, s: OpportunitySettings, eventIds: string[] | null, watched: ReadonlySet<number> = new Set()): BoardRead {
      const scope = eventIds ? JSON.stringify(eventIds) : null;
      const skipped = emptySkips();
      const marketKeys = new Map<number, ScanMarketKey>();
      for (const [id, key] of marketsStmt.all() as [number, string][]) {
        if ((SCANNED as string[]).includes(key)) marketKeys.set(id, key as ScanMarketKey);
      }
      const mine = s.myBookmakers.length ? new Set(s.myBookmakers) : null;
      const books = new Map<number, { key: string; title: string; isExchange: boolean; commission: number; mine: boolean }>();
      for (const [id, key, title, ex] of booksStmt.all() as [number, string, string, number][]) {
        books.set(id, { key, title, isExchange: ex === 1, commission: commissionOf(key, ex === 1, s), mine: !mine || mine.has(key) });
      }
      const events = new Map<number, ScanEvent & { lastSeenAt: number }>();
      for (const [ref, id, sport, title, commence, home, away, seen] of eventsStmt.all({ now, scope }) as [number, string, string, string, number, string, string, number][]) {
        events.set(ref, { ref, id, sportKey: sport, sportTitle: title, commenceTime: commence, homeTeam: home, awayTeam: away, lastSeenAt: seen });
      }
      // numeric keys (no string per row): the board can hold 140,000 quotes
      const absent = new Map<number, number>();
      for (const [ref, b, m, seen] of absencesStmt.all({ now, scope }) as [number, number, number, number][]) absent.set(bmKey(ref, b, m), seen);

      const minSeen = now - s.maxQuoteAgeMinutes * 60_000;
      const movedSince = now - s.dropWindowMinutes * 60_000;
      const movedIds: number[] = [];
      const markets: ScanMarket[] = [];
      const byEvent = new Map<number, Map<number, Map<number | null, ScanMarket>>>();
      const unmatched = new Set<string>();
      const rows = quotesStmt.all({ now, scope, markets: JSON.stringify([...marketKeys.keys()]) }) as QuoteRaw[];
      for (const [id, ref, bookId, marketId, outcome, point, price, changedAt, firstAt] of rows) {
        const ev = events.get(ref);
        const book = books.get(bookId);
        const market = marketKeys.get(marketId);
        if (!ev || !book || !market) continue;
        if (!book.mine) { skipped.otherBooks++; continue; }
        if (!(price > s.placeholderMaxPrice) || !Number.isFinite(price)) { skipped.placeholders++; continue; }
        const line = lineOf(market, outcome, point, ev.homeTeam);
        if (!outcomeFits(market, outcome, ev.homeTeam, ev.awayTeam)) { unmatched.add(`${ref}|${market}|${line}`); continue; }
        const seenAt = absent.get(bmKey(ref, bookId, marketId)) ?? ev.lastSeenAt;
        // stale, or not in the latest collection that contained the event: every leg must come from the same one
        if (seenAt < minSeen || seenAt !== ev.lastSeenAt) { skipped.stale++; continue; }
        let evMarkets = byEvent.get(ref);
        if (!evMarkets) byEvent.set(ref, (evMarkets = new Map()));
        let lines = evMarkets.get(marketId);
        if (!lines) evMarkets.set(marketId, (lines = new Map()));
        let g = lines.get(line);
        if (!g) {
          lines.set(line, (g = { event: ev, market, line, outcomes: outcomeOrder(market, false, ev.homeTeam, ev.awayTeam), quotes: [] }));
          markets.push(g);
        }
        if (outcome === 'Draw' && g.outcomes.length === 2) g.outcomes = outcomeOrder(market, true, ev.homeTeam, ev.awayTeam);
        g.quotes.push({
          quoteId: id, bookmaker: book.key, bookmakerTitle: book.title, isExchange: book.isExchange, outcome, point, price,
          commission: book.commission, effectivePrice: book.commission ? netPrice(price, book.commission) : price, changedAt, seenAt,
        });
        if (firstAt !== null && changedAt >= movedSince && (changedAt === ev.lastSeenAt || watched.has(id))) movedIds.push(id);
      }
      skipped.unmatched = unmatched.size;
      return { events: [...events.values()], markets, skipped, movedIds };
    },
  };
}
