/** Channels of the opportunities domain (see shared/ipc/README.md, "How to add a request channel"). */
import { z } from 'zod';
import type { Bet } from '../../domain/bets';
import type { Opportunity, OpportunitySettings, ScanSummary, TrackRecordView } from '../../domain/opportunities';
import { DEVIG_METHODS, type DevigMethod } from '../../oddsmath';

const bookKey = z.string().regex(/^[a-z0-9_]{2,60}$/, 'a bookmaker key like pinnacle');
const fraction = (max: number) => z.number().min(0).max(max);

/** The scanner's settings, validated whole (a feature setting: createFeatureSettings). */
export const opportunitySettingsSchema = z
  .object({
    minBooks: z.number().int().min(2).max(50),
    maxQuoteAgeMinutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60),
    placeholderMaxPrice: z.number().min(1).max(1.2),
    suspiciousArb: z.number().gt(0).max(1),
    suspiciousEv: z.number().gt(0).max(5),
    outlierRatio: z.number().gt(0).max(5),
    confirmEdge: z.number().min(0).max(5),
    secondSharps: z.array(bookKey).max(20),
    myBookmakers: z.array(bookKey).max(100),
    minArb: fraction(0.5),
    minValueEv: fraction(1),
    devigMethod: z.enum(DEVIG_METHODS as [DevigMethod, ...DevigMethod[]]),
    referenceBook: bookKey,
    consensusBooks: z.array(bookKey).max(100),
    kellyFraction: z.number().gt(0).max(1),
    bankroll: z.number().min(0).max(1e9),
    stakeUnit: z.number().gt(0).max(1e6),
    defaultTotal: z.number().gt(0).max(1e9),
    dropThreshold: z.number().gt(0).max(0.9),
    dropWindowMinutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60),
    sharpDropThreshold: z.number().gt(0).max(0.9),
    minGap: z.number().gt(0).max(10),
    middleMaxLoss: fraction(0.2),
    commissions: z.record(bookKey, fraction(0.5)),
    otherExchangeCommission: fraction(0.5),
  })
  .strict() satisfies z.ZodType<OpportunitySettings>;

const kind = z.enum(['surebet', 'value', 'drop', 'gap', 'middle']);

/** Request schemas of this domain (zod). */
export const opportunityRequests = {
  /** Opportunities newest first: open ones by default, or every status. */
  'opportunities:list': z
    .object({
      status: z.enum(['open', 'all']).default('open'),
      kinds: z.array(kind).max(5).optional(),
      limit: z.number().int().min(1).max(5000).default(1000),
    })
    .strict(),
  'opportunities:get-settings': z.object({}).strict(),
  /** A partial update of the scanner settings; the board is scanned again with them. */
  'opportunities:update-settings': opportunitySettingsSchema.partial().strict(),
  /** Marks (or unmarks) an opportunity as bet. */
  'opportunities:mark-bet': z.object({ id: z.number().int().positive(), bet: z.boolean() }).strict(),
  /** Scans the whole current board now (the clock's time). */
  'opportunities:rescan': z.object({}).strict(),
  /**
   * Logs the bets of an opportunity — every leg of a surebet in one form — in one transaction
   * (all or none). A total stake above the bankroll is refused (CONFLICT) unless `confirmOverBankroll`.
   */
  /** The track record: every opportunity of a started event scored at its close, by kind, edge band, book and sport. */
  'opportunities:track-record': z.object({}).strict(),
  'opportunities:log-bets': z
    .object({
      id: z.number().int().positive(),
      placedAt: z.number().int().min(0).max(8.64e15).optional(),
      legs: z
        .array(
          z
            .object({
              selection: z.string().trim().min(1).max(200),
              bookmaker: z.string().trim().min(1).max(80),
              odds: z.number().finite().gt(1, 'odds must be above 1').max(1001),
              stakeCents: z.number().int().min(1, 'a stake must be at least 0.01 €').max(1e13),
            })
            .strict(),
        )
        .min(1)
        .max(3),
      confirmOverBankroll: z.boolean().default(false),
    })
    .strict(),
} as const;

/** What `opportunities:list` answers: the records and the last scan's summary. */
export interface OpportunityList {
  items: Opportunity[];
  summary: ScanSummary | null;
}

/** Response type of each request channel of this domain. */
export interface OpportunityResponses {
  'opportunities:list': OpportunityList;
  'opportunities:get-settings': OpportunitySettings;
  'opportunities:update-settings': OpportunitySettings;
  'opportunities:mark-bet': Opportunity;
  'opportunities:rescan': ScanSummary;
  'opportunities:log-bets': { bets: Bet[]; opportunity: Opportunity };
  'opportunities:track-record': TrackRecordView;
}

/** Pushed after every scan: the records it opened, changed or closed, and its summary. */
export interface OpportunitiesUpdated {
  summary: ScanSummary;
  changed: Opportunity[];
}

/** Pushed events of this domain and their payloads. */
export interface OpportunityEvents {
  'opportunities:updated': OpportunitiesUpdated;
  'opportunities:settings-changed': OpportunitySettings;
}

/** Every event name of this domain (the record makes a missing one fail to compile). */
export const opportunityEventNames: Record<keyof OpportunityEvents, 1> = {
  'opportunities:updated': 1,
  'opportunities:settings-changed': 1,
};
