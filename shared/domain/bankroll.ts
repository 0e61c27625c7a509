/**
 * Bankroll figures: the summary, the Analytics aggregates, the settlement and import reports and
 * the bankroll settings, as the core computes them and the renderer and CLI show them. Money is
 * integer cents (LedgerJson: currency units); times are UTC epoch ms. Bets and deposits: bets.ts.
 * The zod schemas that validate requests live in shared/ipc/channels/bankroll.ts.
 */

/** Kinds of bet the Analytics filters know: logged from an opportunity, or typed by hand / imported. */
export const ANALYTICS_BET_KINDS = ['opportunity', 'manual'] as const;
export type AnalyticsBetKind = (typeof ANALYTICS_BET_KINDS)[number];

/** Limits of the bankroll settings: the core validates with them, the Settings form too. */
export const BANKROLL_SETTING_BOUNDS = {
  settleIntervalMinutes: { min: 5, max: 24 * 60 },
  resultDelayMinutes: { min: 60, max: 24 * 60 },
  noScoreFlagHours: { min: 6, max: 24 * 30 },
  closeMaxAgeMinutes: { min: 1, max: 7 * 24 * 60 },
} as const;

/** Feature settings of the bankroll (validated by bankrollSettingsSchema in shared/ipc/channels/bankroll.ts). */
export interface BankrollSettings {
  /** Run the settlement pass on a schedule. */
  autoSettle: boolean;
  /** Minutes between two settlement passes. */
  settleIntervalMinutes: number;
  /** Minutes after kick-off before /scores is asked about an event (a match must be over). */
  resultDelayMinutes: number;
  /** Hours after kick-off after which a bet with no score is flagged for a manual result. */
  noScoreFlagHours: number;
  /** The sharp book whose devigged close gives the no-vig CLV. */
  sharpBookmaker: string;
  /** A close last seen longer than this before kick-off is "estimated". */
  closeMaxAgeMinutes: number;
}

/** The JSON of `monps stats --json` (ledgerStats conventions; money in currency units, ratios as fractions). */
export interface LedgerJson {
  bankroll: number;
  totalProfit: number;
  turnover: number;
  yield: number | null;
  roiOnBankroll: number | null;
  nSettled: number;
  wins: number;
  winRate: number | null;
  maxDrawdownAbs: number;
  maxDrawdownPctOfPeak: number;
  meanClv: number | null;
  stakeWeightedAvgClv: number | null;
  pending: number;
}

/** The headline figures of the bankroll (cents for money). */
export interface BankrollSummary {
  bankrollCents: number;
  depositsCents: number;
  withdrawalsCents: number;
  settledProfitCents: number;
  turnoverCents: number;
  pendingStakeCents: number;
  pending: number;
  nSettled: number;
  wins: number;
  winRate: number | null;
  /** Mean 1/odds over the settled bets with action: the win rate the odds imply. */
  impliedWinRate: number | null;
  yield: number | null;
  roiOnBankroll: number | null;
  maxDrawdownCents: number;
  maxDrawdownPctOfPeak: number;
  meanClvRaw: number | null;
  stakeWeightedClvRaw: number | null;
  meanClvNoVig: number | null;
  clvCounts: { captured: number; estimated: number; missing: number };
  /** Σ stake·(p·odds − 1) with p the sharp no-vig close (else 1/close, else 1/odds), and its standard deviation. */
  expectedProfitCents: number;
  profitSdCents: number;
  flagged: number;
}

/** One row of a breakdown table. */
export interface BreakdownRow {
  key: string;
  n: number;
  stakedCents: number;
  profitCents: number;
  /** Profit over the money staked (void bets included). */
  roi: number | null;
  /** Profit over the money in action (void bets and pushes left out). */
  yield: number | null;
  winRate: number | null;
  meanClv: number | null;
}

/** Everything the Analytics page draws, aggregated in the core (chart-ready, downsampled). */
export interface BankrollAnalytics {
  summary: BankrollSummary;
  /**
   * Bankroll after each movement (deposit, withdrawal, settled bet), time order: `cents` is the
   * balance once `deltaCents` is applied. With bet filters, only the matching bets move it
   * (deposits and withdrawals always do). Deposits and withdrawals are never downsampled away.
   */
  curve: { t: number; cents: number; deltaCents: number; kind: 'deposit' | 'withdrawal' | 'bet' }[];
  /** Bets with a close whose price beat it (odds > close), and how many have a close. */
  beatClose: { rate: number | null; beat: number; n: number };
  /** What the filters can choose from (every bet, not only the filtered ones). */
  options: { sports: string[]; bookmakers: string[]; markets: string[]; tags: string[] };
  deposits: { t: number; cents: number; kind: 'deposit' | 'withdrawal' }[];
  monthly: { month: string; profitCents: number; stakedCents: number; n: number }[];
  breakdowns: Record<'sport' | 'bookmaker' | 'market' | 'oddsBand' | 'month' | 'tag', BreakdownRow[]>;
  /** Per bet with a raw CLV, in placement order: its CLV and the running mean. */
  clvTrend: { t: number; clv: number; mean: number }[];
  clvHistogram: { from: number; to: number; n: number }[];
  /** Cumulative actual and expected profit with the ±2σ band, in settlement order. */
  expected: { t: number; actual: number; expected: number; lo: number; hi: number }[];
}

/** Result of a CSV import (all or nothing). */
export interface ImportReport {
  ok: boolean;
  imported: number;
  /** Line numbers are those of the file (the header is line 1). */
  errors: { line: number; message: string }[];
  createdBookmakers: string[];
}

/** What one settlement pass did. */
export interface SettleReport {
  settled: number;
  fromDb: number;
  fromScores: number;
  flagged: number;
  scoresCalls: { sport: string; daysFrom: number | null; credits: number | null }[];
  errors: string[];
  clvUpdated: number;
}
