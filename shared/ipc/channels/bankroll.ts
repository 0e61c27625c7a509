/** Channels of the bankroll domain (see shared/ipc/README.md, "How to add a request channel"). */
import { z } from 'zod';
import {
  ANALYTICS_BET_KINDS,
  BANKROLL_SETTING_BOUNDS,
  type BankrollAnalytics,
  type BankrollSettings,
  type BankrollSummary,
  type ImportReport,
  type LedgerJson,
  type SettleReport,
} from '../../domain/bankroll';
import { BET_MARKETS, BET_STATUSES, type BankrollTransaction, type Bet } from '../../domain/bets';

const time = z.number().int().min(0).max(8.64e15);
const cents = z.number().int().min(-1e13).max(1e13);
const id = z.number().int().min(1);

const bounded = (k: keyof typeof BANKROLL_SETTING_BOUNDS) =>
  z.number().int().min(BANKROLL_SETTING_BOUNDS[k].min).max(BANKROLL_SETTING_BOUNDS[k].max);

/** Validation of the bankroll settings (an update with a bad field is refused whole); fields: BankrollSettings. */
export const bankrollSettingsSchema = z
  .object({
    autoSettle: z.boolean(),
    settleIntervalMinutes: bounded('settleIntervalMinutes'),
    resultDelayMinutes: bounded('resultDelayMinutes'),
    noScoreFlagHours: bounded('noScoreFlagHours'),
    sharpBookmaker: z.string().regex(/^[a-z0-9_]{2,60}$/, 'a bookmaker key like pinnacle'),
    closeMaxAgeMinutes: bounded('closeMaxAgeMinutes'),
  })
  .strict() satisfies z.ZodType<BankrollSettings>;

/** A bet as the form, a draft or the CLI sends it (validated again by the shared rules in the core). */
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

/** Pushed events of this domain and their payloads. */
export interface BankrollEvents {
  /** Something changed (a bet, a deposit, a settlement pass): reload what is shown. */
  'bankroll:changed': { reason: 'bet' | 'transaction' | 'settlement' | 'import'; at: number };
}

/** Every event name of this domain (the record makes a missing one fail to compile). */
export const bankrollEventNames: Record<keyof BankrollEvents, 1> = { 'bankroll:changed': 1 };
