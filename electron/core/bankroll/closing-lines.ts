/**
 * Closing line value of bets from the stored prices. The close of a quote is its last price
 * observed before kick-off (price_history, live prices excluded). Its "seen at" is the latest
 * pre-kick-off poll that proves the price was still current: the quote's own last sighting
 * when that is before kick-off, else the last poll before kick-off that recorded any price of
 * the event (the quote was in its book's set then). Raw CLV uses the bet's own book; no-vig CLV
 * devigs the sharp book's whole closing market on the same line (shared/oddsmath `clv`).
 */
import { clv } from '../../../shared/oddsmath';
import type { ClvState } from '../../../shared/domain/bets';
import type { WritableDb } from '../db/open-database';

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
  const lastEventObs = db.prepare(
    `SELECT max(h.observed_at) AS t FROM quotes q JOIN price_history h ON h.quote_id = q.id
     WHERE q.event_ref = ? AND h.observed_at < ?`,
  );
  const closes = db.prepare(
    `SELECT q.outcome, q.point,
       (SELECT h.price FROM price_history h WHERE h.quote_id = q.id AND h.observed_at < @ko ORDER BY h.observed_at DESC LIMIT 1) AS price,
       (SELECT max(h.observed_at) FROM price_history h WHERE h.quote_id = q.id AND h.observed_at < @ko) AS changed_at,
       s.seen_at
     FROM quotes q
     JOIN bookmakers bk ON bk.id = q.bookmaker_id AND bk.key = @book
     JOIN markets m ON m.id = q.market_id AND m.key = @market
     JOIN quote_seen s ON s.quote_id = q.id
     WHERE q.event_ref = @ref AND q.description IS NULL`,
  );

  /** Every closing quote of one book's market on an event (all lines), or [] when the event is unknown or not started. */
  function bookCloses(eventId: string, book: string, market: string, now: number): CloseQuote[] {
    const ev = eventStmt.get(eventId) as { ref: number; commence_time: number } | undefined;
    if (!ev || ev.commence_time > now) return [];
    const poll = (lastEventObs.get(ev.ref, ev.commence_time) as { t: number | null }).t;
    const rows = closes.all({ ko: ev.commence_time, book, market, ref: ev.ref }) as {
      outcome: string; point: number | null; price: number | null; changed_at: number | null; seen_at: number | null;
    }[];
    const out: CloseQuote[] = [];
    for (const r of rows) {
      if (r.price === null || r.changed_at === null) continue;
      const seen = r.seen_at ?? r.changed_at;
      const seenAt = seen < ev.commence_time ? seen : Math.max(r.changed_at, poll ?? r.changed_at);
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
      const own = bookCloses(bet.eventId, bet.bookmaker, bet.market, now).find((q) => q.outcome === bet.selection && sameLine(q, bet));
      if (own) res.raw = { state: stateOf(own.seenAt, ko, maxAgeMs), close: own.price, at: own.seenAt };
      const sharp = bookCloses(bet.eventId, sharpBook, bet.market, now).filter((q) => sameLine(q, bet));
      const idx = sharp.findIndex((q) => q.outcome === bet.selection);
      const complete = bet.market === 'h2h' ? sharp.length >= 2 : sharp.length === 2;
      if (idx >= 0 && complete) {
        const c = clv(bet.odds, sharp.map((q) => q.price), idx);
        const at = Math.min(...sharp.map((q) => q.seenAt));
        res.noVig = { state: stateOf(at, ko, maxAgeMs), p: c.fairCloseProbability, close: 1 / c.fairCloseProbability, at };
      }
      return res;
    },
  };
}

export type ClosingLines = ReturnType<typeof createClosingLines>;
