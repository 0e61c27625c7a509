/** The false-alarm guards and the exchange commission, as pure functions of the settings. */
import type { OpportunityMath, OpportunitySettings } from '../../../shared/domain/opportunities';

/**
 * Commission on winnings for a book: the longest key of `commissions` that prefixes the book's
 * key (betfair_ex matches betfair_ex_uk), else `otherExchangeCommission` for an exchange, else 0.
 */
export function commissionOf(
  bookmaker: string,
  isExchange: boolean,
  s: Pick<OpportunitySettings, 'commissions' | 'otherExchangeCommission'>,
): number {
  let best = -1;
  let rate = 0;
  for (const [prefix, c] of Object.entries(s.commissions)) {
    if (bookmaker.startsWith(prefix) && prefix.length > best) {
      best = prefix.length;
      rate = c;
    }
  }
  if (best >= 0) return rate;
  return isExchange ? s.otherExchangeCommission : 0;
}

/** 1 + (price − 1)(1 − c), without the checks of oddsmath (prices here are already > 1). */
export const netPrice = (price: number, commission: number): number => 1 + (price - 1) * (1 - commission);

/** Outcomes of a market line in display order (h2h has the draw when any book quotes it). */
export function outcomeOrder(market: string, hasDraw: boolean, home: string, away: string): string[] {
  if (market === 'totals') return ['Over', 'Under'];
  if (market === 'spreads') return [home, away];
  return hasDraw ? [home, 'Draw', away] : [home, away];
}

const median = (xs: number[]): number => {
  const a = [...xs].sort((x, y) => x - y);
  const m = a.length >> 1;
  return a.length % 2 ? a[m]! : (a[m - 1]! + a[m]!) / 2;
};

/** The fewest other books whose median can call a price an outlier. */
const OUTLIER_MIN_OTHERS = 2;

/**
 * The first leg priced more than `ratio` above the median of the other books' prices on its
 * outcome (net prices; at least two other books), or null. One such price — a typo, a pulled
 * or late price — is what most large "edges" rest on, so its opportunity is suspicious
 * whatever the size of the edge.
 */
export function outlierLeg(
  legs: readonly { outcome: string; bookmaker: string; effectivePrice: number }[],
  byOutcome: readonly { outcome: string; bookmaker: string; effectivePrice: number }[][],
  ratio: number,
): NonNullable<OpportunityMath['outlier']> | null {
  for (const leg of legs) {
    const others = byOutcome.find((qs) => qs[0]?.outcome === leg.outcome)?.filter((q) => q.bookmaker !== leg.bookmaker) ?? [];
    if (others.length < OUTLIER_MIN_OTHERS) continue;
    const m = median(others.map((q) => q.effectivePrice));
    const r = leg.effectivePrice / m - 1;
    if (r > ratio)
      return {
        outcome: leg.outcome,
        bookmaker: leg.bookmaker,
        price: leg.effectivePrice,
        othersMedian: m,
        others: others.length,
        ratio: r,
      };
  }
  return null;
}
