import { OddsMathError } from './errors';
import { checkFiniteResult, checkNumber, checkOdd, checkOddsList, checkSameLength } from './validate';

/** Input of {@link backLayHedge}. */
export type BackLayInput = Readonly<{ backStake: number; backOdds: number; layOdds: number; commission: number }>;

/** Result of {@link backLayHedge}. */
export interface BackLayHedge {
  layStake: number;
  /** What the lay loses if the selection wins: layStake·(layOdds − 1). */
  liability: number;
  profitIfBackWins: number;
  profitIfBackLoses: number;
}

/**
 * Lay stake that equalises a back bet against an exchange lay with commission c on lay winnings:
 * `layStake = backStake·backOdds/(layOdds − c)` (odds-math.md §5).
 * Back 10 @ 3.0, lay @ 3.1, c 5 % → lay 9.836, both outcomes −0.656.
 * @throws OddsMathError INVALID_ODDS / INVALID_ARGUMENT
 */
export function backLayHedge(input: BackLayInput): BackLayHedge {
  const backStake = checkNumber(input.backStake, 'backStake', { min: 0 });
  const backOdds = checkOdd(input.backOdds, 'backOdds');
  const layOdds = checkOdd(input.layOdds, 'layOdds');
  const c = checkNumber(input.commission, 'commission', { min: 0, max: 1, maxExclusive: true });
  const layStake = (backStake * backOdds) / (layOdds - c);
  const liability = layStake * (layOdds - 1);
  return checkFiniteResult(
    {
      layStake,
      liability,
      profitIfBackWins: backStake * (backOdds - 1) - liability,
      profitIfBackLoses: layStake * (1 - c) - backStake,
    },
    'backLayHedge',
  );
}

/** Result of {@link hedgePosition}. */
export interface PositionHedge {
  /** Extra stake to place on each outcome at the hedge odds. */
  hedgeStakes: number[];
  /** Profit whatever the result, after existing and hedge stakes. */
  guaranteedProfit: number;
}

/**
 * Hedge of open bets on one event's mutually exclusive outcomes that maximises the worst-case
 * profit (the LP of penaltyblog `arbitrage_hedge`, in closed form): R = max_i existing payout,
 * h_i = (R − payout_i)/hedgeOdds_i, profit = R − Σ existing − Σ h.
 * Existing [0, 0, 25] @ [1.5, 4, 6], hedge @ [2.5, 3.5, 3.0] → [60, 42.857, 0], profit 22.143.
 * @throws OddsMathError UNBOUNDED when Σ 1/hedgeOdds < 1 (the hedge market alone is an arbitrage:
 *   take it with `equalPayoutStakes` instead); INVALID_ODDS, LENGTH_MISMATCH, INVALID_ARGUMENT.
 */
export function hedgePosition(
  existingStakes: readonly number[],
  existingOdds: readonly number[],
  hedgeOdds: readonly number[],
): PositionHedge {
  const h = checkOddsList(hedgeOdds, 'hedgeOdds');
  const eo = checkOddsList(existingOdds, 'existingOdds');
  checkSameLength(h, 'hedgeOdds', eo, 'existingOdds');
  checkSameLength(h, 'hedgeOdds', existingStakes, 'existingStakes');
  const stakes = existingStakes.map((s, i) => checkNumber(s, `existingStakes[${i}]`, { min: 0 }));
  const S = h.reduce((a, o) => a + 1 / o, 0);
  if (S < 1) {
    throw new OddsMathError('UNBOUNDED', `hedgeOdds are themselves an arbitrage (Σ 1/o = ${S} < 1), so the best hedge is unbounded`);
  }
  const payouts = stakes.map((s, i) => s * eo[i]);
  const R = Math.max(...payouts);
  const hedgeStakes = payouts.map((p, i) => (R - p) / h[i]);
  const spent = stakes.reduce((a, x) => a + x, 0) + hedgeStakes.reduce((a, x) => a + x, 0);
  return checkFiniteResult({ hedgeStakes, guaranteedProfit: R - spent }, 'hedgePosition');
}
