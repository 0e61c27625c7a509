/** Checks that a market's outcomes belong to its event before anything is stored. */
import type { NormalizedMarket } from '../providers/types';

const TOTALS = new Set(['Over', 'Under']);

/** Whether an outcome name belongs to a market of the event: h2h → the teams or "Draw", spreads → the teams, totals → Over/Under. */
export function outcomeFits(market: string, outcome: string, home: string, away: string): boolean {
  if (market === 'totals') return TOTALS.has(outcome);
  if (market === 'spreads') return outcome === home || outcome === away;
  return outcome === home || outcome === away || outcome === 'Draw';
}

/**
 * True when every outcome of a market fits it (outcomeFits; spreads and totals also need a
 * line). Other markets (props, outrights) pass. A market that fails is skipped and counted,
 * never guessed.
 */
export function outcomesMatchEvent(market: NormalizedMarket, home: string, away: string): boolean {
  const key = market.key.replace(/_lay$/, '');
  if (key !== 'h2h' && key !== 'spreads' && key !== 'totals') return true;
  return market.outcomes.every((o) => outcomeFits(key, o.name, home, away) && (key === 'h2h' || o.point !== null));
}

const EXCHANGES = /betfair_ex|matchbook|smarkets|betdaq|sporttrade|prophetx|novig/;

export function isExchangeKey(bookmakerKey: string): boolean {
  return EXCHANGES.test(bookmakerKey);
}
