/** Checks that a market's outcomes belong to its event before anything is stored. */
import type { NormalizedMarket } from '../providers/types';

const TOTALS = new Set(['Over', 'Under']);

/**
 * True when every outcome name fits the market: h2h → the event's teams or "Draw",
 * spreads → the teams, totals → Over/Under. Other markets (props, lay, outrights) pass.
 * A market that fails is skipped and counted, never guessed.
 */
export function outcomesMatchEvent(market: NormalizedMarket, home: string, away: string): boolean {
  const key = market.key.replace(/_lay$/, '');
  if (key === 'h2h') {
    return market.outcomes.every((o) => o.name === home || o.name === away || o.name === 'Draw');
  }
  if (key === 'spreads') {
    return market.outcomes.every((o) => (o.name === home || o.name === away) && o.point !== null);
  }
  if (key === 'totals') {
    return market.outcomes.every((o) => TOTALS.has(o.name) && o.point !== null);
  }
  return true;
}

const EXCHANGES = /betfair_ex|matchbook|smarkets|betdaq|sporttrade|prophetx|novig/;

export function isExchangeKey(bookmakerKey: string): boolean {
  return EXCHANGES.test(bookmakerKey);
}
