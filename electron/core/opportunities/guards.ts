/** The false-alarm guards and the exchange commission, as pure functions of the settings. */
import type { OpportunitySettings } from '../../../shared/domain/opportunities';

/**
 * Commission on winnings for a book: the longest key of `commissions` that prefixes the book's
 * key (betfair_ex matches betfair_ex_uk), else `otherExchangeCommission` for an exchange, else 0.
 */
export function commissionOf(bookmaker: string, isExchange: boolean, s: Pick<OpportunitySettings, 'commissions' | 'otherExchangeCommission'>): number {
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
