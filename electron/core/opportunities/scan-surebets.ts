/**
 * Surebets: the best price per outcome across bookmakers (at least two of them), on the same market line, all seen
 * in the same collection (the board reader keeps only those), with Σ 1/effective price < 1.
 * Exchange legs count after commission.
 */
import type { OpportunitySettings } from '../../../shared/domain/opportunities';
import { rawBooksum } from '../../../shared/oddsmath';
import { outlierLeg } from './guards';
import { opportunityKey, toLeg, type Found, type ScanMarket, type ScanQuote } from './types';

/** Candidates kept per outcome, for when the best prices all come from one bookmaker. */
const TOP = 3;

/**
 * The best price per outcome minimising Σ 1/price, with at least two different bookmakers
 * among the legs (one book's own prices forming an arbitrage is a palpable error, not a
 * surebet); null when an outcome is unquoted or no such combination exists.
 */
export function bestLegs(byOutcome: ScanQuote[][]): { legs: ScanQuote[]; booksum: number } | null {
  const tops = byOutcome.map((qs) =>
    [...qs].sort((a, b) => b.effectivePrice - a.effectivePrice || a.bookmaker.localeCompare(b.bookmaker)).slice(0, TOP),
  );
  if (tops.some((t) => t.length === 0)) return null;
  const first = tops.map((t) => t[0]);
  if (new Set(first.map((q) => q.bookmaker)).size >= 2) return { legs: first, booksum: rawBooksum(first.map((q) => q.effectivePrice)) };
  let best: { legs: ScanQuote[]; booksum: number } | null = null;
  const pick = (i: number, legs: ScanQuote[], sum: number): void => {
    if (best && sum >= best.booksum) return;
    if (i === tops.length) {
      if (new Set(legs.map((q) => q.bookmaker)).size >= 2) best = { legs: [...legs], booksum: sum };
      return;
    }
    for (const q of tops[i]) {
      legs.push(q);
      pick(i + 1, legs, sum + 1 / q.effectivePrice); // the partial booksum, in leg order as rawBooksum sums
      legs.pop();
    }
  };
  pick(0, [], 0);
  return best;
}

/** The surebet of one market line, if any. `byOutcome` is the market's quotes split by outcome (display order). */
export function scanSurebet(
  m: ScanMarket,
  byOutcome: ScanQuote[][],
  s: OpportunitySettings,
  allBooks: ScanQuote[][] = byOutcome,
): Found | null {
  // fast path: even the best price of every outcome is no arbitrage
  const tops = new Array<number>(byOutcome.length);
  for (let i = 0; i < byOutcome.length; i++) {
    let top = 0;
    for (const q of byOutcome[i]) if (q.effectivePrice > top) top = q.effectivePrice;
    if (top === 0) return null;
    tops[i] = top;
  }
  if (rawBooksum(tops) >= 1) return null;
  const pick = bestLegs(byOutcome);
  if (!pick || pick.booksum >= 1) return null;
  const arbMargin = 1 - pick.booksum;
  if (arbMargin < s.minArb || arbMargin <= 0) return null;
  const legs = pick.legs.map(toLeg);
  const outlier = outlierLeg(pick.legs, allBooks, s.outlierRatio);
  return {
    key: opportunityKey('surebet', m.event.id, m.market, m.line, legs),
    kind: 'surebet',
    event: m.event,
    market: m.market,
    point: m.line,
    legs,
    edge: arbMargin,
    suspicious: arbMargin > s.suspiciousArb ? 'arb_too_high' : outlier ? 'outlier' : null,
    math: { booksum: pick.booksum, arbMargin, guaranteedReturn: 1 / pick.booksum - 1, ...(outlier ? { outlier } : {}) },
  };
}
