/** Channels of the foundation: app info, settings, collector, odds board. */
import { z } from 'zod';
import type { AppInfo, CollectionRun, CollectorStatus, KeyTestResult, Settings } from '../../domain/collector';
import type { BoardEvent, EventDetail, PriceSeries, SportSummary } from '../../domain/odds';
import { keyUnsafeUrlReason } from '../key-safe-url';
import { MARKET_KEYS } from '../../domain/markets';
import { economyEventNames, economyRequests, type EconomyEvents, type EconomyResponses } from './economy';

export const empty = z.object({}).strict();
export const sportKey = z.string().regex(/^[a-z0-9_]{2,80}$/, 'a sport key like soccer_epl');
export const eventId = z.string().min(1).max(128);
export const marketKey = z.string().regex(/^[a-z0-9_]{1,60}$/, 'a market key like h2h');

/** Requests of the foundation: app, settings, collector, odds board. */
export const coreRequests = {
  'app:get-info': empty,
  'settings:get': empty,
  'settings:update': z
    .object({
      apiKey: z.string().trim().max(200).nullable().optional(),
      forceDemo: z.boolean().optional(),
      baseUrl: z
        .string()
        .max(2000)
        .url()
        .superRefine((v, ctx) => {
          const why = keyUnsafeUrlReason(v);
          if (why) ctx.addIssue({ code: 'custom', message: why });
        })
        .optional(),
      sports: z.array(sportKey).max(50).optional(),
      regions: z
        .array(z.enum(['us', 'us2', 'uk', 'eu', 'au', 'fr', 'se', 'us_dfs', 'us_ex']))
        .max(9)
        .optional(),
      bookmakers: z
        .array(z.string().regex(/^[a-z0-9_]{2,60}$/))
        .max(60)
        .optional(),
      markets: z.array(z.enum(MARKET_KEYS)).min(1).max(5).optional(),
      intervalMinutes: z
        .number()
        .int()
        .min(1)
        .max(7 * 24 * 60)
        .optional(),
      language: z.enum(['fr', 'en']).optional(),
      theme: z.enum(['system', 'dark', 'light']).optional(),
    })
    .strict(),
  'settings:test-key': z.object({ apiKey: z.string().trim().min(1).max(200).optional() }).strict(),
  'collector:get-status': empty,
  'collector:run-now': empty,
  'collector:list-runs': z.object({ limit: z.number().int().min(1).max(1000).default(50) }).strict(),
  'collector:set-paused': z.object({ paused: z.boolean() }).strict(),
  'odds:list-sports': empty,
  'odds:list-events': z
    .object({
      sportKey: sportKey.optional(),
      search: z.string().max(100).optional(),
      includeStarted: z.boolean().optional(),
      /** Kick-off in [from, to) (UTC ms): a day of the date control. */
      from: z.number().int().min(0).max(8.64e15).optional(),
      to: z.number().int().min(0).max(8.64e15).optional(),
      status: z.enum(['upcoming', 'finished', 'all']).optional(),
      myBooksOnly: z.boolean().optional(),
    })
    .strict()
    .refine((q) => q.from === undefined || q.to === undefined || q.from < q.to, { message: 'from must be before to', path: ['to'] }),
  'odds:get-event': z.object({ eventId }).strict(),
  'odds:get-history': z
    .object({
      eventId,
      market: marketKey,
      point: z.number().nullable(),
      outcome: z.string().max(200).optional(),
      bookmakers: z.array(z.string()).max(60).optional(),
    })
    .strict(),
  /** The credit plan, ledger and health figures (the collector is part of the foundation). */
  ...economyRequests,
} as const;

export interface CoreResponses extends EconomyResponses {
  'app:get-info': AppInfo;
  'settings:get': Settings;
  'settings:update': Settings;
  'settings:test-key': KeyTestResult;
  'collector:get-status': CollectorStatus;
  'collector:run-now': CollectionRun;
  'collector:list-runs': CollectionRun[];
  'collector:set-paused': CollectorStatus;
  'odds:list-sports': SportSummary[];
  'odds:list-events': BoardEvent[];
  'odds:get-event': EventDetail;
  'odds:get-history': PriceSeries[];
}

export interface CoreEvents extends EconomyEvents {
  'collector:status': CollectorStatus;
  'collector:run-finished': CollectionRun;
  'odds:updated': { sportKeys: string[]; at: number };
  'settings:changed': Settings;
  /** The host asks the renderer to show a page (a click on a notification). */
  'app:navigate': { page: string };
}

/** Every event name of the foundation (the record makes a missing one fail to compile). */
export const coreEventNames: Record<keyof CoreEvents, 1> = {
  'collector:status': 1,
  'collector:run-finished': 1,
  'odds:updated': 1,
  'settings:changed': 1,
  'app:navigate': 1,
  ...economyEventNames,
};
