import { checkFiniteResult, checkNumber, checkOdd, checkOddsList, checkSameLength } from './validate';

/**
 * Net decimal odds of a leg whose winnings pay commission c (exchange):
 * `1 + (o − 1)(1 − c)`. 3.0 at 5 % → 2.9.
 * @throws OddsMathError INVALID_ODDS / INVALID_ARGUMENT (c ∉ [0, 1))
 */
export function effectiveOdds(odds: number, commission: number): number {
  const o = checkOdd(odds, 'odds');
  const c = checkNumber(commission, 'commission', { min: 0, max: 1, maxExclusive: true });
  return 1 + (o - 1) * (1 - c);
}

/** Options of {@link equalPayoutStakes}. */
export type EqualPayoutOptions = Readonly<{
  /** Round every stake to a multiple of this amount (e.g. 1 for whole euros). Default: no rounding. */
  unit?: number;
  /** Commission on each leg's winnings (0 for a bookmaker, e.g. 0.05 on an exchange). */
  commissions?: readonly number[];
}>;

/** Result of {@link equalPayoutStakes}. Money in the caller's currency unit. */
export interface EqualPayoutStakes {
  stakes: number[];
  /** Net return (stake + winnings after commission) if each outcome wins. */
  payouts: number[];
  minPayout: number;
  /** Σ stakes actually staked (= total, or total rounded to `unit` when rounding). */
  totalStake: number;
  /** Worst-case profit: minPayout − totalStake. */
  profit: number;
  /** profit / totalStake (return on outlay). */
  profitPct: number;
}

/** Rounds away binary noise of units × unit (e.g. 3 × 0.1) to 1e-9 of a currency unit. */
function clean(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/**
 * Splits `total` across legs so every outcome pays the same: s_i = total·(1/e_i)/Σ(1/e_j), where
 * e_i is the effective odds after commission. With `unit`, each stake becomes a multiple of `unit`
 * (the floor or the ceiling of its exact value), the stakes add up to `total` rounded to `unit`, and
 * the legs rounded up are those whose rounding down would cost the most payout (f_i·unit·e_i) —
 * which maximises the minimum payout among such roundings. Each rounded payout is then within
 * unit × e_i of the exact one.
 * [2.08, 2.0], 100 → [49.02, 50.98], payout 101.96, profit 1.96.
 * @throws OddsMathError INVALID_ODDS, TOO_FEW_OUTCOMES, INVALID_ARGUMENT, LENGTH_MISMATCH
 */
export function equalPayoutStakes(odds: readonly number[], total: number, opts: EqualPayoutOptions = {}): EqualPayoutStakes {
  const o = checkOddsList(odds);
  const budget = checkNumber(total, 'total', { min: 0, minExclusive: true });
  const commissions = opts.commissions ?? o.map(() => 0);
  checkSameLength(o, 'odds', commissions, 'commissions');
  const eff = o.map((x, i) => effectiveOdds(x, commissions[i]));
  const inv = eff.map((e) => 1 / e);
  const S = inv.reduce((a, x) => a + x, 0);
  const exact = inv.map((x) => (budget * x) / S);

  let stakes: number[];
  if (opts.unit === undefined) {
    stakes = exact;
  } else {
    const unit = checkNumber(opts.unit, 'unit', { min: 0, minExclusive: true });
    const units = exact.map((s) => Math.floor(s / unit + 1e-9));
    const targetUnits = Math.round(budget / unit);
    const used = units.reduce((a, u) => a + u, 0);
    const roundUp = Math.min(o.length, Math.max(0, targetUnits - used));
    // Loss in payout if leg i stays rounded down; round up the legs that would lose the most.
    const loss = exact.map((s, i) => (s - units[i] * unit) * eff[i]);
    const order = loss.map((_, i) => i).sort((a, b) => loss[b] - loss[a]);
    for (const i of order.slice(0, roundUp)) units[i] += 1;
    stakes = units.map((u) => clean(u * unit));
  }
  const payouts = stakes.map((s, i) => s * eff[i]);
  const minPayout = Math.min(...payouts);
  const totalStake = stakes.reduce((a, x) => a + x, 0);
  const profit = minPayout - totalStake;
  const profitPct = totalStake > 0 ? profit / totalStake : 0;
  return checkFiniteResult({ stakes, payouts, minPayout, totalStake, profit, profitPct }, 'equalPayoutStakes');
}
