import { OddsMathError } from './errors';
import { checkOdd, show } from './validate';

/** One price cell of a bookmaker × outcome grid; NaN, 0, null or undefined mean "not quoted". */
export type QuoteCell = number | null | undefined;

/** Result of {@link arbitrage}. */
export interface ArbitrageResult {
  /** Best (highest) decimal odds per outcome across bookmakers. */
  bestOdds: number[];
  /** Row index of the bookmaker offering each best price (ties: the first row). */
  bestBookmaker: number[];
  /** S = Σ 1/bestOdds_i; an arbitrage exists iff S < 1. */
  booksum: number;
  /** "Arb margin" / overbroke share: 1 − S (> 0 iff arbitrage). */
  arbMargin: number;
  /** Guaranteed return on outlay with equal-payout stakes: 1/S − 1 (> 0 iff arbitrage). */
  guaranteedReturn: number;
  /** Equal-payout share of the total outlay per outcome: (1/o_i)/S, summing to 1. */
  stakeFractions: number[];
  /** True when booksum < 1. */
  isArbitrage: boolean;
}

/** Array check that does not narrow the static type to any[] (Array.isArray on ReadonlyArray does). */
function isArray(x: unknown): boolean {
  return Array.isArray(x);
}

function isMissing(cell: unknown): boolean {
  return cell === undefined || cell === null || cell === 0 || (typeof cell === 'number' && Number.isNaN(cell));
}

/**
 * Best price per outcome across bookmakers and the resulting surebet figures
 * (odds-math.md §5; penaltyblog arbitrage finder). Rows = bookmakers, columns = outcomes; every
 * row has one cell per outcome. A quoted cell must be a finite number > 1.
 * Grid [[2.8,3.5,3.1],[3.1,3.4,2.9],[3.0,3.2,3.0]] → best [3.1,3.5,3.1] from [1,0,0],
 * booksum 0.930876, arbMargin 0.069124, guaranteedReturn 0.074257.
 * @throws OddsMathError INVALID_ODDS, TOO_FEW_OUTCOMES, LENGTH_MISMATCH, NO_QUOTE
 */
export function arbitrage(bookOdds: ReadonlyArray<ReadonlyArray<QuoteCell>>): ArbitrageResult {
  if (!isArray(bookOdds) || bookOdds.length === 0) {
    throw new OddsMathError('INVALID_ODDS', `bookOdds must be a non-empty array of bookmaker rows, got ${show(bookOdds)}`);
  }
  bookOdds.forEach((row, b) => {
    if (!isArray(row)) {
      throw new OddsMathError('INVALID_ODDS', `bookOdds[${b}] must be an array of odds, got ${show(row)}`);
    }
  });
  const n = bookOdds[0].length;
  const bestOdds: number[] = new Array<number>(n).fill(0);
  const bestBookmaker: number[] = new Array<number>(n).fill(-1);
  bookOdds.forEach((row, b) => {
    if (row.length !== n) {
      throw new OddsMathError('LENGTH_MISMATCH', `bookOdds[${b}] has ${row.length} outcomes but bookOdds[0] has ${n}`);
    }
    row.forEach((cell, i) => {
      if (isMissing(cell)) return;
      const o = checkOdd(cell, `bookOdds[${b}][${i}]`);
      if (o > bestOdds[i]) {
        bestOdds[i] = o;
        bestBookmaker[i] = b;
      }
    });
  });
  if (n < 2) {
    throw new OddsMathError('TOO_FEW_OUTCOMES', `bookOdds rows must list at least 2 outcomes, got ${n}`);
  }
  const unquoted = bestBookmaker.indexOf(-1);
  if (unquoted >= 0) {
    throw new OddsMathError('NO_QUOTE', `no bookmaker quotes outcome ${unquoted}, so there is no best price for it`);
  }
  const inv = bestOdds.map((o) => 1 / o);
  const S = inv.reduce((a, x) => a + x, 0);
  return {
    bestOdds,
    bestBookmaker,
    booksum: S,
    arbMargin: 1 - S,
    guaranteedReturn: 1 / S - 1,
    stakeFractions: inv.map((x) => x / S),
    isArbitrage: S < 1,
  };
}
