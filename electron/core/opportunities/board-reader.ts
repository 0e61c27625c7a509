/**
 * Reads the active board for the scanners — from the odds store's memory, the one path (no
 * query per quote; the store rebuilds its memory from SQLite when it opens) — plus the small
 * dictionaries (books, markets, sports), applies
 * the guards quote by quote and groups what passes by event and market line. No query per
 * event: the scan over 1,000 events × 20 books × 3 markets stays in memory.
 */
import type { OpportunitySettings } from '../../../shared/domain/opportunities';
import type { ReadableDb } from '../db/open-database';
import type { BoardVisitor, OddsStore } from '../ingest/odds-store';

interface BookInfo {
  key: string;
  title: string;
  isExchange: boolean;
  commission: number;
  /** The user has an account there (every book when "my books" is empty). */
  mine: boolean;
  /** Read: a book of mine, or a sharp reference (referenceBook, secondSharps) read only as a reference. */
  readable: boolean;
}
import { outcomeFits } from '../ingest/market-shape';
import { commissionOf, netPrice, outcomeOrder } from './guards';
import { emptySkips, type ScanEvent, type ScanMarket, type ScanMarketKey, type ScanQuote, type SkipCounts } from './types';
import { MAIN_MARKETS } from '../../../shared/domain/markets';

const SCANNED: readonly ScanMarketKey[] = MAIN_MARKETS;

/** What one read gives the scanners. */
export interface BoardRead {
  events: ScanEvent[];
  /** The market lines read (empty when they were handed to `onEvent` as they were read). */
  markets: ScanMarket[];
  marketCount: number;
  /** The quotes of `movedIds` with their line and recent prices (when in memory), for the drop scanner. */
  moved: { market: ScanMarket; quote: ScanQuote; history: readonly number[] | null }[];
  skipped: SkipCounts;
  /**
   * Quotes whose peak price the drop scanner needs: those that moved in their event's latest
   * collection within the drop window (a new drop can only start with a move), and the watched
   * ones (the quotes of the drops found by the previous scan, to see whether they still hold).
   */
  movedIds: number[];
}

export function createBoardReader(db: ReadableDb, odds: OddsStore) {
  const booksStmt = db.prepare(`SELECT id, key, title, is_exchange FROM bookmakers`).raw(true);
  const marketsStmt = db.prepare(`SELECT id, key FROM markets`).raw(true);
  const sportsStmt = db.prepare(`SELECT key, title FROM sports`).raw(true);

  return {
    /**
     * The scanned board at `now`: upcoming events (all, or those of `eventIds`), guarded and
     * grouped. With `onEvent`, each event's lines are handed over as soon as they are read (and
     * not kept), so a full scan never holds every price of the board at once.
     */
    read(
      now: number,
      s: OpportunitySettings,
      eventIds: string[] | null,
      watched: ReadonlySet<number> = new Set(),
      onEvent?: (lines: ScanMarket[]) => void,
    ): BoardRead {
      const skipped = emptySkips();
      const marketKeys = new Map<number, ScanMarketKey>();
      for (const [id, key] of marketsStmt.all() as [number, string][]) {
        if ((SCANNED as string[]).includes(key)) marketKeys.set(id, key as ScanMarketKey);
      }
      const mine = s.myBookmakers.length ? new Set(s.myBookmakers) : null;
      // sharp books stay readable as references even when the user has no account there
      const isReference = (key: string) => key === s.referenceBook || s.secondSharps.some((p) => key.startsWith(p));
      const books = new Map<number, BookInfo>();
      for (const [id, key, title, ex] of booksStmt.all() as [number, string, string, number][]) {
        const own = !mine || mine.has(key);
        books.set(id, {
          key,
          title,
          isExchange: ex === 1,
          commission: commissionOf(key, ex === 1, s),
          mine: own,
          readable: own || isReference(key),
        });
      }
      const minSeen = now - s.maxQuoteAgeMinutes * 60_000;
      const movedSince = now - s.dropWindowMinutes * 60_000;
      const movedIds: number[] = [];
      const moved: BoardRead['moved'] = [];
      const markets: ScanMarket[] = [];
      let marketCount = 0;
      let evMarkets: ScanMarket[] = [];
      const flush = () => {
        if (evMarkets.length === 0) return;
        marketCount += evMarkets.length;
        if (onEvent) onEvent(evMarkets);
        else for (const m of evMarkets) markets.push(m);
        evMarkets = [];
      };
      const events: (ScanEvent & { lastSeenAt: number })[] = [];
      const unmatched = new Set<string>();

      // the walk keeps its place (event, book, market) so each quote costs no lookup
      let ev: (ScanEvent & { lastSeenAt: number }) | null = null;
      let evLines = new Map<number, Map<number | null, ScanMarket>>();
      let book: BookInfo | undefined;
      let market: ScanMarketKey | undefined;
      let marketId = 0;
      let seenAt = 0;
      let isSpreads = false;
      // quotes of one book-market nearly always share one line: remember its group
      let lastLine: number | null | undefined;
      let lastGroup: ScanMarket | undefined;
      const visitor: BoardVisitor = {
        event(ref, id, sportKey, commenceTime, homeTeam, awayTeam, lastSeenAt) {
          flush();
          ev = { ref, id, sportKey, sportTitle: titles.get(sportKey) ?? sportKey, commenceTime, homeTeam, awayTeam, lastSeenAt };
          events.push(ev);
          evLines = new Map();
        },
        bookMarket(bookId, mId, absentSeen) {
          book = books.get(bookId);
          market = marketKeys.get(mId);
          marketId = mId;
          seenAt = absentSeen ?? ev!.lastSeenAt;
          isSpreads = market === 'spreads';
          lastLine = undefined;
          lastGroup = undefined;
        },
        quote(id, outcome, point, price, changedAt, firstAt, history) {
          const e = ev!;
          if (!book || !market) return;
          if (!book.readable) {
            skipped.otherBooks++;
            return;
          }
          // prices are finite and ≥ 1 (the ingest refuses others): this also refuses NaN
          if (!(price > s.placeholderMaxPrice)) {
            skipped.placeholders++;
            return;
          }
          // lineOf, inlined: this runs for every price of the board
          const line = point === null ? null : isSpreads ? (outcome === e.homeTeam ? point : point === 0 ? 0 : -point) : point;
          if (!outcomeFits(market, outcome, e.homeTeam, e.awayTeam)) {
            unmatched.add(`${e.ref}|${market}|${line}`);
            return;
          }
          // stale, or not in the latest collection that contained the event: every leg must come from the same one
          if (seenAt < minSeen || seenAt !== e.lastSeenAt) {
            skipped.stale++;
            return;
          }
          let g = line === lastLine ? lastGroup : undefined;
          if (!g) {
            let lines = evLines.get(marketId);
            if (!lines) evLines.set(marketId, (lines = new Map()));
            g = lines.get(line);
            if (!g) {
              lines.set(
                line,
                (g = { event: e, market, line, outcomes: outcomeOrder(market, false, e.homeTeam, e.awayTeam), quotes: [], books: 0 }),
              );
              evMarkets.push(g);
            }
            lastLine = line;
            lastGroup = g;
          }
          if (outcome === 'Draw' && g.outcomes.length === 2) g.outcomes = outcomeOrder(market, true, e.homeTeam, e.awayTeam);
          // the walk gives each book's quotes together, so a new book is a change from the last quote's
          const prev = g.quotes[g.quotes.length - 1];
          if (book.mine && (!prev || prev.bookmaker !== book.key)) g.books!++;
          const q: ScanQuote = {
            quoteId: id,
            bookmaker: book.key,
            book,
            outcome,
            point,
            price,
            effectivePrice: book.commission ? netPrice(price, book.commission) : price,
            changedAt,
            seenAt,
          };
          g.quotes.push(q);
          if (firstAt !== null && changedAt >= movedSince && (changedAt === e.lastSeenAt || watched.has(id))) {
            movedIds.push(id);
            moved.push({ market: g, quote: q, history });
          }
        },
      };
      const titles = new Map(sportsStmt.all() as [string, string][]);
      odds.visitActiveBoard(now, eventIds ? new Set(eventIds) : null, new Set(marketKeys.keys()), visitor);
      flush();
      skipped.unmatched = unmatched.size;
      return { events, markets, marketCount, moved, skipped, movedIds };
    },
  };
}
