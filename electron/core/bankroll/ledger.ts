/**
 * The ledger in cents, following the shared `ledgerStats` conventions (odds-math.md §7,
 * shared/oddsmath/ledger.ts): void/push return the stake and count nowhere; a half result is a
 * half-stake bet plus a half-stake push (half the stake in turnover, counted once); the equity
 * curve starts from the deposits and runs through the settled bets in settlement order; CLV is
 * taken/close − 1 over every bet that has a close. Extension: a cash-out has action on its whole
 * stake, profit = amount − stake, and counts as a win when that profit is positive.
 * Kept in integer cents so the bankroll is exact; tests check it against ledgerStats.
 */
import type { BetStatus, ClvState } from '../../../shared/domain/bets';
import type { BankrollSummary, LedgerJson } from '../../../shared/domain/bankroll';
import type { WritableDb } from '../db/open-database';
import { parseTags } from './bet-row';

/** What the aggregates need of a bet. */
export interface LedgerBetRow {
  status: BetStatus;
  stake: number;
  odds: number;
  profit: number | null;
  settledAt: number | null;
  placedAt: number;
  sport: string;
  bookmaker: string;
  market: string;
  tags: string[];
  /** Raw close (stored prices, else the CSV's closing odds). */
  close: number | null;
  clvState: ClvState;
  noVigP: number | null;
  flagged: boolean;
  /** Logged from an opportunity (else typed by hand or imported). */
  fromOpportunity?: boolean;
}

export interface LedgerTx {
  kind: 'deposit' | 'withdrawal';
  cents: number;
  at: number;
}

/** Loads every bet and transaction, settled bets in settlement order. */
export function loadLedger(db: WritableDb): { bets: LedgerBetRow[]; tx: LedgerTx[] } {
  // plain columns, no ORDER BY: sorting 10k rows in JS is cheaper than SQLite's temp B-tree here
  const rows = db
    .prepare(
      `SELECT status, stake_cents, odds, profit_cents, settled_at, placed_at, sport_key, bookmaker, market, tags,
       clv_raw_close, closing_odds, clv_raw_state, clv_novig_p, flag, id, opportunity_id FROM bets`,
    )
    .raw()
    .all() as [
    BetStatus,
    number,
    number,
    number | null,
    number | null,
    number,
    string,
    string,
    string,
    string,
    number | null,
    number | null,
    ClvState,
    number | null,
    string | null,
    number,
    number | null,
  ][];
  const order = (r: (typeof rows)[number]) => r[4] ?? r[5];
  rows.sort((a, b) => order(a) - order(b) || a[15] - b[15]);
  const bets = rows.map((r): LedgerBetRow => ({
    status: r[0],
    stake: r[1],
    odds: r[2],
    profit: r[3],
    settledAt: r[4],
    placedAt: r[5],
    sport: r[6],
    bookmaker: r[7],
    market: r[8],
    tags: r[9] === '[]' ? [] : parseTags(r[9]),
    close: r[10] ?? r[11],
    clvState: r[10] !== null ? r[12] : r[11] !== null ? 'estimated' : 'missing',
    noVigP: r[13],
    flagged: r[14] !== null,
    fromOpportunity: r[16] !== null,
  }));
  const tx = db.prepare(`SELECT kind, amount_cents AS cents, at FROM bankroll_transactions ORDER BY at, id`).all() as LedgerTx[];
  return { bets, tx };
}

/** Stake with action: full for won/lost/cash-out, half for half results, none for void/push. */
export function actionOf(b: LedgerBetRow): number {
  if (b.status === 'won' || b.status === 'lost' || b.status === 'cashed_out') return b.stake;
  if (b.status === 'half_won' || b.status === 'half_lost') return b.stake / 2;
  return 0;
}

/** A win: won, half won, or a cash-out with a profit. */
export const isWin = (b: LedgerBetRow): boolean =>
  b.status === 'won' || b.status === 'half_won' || (b.status === 'cashed_out' && (b.profit ?? 0) > 0);

/** Win probability used for the expected profit: sharp no-vig close, else the raw close, else the price taken. */
export const probOf = (b: LedgerBetRow): number => b.noVigP ?? 1 / (b.close ?? b.odds);

/** Headline figures of the bankroll. */
export function summarize(bets: LedgerBetRow[], tx: LedgerTx[]): BankrollSummary {
  const deposits = tx.filter((t) => t.kind === 'deposit').reduce((a, t) => a + t.cents, 0);
  const withdrawals = tx.filter((t) => t.kind === 'withdrawal').reduce((a, t) => a + t.cents, 0);
  let profit = 0,
    turnover = 0,
    nSettled = 0,
    wins = 0,
    implied = 0,
    pending = 0,
    pendingStake = 0,
    flagged = 0;
  let equity = deposits,
    peak = deposits,
    ddAbs = 0,
    ddPct = 0;
  let clvN = 0,
    clvSum = 0,
    clvStake = 0,
    clvStakeSum = 0,
    nvN = 0,
    nvSum = 0,
    ev = 0,
    variance = 0;
  const counts = { captured: 0, estimated: 0, missing: 0 };
  for (const b of bets) {
    if (b.status === 'pending') {
      pending++;
      pendingStake += b.stake;
      if (b.flagged) flagged++;
    } else {
      const p = b.profit ?? 0;
      profit += p;
      const action = actionOf(b);
      turnover += action;
      if (action > 0) {
        nSettled++;
        implied += 1 / b.odds;
        if (isWin(b)) wins++;
        if (b.status !== 'cashed_out') {
          const q = probOf(b);
          ev += action * (q * b.odds - 1);
          variance += action * action * b.odds * b.odds * q * (1 - q);
        }
      }
      equity += p;
      peak = Math.max(peak, equity);
      ddAbs = Math.max(ddAbs, peak - equity);
      if (peak > 0) ddPct = Math.max(ddPct, (peak - equity) / peak);
    }
    if (b.close !== null) {
      const c = b.odds / b.close - 1;
      clvN++;
      clvSum += c;
      clvStake += b.stake;
      clvStakeSum += b.stake * c;
    }
    if (b.noVigP !== null) {
      nvN++;
      nvSum += b.noVigP * b.odds - 1;
    }
    counts[b.clvState]++;
  }
  return {
    bankrollCents: deposits - withdrawals + profit,
    depositsCents: deposits,
    withdrawalsCents: withdrawals,
    settledProfitCents: profit,
    turnoverCents: turnover,
    pendingStakeCents: pendingStake,
    pending,
    nSettled,
    wins,
    winRate: nSettled ? wins / nSettled : null,
    impliedWinRate: nSettled ? implied / nSettled : null,
    yield: turnover > 0 ? profit / turnover : null,
    roiOnBankroll: deposits > 0 ? profit / deposits : null,
    maxDrawdownCents: ddAbs,
    maxDrawdownPctOfPeak: ddPct,
    meanClvRaw: clvN ? clvSum / clvN : null,
    stakeWeightedClvRaw: clvN ? clvStakeSum / clvStake : null,
    meanClvNoVig: nvN ? nvSum / nvN : null,
    clvCounts: counts,
    expectedProfitCents: Math.round(ev),
    profitSdCents: Math.round(Math.sqrt(variance)),
    flagged,
  };
}

/** The JSON of `monps stats --json`: money in currency units (2 decimals). */
export function toLedgerJson(s: BankrollSummary): LedgerJson {
  const eur = (c: number) => Math.round(c) / 100;
  return {
    bankroll: eur(s.bankrollCents),
    totalProfit: eur(s.settledProfitCents),
    turnover: eur(s.turnoverCents),
    yield: s.yield,
    roiOnBankroll: s.roiOnBankroll,
    nSettled: s.nSettled,
    wins: s.wins,
    winRate: s.winRate,
    maxDrawdownAbs: eur(s.maxDrawdownCents),
    maxDrawdownPctOfPeak: s.maxDrawdownPctOfPeak,
    meanClv: s.meanClvRaw,
    stakeWeightedAvgClv: s.stakeWeightedClvRaw,
    pending: s.pending,
  };
}
