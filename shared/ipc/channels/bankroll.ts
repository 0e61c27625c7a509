/** Channels of the bankroll domain (see shared/ipc/README.md, "How to add a request channel"). */
import { z } from 'zod';
import { BET_MARKETS, BET_STATUSES, type BankrollTransaction, type Bet } from '../../domain/bets';

/** Kinds of bet the Analytics filters know: logged from an opportunity, or typed by hand / imported. */
export const ANALYTICS_BET_KINDS = ['opportunity', 'manual'] as const;
export type AnalyticsBetKind = (typeof ANALYTICS_BET_KINDS)[number];

const time = z.number().int().min(0).max(8.64e15);
const cents = z.number().int().min(-1e13).max(1e13);
const id = z.number().int().min(1);

/** A bet as the form, a draft or the CLI sends it (validated again by the shared rules in the core). */
/** Limits of the bankroll settings: the core validates with them, the Settings form too. */
export const BANKROLL_SETTING_BOUNDS = {
  settleIntervalMinutes: { min: 5, max: 24 * 60 },
  resultDelayMinutes: { min: 60, max: 24 * 60 },
  noScoreFlagHours: { min: 6, max: 24 * 30 },
  closeMaxAgeMinutes: { min: 1, max: 7 * 24 * 60 },
} as const;

const bounded = (k: keyof typeof BANKROLL_SETTING_BOUNDS) =>
  z.number().int().min(BANKROLL_SETTING_BOUNDS[k].min).max(BANKROLL_SETTING_BOUNDS[k].max);

/** Validation of the bankroll settings (an update with a bad field is refused whole). */
export const bankrollSettingsSchema = z
  .object({
    /** Run the settlement pass on a schedule. */
    autoSettle: z.boolean(),
    /** Minutes between two settlement passes. */
    settleIntervalMinutes: bounded('settleIntervalMinutes'),
    /** Minutes after kick-off before /scores is asked about an event (a match must be over). */
    resultDelayMinutes: bounded('resultDelayMinutes'),
    /** Hours after kick-off after which a bet with no score is flagged for a manual result. */
    noScoreFlagHours: bounded('noScoreFlagHours'),
    /** The sharp book whose devigged close gives the no-vig CLV. */
    sharpBookmaker: z.string().regex(/^[a-z0-9_]{2,60}$/, 'a bookmaker key like pinnacle'),
    /** A close last seen longer than this before kick-off is "estimated". */
    closeMaxAgeMinutes: bounded('closeMaxAgeMinutes'),
  })
  .strict();

export const betInputSchema = z
  .object({
    eventId: z.string().min(1).max(128).nullable().default(null),
    sportKey: z.string().trim().min(1).max(80),
    homeTeam: z.string().trim().min(1).max(200),
    awayTeam: z.string().trim().min(1).max(200),
    commenceTime: time,
    market: z.enum(BET_MARKETS),
    selection: z.string().trim().min(1).max(200),
    point: z.number().finite().nullable().default(null),
    bookmaker: z.string().trim().min(1).max(80),
    odds: z.number().finite(),
    stakeCents: cents,
    placedAt: time,
    status: z.enum(BET_STATUSES).default('pending'),
    cashoutCents: cents.nullable().default(null),
    settledAt: time.nullable().default(null),
    closingOdds: z.number().finite().gt(1).nullable().default(null),
    tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
    notes: z.string().max(2000).default(''),
    opportunityId: z.number().int().nullable().default(null),
  })
  .strict();

/** Filters of the bet log. */
export const betFilterSchema = z
  .object({
    status: z.enum([...BET_STATUSES, 'settled', 'flagged']).optional(),
    sportKey: z.string().max(80).optional(),
    bookmaker: z.string().max(80).optional(),
    market: z.enum(BET_MARKETS).optional(),
    tag: z.string().max(40).optional(),
    search: z.string().max(100).optional(),
    from: time.optional(),
    to: time.optional(),
  })
  .strict();

/** Request schemas of this domain (zod), one per channel named `bankroll:verb-noun`. */
export const bankrollRequests = {
  'bankroll:get-summary': z.object({}).strict(),
  'bankroll:list-transactions': z.object({}).strict(),
  'bankroll:add-transaction': z
    // a withdrawal above the bankroll is refused (CONFLICT) unless force: the UI confirms, then resends with force
    .object({
      kind: z.enum(['deposit', 'withdrawal']),
      amountCents: cents,
      at: time.optional(),
      note: z.string().max(500).default(''),
      force: z.boolean().optional(),
    })
    .strict(),
  'bankroll:delete-transaction': z.object({ id }).strict(),
  'bankroll:list-bets': betFilterSchema.extend({
    limit: z.number().int().min(1).max(5000).default(200),
    offset: z.number().int().min(0).default(0),
  }),
  'bankroll:create-bet': betInputSchema,
  'bankroll:update-bet': z.object({ id, bet: betInputSchema }).strict(),
  'bankroll:set-bet-status': z
    .object({ id, status: z.enum(BET_STATUSES), cashoutCents: cents.nullable().default(null), settledAt: time.nullable().default(null) })
    .strict(),
  'bankroll:delete-bet': z.object({ id }).strict(),
  'bankroll:settle-now': z.object({}).strict(),
  'bankroll:get-stats': z.object({}).strict(),
  'bankroll:get-analytics': z
    .object({
      from: time.optional(),
      to: time.optional(),
      sport: z.string().max(80).optional(),
      bookmaker: z.string().max(60).optional(),
      market: z.enum(BET_MARKETS).optional(),
      tag: z.string().max(60).optional(),
      kind: z.enum(ANALYTICS_BET_KINDS).optional(),
    })
    .strict(),
  'bankroll:import-bets': z
    .object({
      csv: z.string().max(50_000_000),
      dryRun: z.boolean().default(false),
      /** Import a bet even when the same one (event, selection, book, odds, stake, time) is stored or repeated. */
      allowDuplicates: z.boolean().default(false),
    })
    .strict(),
  'bankroll:export-bets': z.object({}).strict(),
  'bankroll:list-bookmakers': z.object({}).strict(),
  'bankroll:get-settings': z.object({}).strict(),
  'bankroll:update-settings': bankrollSettingsSchema.partial().strict(),
} as const;

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

/** Feature settings of the bankroll. */
export type BankrollSettings = z.output<typeof bankrollSettingsSchema>;

/** Response type of each request channel of this domain. */
export interface BankrollResponses {
  'bankroll:get-summary': BankrollSummary;
  'bankroll:list-transactions': BankrollTransaction[];
  'bankroll:add-transaction': BankrollTransaction;
  'bankroll:delete-transaction': { deleted: true };
  'bankroll:list-bets': { bets: Bet[]; total: number };
  'bankroll:create-bet': { bet: Bet; createdBookmaker: string | null };
  'bankroll:update-bet': { bet: Bet; createdBookmaker: string | null };
  'bankroll:set-bet-status': Bet;
  'bankroll:delete-bet': { deleted: true };
  'bankroll:settle-now': SettleReport;
  'bankroll:get-stats': LedgerJson;
  'bankroll:get-analytics': BankrollAnalytics;
  'bankroll:import-bets': ImportReport;
  'bankroll:export-bets': { csv: string; filename: string; count: number };
  'bankroll:list-bookmakers': { key: string; title: string }[];
  'bankroll:get-settings': BankrollSettings;
  'bankroll:update-settings': BankrollSettings;
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

/** Pushed events of this domain and their payloads. */
export interface BankrollEvents {
  /** Something changed (a bet, a deposit, a settlement pass): reload what is shown. */
  'bankroll:changed': { reason: 'bet' | 'transaction' | 'settlement' | 'import'; at: number };
}

/** Every event name of this domain (the record makes a missing one fail to compile). */
export const bankrollEventNames: Record<keyof BankrollEvents, 1> = { 'bankroll:changed': 1 };
