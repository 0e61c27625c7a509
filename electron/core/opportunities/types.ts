/** Internal shapes of the scanners: the board they read and what they find. */
import type { OpportunityKind, OpportunityLeg, OpportunityMath, ScanSummary, SuspiciousReason } from '../../../shared/domain/opportunities';
import type { BoardEvent } from '../../../shared/domain/odds';
import type { MainMarket } from '../../../shared/domain/markets';

/** The back markets the scanners read (lay and props are not scanned). */
export type ScanMarketKey = MainMarket;

/** An event on the board, as the scanners see it (the board's event head and its row key). */
export type ScanEvent = Pick<BoardEvent, 'id' | 'sportKey' | 'sportTitle' | 'commenceTime' | 'homeTeam' | 'awayTeam'> & { ref: number };

/** One active quote that passed the guards; `effectivePrice` has the exchange commission applied. */
/** What the scanners know of a bookmaker (shared by all its quotes of one scan). */
export interface ScanBook {
  key: string;
  title: string;
  isExchange: boolean;
  /** Exchange commission on winnings (0 for a bookmaker). */
  commission: number;
  /**
   * false: a sharp book outside "my books", read only as a reference (value bets' fair price,
   * second opinion, outlier median, sharp drops) — never a leg. Absent or true: a book to bet at.
   */
  mine?: boolean;
}

/** A quote at a book the user can bet at (see ScanBook.mine). */
export const isMine = (q: ScanQuote): boolean => q.book.mine !== false;

/** One price on the scanned board (one object per price: kept small, the book's facts are shared). */
export interface ScanQuote {
  quoteId: number;
  bookmaker: string;
  book: ScanBook;
  outcome: string;
  point: number | null;
  price: number;
  effectivePrice: number;
  changedAt: number;
  seenAt: number;
}

/** One market line of one event: every eligible quote of it. */
export interface ScanMarket {
  event: ScanEvent;
  market: ScanMarketKey;
  /** lineOf(): home side's spread, the total, null for h2h. */
  line: number | null;
  /** Outcomes in display order (home, Draw, away / Over, Under). */
  outcomes: string[];
  quotes: ScanQuote[];
  /** Distinct bookmakers among the quotes (counted while reading, when the reader can). */
  books?: number;
}

/** An opportunity found by one scan, before the lifecycle table gives it an id. */
export interface Found {
  key: string;
  kind: OpportunityKind;
  event: ScanEvent;
  market: ScanMarketKey;
  point: number | null;
  legs: OpportunityLeg[];
  edge: number;
  suspicious: SuspiciousReason | null;
  math: OpportunityMath;
  /** drop: the quote that dropped (the engine re-checks it at the next scans). */
  quoteId?: number;
}

/** Counters of what the guards left out (see ScanSummary.skipped). */
export type SkipCounts = ScanSummary['skipped'];

export const emptySkips = (): SkipCounts => ({ placeholders: 0, stale: 0, otherBooks: 0, fewBooks: 0, unmatched: 0, mathErrors: 0 });

/** The identity of an opportunity: kind, event, market, line and its legs (outcome@book). */
export function opportunityKey(
  kind: OpportunityKind,
  eventId: string,
  market: string,
  line: number | null,
  legs: { outcome: string; bookmaker: string }[],
): string {
  const l = legs
    .map((x) => `${x.outcome}@${x.bookmaker}`)
    .sort()
    .join(',');
  return `${kind}|${eventId}|${market}|${line ?? ''}|${l}`;
}

/** A leg of the public shape from a scan quote. */
export function toLeg(q: ScanQuote): OpportunityLeg {
  return {
    outcome: q.outcome,
    point: q.point,
    bookmaker: q.bookmaker,
    bookmakerTitle: q.book.title,
    isExchange: q.book.isExchange,
    price: q.price,
    commission: q.book.commission,
    effectivePrice: q.effectivePrice,
    seenAt: q.seenAt,
    changedAt: q.changedAt,
  };
}
