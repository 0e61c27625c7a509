/** Small pure helpers of the board: outcome order, best price, book margin. */
import { rawOverround } from '../../../shared/oddsmath';

/** Home, Draw, Away for h2h; Over before Under; any other names after, alphabetically. */
export function orderOutcomes(names: string[], home: string, away: string): string[] {
  const rank = (n: string) => (n === home ? 0 : n === 'Draw' ? 1 : n === away ? 2 : n === 'Over' ? 3 : n === 'Under' ? 4 : 5);
  return [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function bestOf<T extends { price: number; book: string; outcome: string }>(rows: T[]): T | null {
  let best: T | null = null;
  for (const r of rows) if (!best || r.price > best.price || (r.price === best.price && r.book < best.book)) best = r;
  return best;
}

/** Σ 1/price − 1 (the overround, from shared/oddsmath); prices must all be > 0. */
export function marginOf(prices: number[]): number {
  return rawOverround(prices);
}

/**
 * The line a quote belongs to, from the home side's view: spreads "A −1.5 / B +1.5" are one
 * line (−1.5); totals share their point; h2h has none.
 */
export function lineOf(market: string, outcome: string, point: number | null, home: string): number | null {
  if (point === null) return null;
  if (market.startsWith('spreads')) return outcome === home ? point : point === 0 ? 0 : -point;
  return point;
}
