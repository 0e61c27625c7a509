/**
 * Bookmaker quotes: each book prices the true probabilities of a moment in its past (refresh + lag),
 * applies its margin, rounds to 2 decimals; a guard keeps fair-priced markets free of arbitrage
 * and stale windows inject one deliberately stale price (the only source of surebets).
 */
import { BOOKMAKERS, type BookDef } from './catalogue';
import { covers, eventStatus, fairMarkets, type FairMarket, type SimEvent } from './market-model';
import { priceFor } from './pricing';
import { activeWindow, paramsAt } from './stale';
import { finalResult } from './scores';
import { randInt } from './rng';

/** One book's prices on one market. */
export interface BookQuote {
  book: BookDef;
  /** Decimal back prices, aligned with the market's names. */
  prices: number[];
  /** Exchange lay prices (h2h only), aligned with names. */
  lay?: number[];
  /** Epoch ms (whole seconds) of the book's last refresh of this market. */
  lastUpdate: number;
}

/** All books' quotes on one market of an event, plus its fair probabilities now. */
export interface MarketQuotes extends FairMarket {
  quotes: BookQuote[];
  /** Set when a stale window is active on this market. */
  stale: { book: string; outcome: string } | null;
}

/**
 * True probabilities at time t: the drifting pre-match model, and in play the closing
 * probabilities pulled toward the (seeded) final outcome. Markets too lopsided are suspended (absent).
 */
export function truthAt(seed: number, ev: SimEvent, t: number): FairMarket[] {
  if (t < ev.commence) return fairMarkets(ev, paramsAt(seed, ev, t));
  const close = fairMarkets(ev, ev.close);
  const r = finalResult(seed, ev);
  const w = Math.pow(Math.min(1, (t - ev.commence) / (ev.end - ev.commence)), 1.5);
  const out: FairMarket[] = [];
  for (const m of close) {
    let won: number;
    if (m.market === 'totals') won = r.home + r.away > m.point! ? 0 : 1;
    else if (m.market === 'spreads') won = m.names.indexOf(r.home + m.point! > r.away ? ev.home : ev.away);
    else won = m.names.indexOf(r.home > r.away ? ev.home : r.home < r.away ? ev.away : 'Draw');
    const probs = m.probs.map((p, i) => (1 - w) * p + w * (i === won ? 1 : 0));
    if (Math.max(...probs) <= 0.92 && Math.min(...probs) >= 0.01) out.push({ ...m, probs });
  }
  return out;
}

/** Last refresh time (whole seconds) of a book at time `now`. */
export function refreshAt(seed: number, book: BookDef, now: number): number {
  const phase = randInt(seed, book.refreshMs / 1000, 'phase', book.key) * 1000;
  return Math.floor((now - phase) / book.refreshMs) * book.refreshMs + phase;
}

/** Σ 1/best back price over outcomes, with the best price per outcome. */
export function bestOf(names: string[], quotes: BookQuote[]): { booksum: number; best: Array<{ price: number; book: string }> } {
  const best = names.map((_, i) => {
    let b = { price: 0, book: '' };
    for (const q of quotes) if (q.prices[i] > b.price) b = { price: q.prices[i], book: q.book.key };
    return b;
  });
  return { booksum: best.reduce((a, b) => a + (b.price > 0 ? 1 / b.price : Infinity), 0), best };
}

const key = (m: FairMarket) => `${m.market}:${m.point}`;

/** Every book's quotes on every market of a listed (upcoming or live) event at time `now`. */
export function quoteEvent(seed: number, ev: SimEvent, now: number): MarketQuotes[] {
  const st = eventStatus(ev, now);
  if (st !== 'upcoming' && st !== 'live') return [];
  const truthCache = new Map<number, Map<string, FairMarket>>();
  const truth = (t: number) => {
    let m = truthCache.get(t);
    if (!m) {
      m = new Map(truthAt(seed, ev, t).map((x) => [key(x), x]));
      truthCache.set(t, m);
    }
    return m;
  };
  const nowSec = Math.floor(now / 1000) * 1000;
  const window = activeWindow(seed, ev, now);
  const out: MarketQuotes[] = [];
  for (const fair of truth(now).values()) {
    const books = BOOKMAKERS.filter((b) => covers(seed, b, ev, fair.market));
    let quotes: BookQuote[] = [];
    for (const b of books) {
      const at = refreshAt(seed, b, now);
      const lagged = truth(Math.max(at - b.lagMs, ev.listedAt)).get(key(fair));
      if (lagged) quotes.push({ book: b, ...priceFor(b, lagged.probs), lastUpdate: at });
    }
    if (bestOf(fair.names, quotes).booksum < 1) {
      // A fast move made lagged books cross: they all catch up now (fair markets never arbitrage).
      quotes = books.map((b) => ({ book: b, ...priceFor(b, fair.probs), lastUpdate: nowSec }));
    }
    let stale: MarketQuotes['stale'] = null;
    if (window && fair.market === 'h2h') {
      const q = quotes.find((x) => x.book.key === window.book);
      const before = truth(window.start - 1000).get(key(fair));
      if (q && before) {
        const i = fair.names.indexOf(window.outcome);
        const fresh = q.prices;
        q.prices = fresh.slice();
        q.prices[i] = Math.max(fresh[i], priceFor(q.book, before.probs).prices[i]);
        // Only a stale price that really opens a surebet is kept (the book is otherwise up to date).
        if (bestOf(fair.names, quotes).booksum < 1) stale = { book: window.book, outcome: window.outcome };
        else q.prices = fresh;
      }
    }
    if (fair.market !== 'h2h') for (const q of quotes) delete q.lay;
    out.push({ ...fair, quotes, stale });
  }
  return out;
}
