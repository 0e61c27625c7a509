import { OddsMathError } from './errors';
import { checkFiniteResult, checkNumber, checkOdd, show } from './validate';

/** How a bet settled. Half results are Asian-handicap quarter lines: half the stake won/lost, half returned. */
export type BetResult = 'won' | 'lost' | 'void' | 'push' | 'half_won' | 'half_lost';

/** All {@link BetResult} values. */
export const BET_RESULTS: readonly BetResult[] = ['won', 'lost', 'void', 'push', 'half_won', 'half_lost'];

/** One bet of a ledger, in bet order. `close` is the closing decimal price of the same selection. */
export interface LedgerBet {
  stake: number;
  odds: number;
  result: BetResult;
  close?: number;
}

/** Result of {@link ledgerStats}. Money in the caller's currency unit, ratios as fractions. */
export interface LedgerStats {
  /** Profit of each bet, in input order. */
  profits: number[];
  totalProfit: number;
  /** Stake that had action: full stake for won/lost, half for half results, 0 for void/push. */
  turnover: number;
  /** totalProfit / turnover (tipster "ROI per unit staked"); null when turnover is 0. */
  yield: number | null;
  /** totalProfit / initialBankroll. */
  roiOnBankroll: number;
  /** Bets with action: won, lost, half_won, half_lost. */
  nSettled: number;
  /** won + half_won. */
  wins: number;
  /** wins / nSettled; null when nothing settled. */
  winRate: number | null;
  /** Equity curve: equity[0] = initialBankroll, equity[i+1] = after bet i (length bets + 1). */
  equity: number[];
  /** max over t of (running peak − equity_t). */
  maxDrawdownAbs: number;
  /** max over t of (running peak − equity_t)/running peak (may come from a different trough than the absolute one). */
  maxDrawdownPctOfPeak: number;
  /** Mean of taken/close − 1 over bets that have a close; null when none has. */
  meanClv: number | null;
  /** Σ stake·clv / Σ stake over bets that have a close; null when none has. */
  stakeWeightedAvgClv: number | null;
  /** How many bets have a close (the CLV sample size). */
  nClv: number;
}

/** Profit of one bet and the part of its stake that had action. */
function settle(bet: LedgerBet): { profit: number; action: number } {
  const win = bet.stake * (bet.odds - 1);
  switch (bet.result) {
    case 'won':
      return { profit: win, action: bet.stake };
    case 'lost':
      return { profit: -bet.stake, action: bet.stake };
    case 'half_won':
      return { profit: win / 2, action: bet.stake / 2 };
    case 'half_lost':
      return { profit: -bet.stake / 2, action: bet.stake / 2 };
    default:
      return { profit: 0, action: 0 };
  }
}

/**
 * Bankroll statistics of a sequence of settled bets (odds-math.md §7).
 * Void/push return the stake and count in neither turnover, nSettled nor wins. A half result is
 * treated as two half-stake bets, one won/lost and one pushed: half the stake enters turnover and the
 * bet counts once in nSettled (and in wins for half_won). CLV per bet is taken/close − 1 (§6), over
 * every bet that carries a close, whatever its result.
 * @throws OddsMathError INVALID_ARGUMENT (bankroll ≤ 0, stake ≤ 0, unknown result), INVALID_ODDS
 */
export function ledgerStats(initialBankroll: number, bets: readonly LedgerBet[]): LedgerStats {
  const bankroll = checkNumber(initialBankroll, 'initialBankroll', { min: 0, minExclusive: true });
  if (!Array.isArray(bets)) {
    throw new OddsMathError('INVALID_ARGUMENT', `bets must be an array, got ${show(bets)}`);
  }
  const profits: number[] = [];
  const equity: number[] = [bankroll];
  let turnover = 0;
  let nSettled = 0;
  let wins = 0;
  let peak = bankroll;
  let maxDrawdownAbs = 0;
  let maxDrawdownPctOfPeak = 0;
  let clvSum = 0;
  let clvStakeSum = 0;
  let clvStake = 0;
  let nClv = 0;
  bets.forEach((bet, i) => {
    checkNumber(bet.stake, `bets[${i}].stake`, { min: 0, minExclusive: true });
    checkOdd(bet.odds, `bets[${i}].odds`);
    if (!BET_RESULTS.includes(bet.result)) {
      throw new OddsMathError('INVALID_ARGUMENT', `bets[${i}].result must be one of ${BET_RESULTS.join(', ')}, got ${show(bet.result)}`);
    }
    const { profit, action } = settle(bet);
    profits.push(profit);
    turnover += action;
    if (action > 0) nSettled += 1;
    if (bet.result === 'won' || bet.result === 'half_won') wins += 1;
    const now = equity[equity.length - 1] + profit;
    equity.push(now);
    peak = Math.max(peak, now);
    maxDrawdownAbs = Math.max(maxDrawdownAbs, peak - now);
    maxDrawdownPctOfPeak = Math.max(maxDrawdownPctOfPeak, (peak - now) / peak);
    if (bet.close !== undefined) {
      const c = bet.odds / checkOdd(bet.close, `bets[${i}].close`) - 1;
      nClv += 1;
      clvSum += c;
      clvStakeSum += bet.stake * c;
      clvStake += bet.stake;
    }
  });
  const totalProfit = profits.reduce((a, x) => a + x, 0);
  return checkFiniteResult(
    {
      profits,
      totalProfit,
      turnover,
      yield: turnover > 0 ? totalProfit / turnover : null,
      roiOnBankroll: totalProfit / bankroll,
      nSettled,
      wins,
      winRate: nSettled > 0 ? wins / nSettled : null,
      equity,
      maxDrawdownAbs,
      maxDrawdownPctOfPeak,
      meanClv: nClv > 0 ? clvSum / nClv : null,
      stakeWeightedAvgClv: nClv > 0 ? clvStakeSum / clvStake : null,
      nClv,
    },
    'ledgerStats',
  );
}
