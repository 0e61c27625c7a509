/**
 * Turning fair probabilities into a book's prices: margin (multiplicative or power), 2-decimal
 * rounding, and never a price above the fair price (so fair markets cannot arbitrage across books).
 */
import type { BookDef } from './catalogue';

const floor2 = (x: number) => Math.floor(x * 100 + 1e-9) / 100;
const ceil2 = (x: number) => Math.ceil(x * 100 - 1e-9) / 100;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Power-method margin: q_i = p_i^k with Σ q_i = 1 + margin (favourites carry less of it). */
export function powerMargin(probs: number[], margin: number): number[] {
  let lo = 0.3,
    hi = 1;
  for (let i = 0; i < 60; i++) {
    const k = (lo + hi) / 2;
    const s = probs.reduce((a, p) => a + Math.pow(p, k), 0);
    if (s > 1 + margin) lo = k;
    else hi = k;
  }
  const k = (lo + hi) / 2;
  return probs.map((p) => Math.pow(p, k));
}

/**
 * Prices a fair probability vector for a book. Exchanges: back = fair rounded down, lay = fair rounded up
 * (at least one tick above back). Others: margin applied, rounded to nearest, capped at the fair price.
 */
export function priceFor(book: BookDef, probs: number[]): { prices: number[]; lay?: number[] } {
  if (book.kind === 'exchange') {
    const prices = probs.map((p) => Math.max(1.01, floor2(1 / p)));
    return { prices, lay: probs.map((p, i) => Math.max(ceil2(1 / p), round2(prices[i] + 0.01))) };
  }
  const mult = probs.map((p) => p * (1 + book.margin));
  // Multiplicative margin cannot price a heavy favourite (q ≥ 1): such books fall back to the power method.
  const q = book.method === 'power' || Math.max(...mult) > 0.97 ? powerMargin(probs, book.margin) : mult;
  return { prices: q.map((x, i) => Math.max(1.01, Math.min(round2(1 / x), floor2(1 / probs[i])))) };
}
