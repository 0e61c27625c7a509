/**
 * Closing line value of bets from the stored prices. The close of a quote is its last price
 * observed before kick-off (live prices excluded), read through the history's index
 * (db/close-of-quote.ts). Its "seen at" is the latest
 * pre-kick-off poll that proves the price was still current: the quote's own last sighting
 * when that is before kick-off, else the last poll before kick-off that recorded any price of
 * the event (the quote was in its book's set then). Raw CLV uses the bet's own book; no-vig CLV
 * devigs the sharp book's whole closing market on the same line (shared/oddsmath `clv`).
 */
import { clv } from '../../../shared/oddsmath';
import type { ClvState } from '../../../shared/domain/bets';
import type { WritableDb } from '../db/open-database';
import { closeAtSql, closePriceSql } from '../db/close-of-quote';

export interface CloseQuote {
  outcome: string;
  point: number | null;
  price: number;
  /** When that price was last proven current before kick-off. */
  seenAt: number;
}

interface BetKey {
  eventId: string;
  market: string;
  selection: string;
  point: number | null;
  odds: number;
  homeTeam: string;
}

/** What is cached on a bet: raw and no-vig close, state and when seen. */
export interface ClvComputed {
  raw: { state: ClvState; close: number | null; at: number | null };
  noVig: { state: ClvState; p: number | null; close: number | null; at: number | null };
}

/** Reads closing prices from the stored history of one workspace. */
export function createClosingLines(db: WritableDb) {
  const eventStmt = db.prepare(`SELECT ref, commence_time FROM events WHERE id = ?`);
  // the last poll before kick-off that recorded any price of the event: one index seek per quote
  const lastEventObs = db.prepare(`SELECT max(${closeAtSql('q', '@ko')}) AS t FROM quotes q WHERE q.event_ref = @ref`);
  const closes = db.prepare(
    `SELECT q.outcome, q.point, ${closePriceSql('q', '@ko')} AS price, ${closeAtSql('q', '@ko')} AS changed_at,
       CASE WHEN q.active = 0 THEN q.left_at ELSE coalesce(a.last_seen_at, e.last_seen_at) END AS seen_at
     FROM quotes q
     JOIN events e ON e.ref = q.event_ref
     LEFT JOIN book_market_absences a ON a.event_ref = q.event_ref AND a.bookmaker_id = q.bookmaker_id AND a.market_id = q.market_id
     WHERE q.event_ref = @ref AND q.bookmaker_id = (SELECT id FROM bookmakers WHERE key = @book)
       AND q.market_id = (SELECT id FROM markets WHERE key = @market) AND q.description IS NULL`,
  );

  /** Every closing quote of one book's market on an event (all lines), or [] when the event is unknown or not started. */
  function bookCloses(eventId: string, book: string, market: string, now: number, polls?: Map<number, number | null>): CloseQuote[] {
    const ev = eventStmt.get(eventId) as { ref: number; commence_time: number } | undefined;
    if (!ev || ev.commence_time > now) return [];
    const ko = ev.commence_time;
    // needed only for a quote still seen after kick-off, and then once per event
    const lastPoll = (): number | null => {
      if (polls?.has(ev.ref)) return polls.get(ev.ref)!;
      const t = (lastEventObs.get({ ref: ev.ref, ko }) as { t: number | null }).t;
      polls?.set(ev.ref, t);
      return t;
    };
    const rows = closes.all({ ko, book, market, ref: ev.ref }) as {
      outcome: string;
      point: number | null;
      price: number | null;
      changed_at: number | null;
      seen_at: number | null;
    }[];
    const out: CloseQuote[] = [];
    for (const r of rows) {
      if (r.price === null || r.changed_at === null) continue;
      const seen = r.seen_at ?? r.changed_at;
      const seenAt = seen < ko ? seen : Math.max(r.changed_at, lastPoll() ?? r.changed_at);
      out.push({ outcome: r.outcome, point: r.point, price: r.price, seenAt });
    }
    return out;
  }

  /** The other outcomes of the bet's market on the same line: h2h all; totals same point; spreads the mirrored point. */
  function sameLine(q: CloseQuote, bet: BetKey): boolean {
    if (bet.market === 'h2h') return q.point === null;
    if (bet.market === 'totals') return q.point === bet.point;
    if (bet.point === null || q.point === null) return false;
    return q.outcome === bet.selection ? q.point === bet.point : q.point === -bet.point;
  }

  const stateOf = (seenAt: number, ko: number, maxAgeMs: number): ClvState => (ko - seenAt <= maxAgeMs ? 'captured' : 'estimated');

  return {
    bookCloses,
    /** Raw and no-vig CLV of one bet (states 'missing' when no close was stored). */
    compute(bet: BetKey & { bookmaker: string }, sharpBook: string, maxAgeMs: number, now: number): ClvComputed {
      const ev = eventStmt.get(bet.eventId) as { commence_time: number } | undefined;
      const res: ClvComputed = {
        raw: { state: 'missing', close: null, at: null },
        noVig: { state: 'missing', p: null, close: null, at: null },
      };
      if (!ev) return res;
      const ko = ev.commence_time;
      const polls = new Map<number, number | null>();
      const own = bookCloses(bet.eventId, bet.bookmaker, bet.market, now, polls).find(
        (q) => q.outcome === bet.selection && sameLine(q, bet),
      );
      if (own) res.raw = { state: stateOf(own.seenAt, ko, maxAgeMs), close: own.price, at: own.seenAt };
      const sharp = bookCloses(bet.eventId, sharpBook, bet.market, now, polls).filter((q) => sameLine(q, bet));
      const idx = sharp.findIndex((q) => q.outcome === bet.selection);
      const complete = bet.market === 'h2h' ? sharp.length >= 2 : sharp.length === 2;
      if (idx >= 0 && complete) {
        const c = clv(
          bet.odds,
          sharp.map((q) => q.price),
          idx,
        );
        const at = Math.min(...sharp.map((q) => q.seenAt));
        res.noVig = { state: stateOf(at, ko, maxAgeMs), p: c.fairCloseProbability, close: 1 / c.fairCloseProbability, at };
      }
      return res;
    },
  };
}

export type ClosingLines = ReturnType<typeof createClosingLines>;
