/**
 * The legs still to place of an opportunity and the hedge that closes a half-placed surebet:
 * the payout the placed legs already guarantee (the smallest of stake × net price), and for each
 * missing leg the stake that pays the same at its net price.
 */
import type { Opportunity } from '../../../../shared/domain/opportunities';
import { effectiveOdds } from '../../../../shared/oddsmath';

export interface MissingLeg {
  outcome: string;
  bookmaker: string;
  bookmakerTitle: string;
  price: number;
  /** The stake that closes the arbitrage (euros, to the cent), null when nothing is placed yet. */
  hedgeStake: number | null;
}

/** True when some but not all legs of a multi-leg opportunity were logged. */
export const isHalfPlaced = (o: Opportunity): boolean => o.legs.length > 1 && o.placed.length > 0 && missingLegs(o).length > 0;

export function missingLegs(o: Opportunity): MissingLeg[] {
  const placedSel = new Set(o.placed.map((p) => p.selection));
  const missing = o.legs.filter((l) => !placedSel.has(l.outcome));
  let payout: number | null = null;
  for (const p of o.placed) {
    const leg = o.legs.find((l) => l.outcome === p.selection);
    const net = effectiveOdds(p.odds, leg && leg.bookmaker === p.bookmaker ? leg.commission : 0);
    const pay = (p.stakeCents / 100) * net;
    payout = payout === null ? pay : Math.min(payout, pay);
  }
  return missing.map((l) => ({
    outcome: l.outcome,
    bookmaker: l.bookmaker,
    bookmakerTitle: l.bookmakerTitle,
    price: l.price,
    hedgeStake: payout === null ? null : Math.ceil((payout / l.effectivePrice) * 100) / 100,
  }));
}
