/**
 * Price drops (a book shortening its own price within a window) and gaps (best vs worst price
 * of one outcome across books — the old stack's "spread").
 */
import type { OpportunitySettings } from '../../../shared/domain/opportunities';
import { isMine, opportunityKey, toLeg, type Found, type ScanMarket, type ScanQuote } from './types';

/** A gap whose best price is more than this multiple of the worst is held as suspicious. */
export const SUSPICIOUS_GAP_RATIO = 2;

/** The highest price a quote had within the drop window, and when it was observed. */
export interface Peak {
  price: number;
  at: number;
}

/** The drop of one quote, if its price fell by at least the threshold against its own peak in the window. */
export function scanDrop(m: ScanMarket, q: ScanQuote, peak: Peak | undefined, s: OpportunitySettings): Found | null {
  if (!peak || !(peak.price > q.price)) return null;
  const drop = 1 - q.price / peak.price;
  if (drop < s.dropThreshold) return null;
  const legs = [toLeg(q)];
  return {
    key: opportunityKey('drop', m.event.id, m.market, m.line, legs),
    kind: 'drop',
    event: m.event,
    market: m.market,
    point: m.line,
    legs,
    edge: drop,
    suspicious: null,
    quoteId: q.quoteId,
    math: { previousPrice: peak.price, previousAt: peak.at, windowMinutes: s.dropWindowMinutes },
  };
}

/**
 * A drop measured against the sharp reference: the sharp book (`referenceBook`) shortened its
 * price by at least `sharpDropThreshold` within the window, and other books still pay more than
 * the sharp's new price plus half its move — they have not followed. Legs: those books, best
 * first (at most three); edge: the size of the sharp's move.
 */
export function scanSharpDrop(m: ScanMarket, q: ScanQuote, peak: Peak | undefined, s: OpportunitySettings): Found | null {
  if (q.bookmaker !== s.referenceBook || !peak || !(peak.price > q.price)) return null;
  const drop = 1 - q.price / peak.price;
  if (drop < s.sharpDropThreshold) return null;
  const bar = q.price * (1 + drop / 2);
  const behind = m.quotes
    .filter((x) => x.outcome === q.outcome && x.bookmaker !== q.bookmaker && isMine(x) && x.effectivePrice > bar)
    .sort((a, b) => b.effectivePrice - a.effectivePrice || a.bookmaker.localeCompare(b.bookmaker))
    .slice(0, 3);
  if (behind.length === 0) return null;
  const legs = behind.map(toLeg);
  return {
    // its own identity: never the same record as one of those books' own drop
    key: opportunityKey('drop', m.event.id, `${m.market}@${q.bookmaker}`, m.line, legs),
    kind: 'drop',
    event: m.event,
    market: m.market,
    point: m.line,
    legs,
    edge: drop,
    suspicious: null,
    quoteId: q.quoteId,
    math: {
      previousPrice: peak.price,
      previousAt: peak.at,
      windowMinutes: s.dropWindowMinutes,
      sharpMove: { book: q.bookmaker, from: peak.price, to: q.price },
    },
  };
}

/** The gap of each outcome of a line quoted by at least `minBooks` books. */
export function scanGaps(m: ScanMarket, byOutcome: ScanQuote[][], s: OpportunitySettings): Found[] {
  const out: Found[] = [];
  for (const qs of byOutcome) {
    if (qs.length < s.minBooks) continue;
    let best = qs[0];
    let worst = qs[0];
    for (const q of qs) {
      if (q.price > best.price || (q.price === best.price && q.bookmaker < best.bookmaker)) best = q;
      if (q.price < worst.price) worst = q;
    }
    const gap = best.price / worst.price - 1;
    if (gap < s.minGap) continue;
    const legs = [toLeg(best)];
    out.push({
      key: opportunityKey('gap', m.event.id, m.market, m.line, legs),
      kind: 'gap',
      event: m.event,
      market: m.market,
      point: m.line,
      legs,
      edge: gap,
      suspicious: best.price > SUSPICIOUS_GAP_RATIO * worst.price ? 'gap_too_large' : null,
      math: { worstPrice: worst.price, worstBookmaker: worst.bookmaker, booksQuoting: qs.length },
    });
  }
  return out;
}
