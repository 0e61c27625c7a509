/**
 * The typed contract between the main side (Electron or headless host) and the renderer.
 * Every request channel: name → zod request schema + response type. Every pushed event:
 * name → payload type. No channel name is written as a bare string anywhere else.
 */
import { z } from 'zod';
import type {
  AppInfo,
  CollectionRun,
  CollectorStatus,
  KeyTestResult,
  Settings,
} from '../domain/collector';
import type { BoardEvent, EventDetail, PriceSeries, SportSummary } from '../domain/odds';

const empty = z.object({}).strict();
const sportKey = z.string().regex(/^[a-z0-9_]{2,80}$/, 'a sport key like soccer_epl');
const eventId = z.string().min(1).max(128);
const marketKey = z.string().regex(/^[a-z0-9_]{1,60}$/, 'a market key like h2h');

/** Request schemas: the main side validates every request against these first. */
export const requestSchemas = {
  'app:get-info': empty,
  'settings:get': empty,
  'settings:update': z
    .object({
      apiKey: z.string().trim().max(200).nullable().optional(),
      forceDemo: z.boolean().optional(),
      baseUrl: z.string().url().optional(),
      sports: z.array(sportKey).max(50).optional(),
      regions: z.array(z.enum(['us', 'us2', 'uk', 'eu', 'au', 'fr', 'se', 'us_dfs', 'us_ex'])).max(9).optional(),
      bookmakers: z.array(z.string().regex(/^[a-z0-9_]{2,60}$/)).max(60).optional(),
      markets: z.array(z.enum(['h2h', 'spreads', 'totals', 'outrights', 'h2h_lay'])).min(1).max(5).optional(),
      intervalMinutes: z.number().int().min(1).max(7 * 24 * 60).optional(),
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
    })
    .strict(),
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
} as const;

/** Response type of each request channel. */
export interface Responses {
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

/** Pushed events (main → renderer) and their payloads. */
export interface Events {
  'collector:status': CollectorStatus;
  'collector:run-finished': CollectionRun;
  'odds:updated': { sportKeys: string[]; at: number };
  'settings:changed': Settings;
}

export type Channel = keyof typeof requestSchemas;
export type EventName = keyof Events;
/** The request a handler receives (after zod defaults are applied). */
export type Req<K extends Channel> = z.output<(typeof requestSchemas)[K]>;
/** What a caller may send (defaults optional). */
export type ReqInput<K extends Channel> = z.input<(typeof requestSchemas)[K]>;
export type Res<K extends Channel> = Responses[K];

/** Every channel, checked exhaustive against the schemas and the responses. */
export const CHANNELS = Object.keys(requestSchemas) as Channel[];
const _everyChannelHasAResponse: Record<Channel, true> = {
  'app:get-info': true,
  'settings:get': true,
  'settings:update': true,
  'settings:test-key': true,
  'collector:get-status': true,
  'collector:run-now': true,
  'collector:list-runs': true,
  'collector:set-paused': true,
  'odds:list-sports': true,
  'odds:list-events': true,
  'odds:get-event': true,
  'odds:get-history': true,
} satisfies Record<keyof Responses, true>;
void _everyChannelHasAResponse;

export const EVENT_NAMES = Object.keys({
  'collector:status': 1,
  'collector:run-finished': 1,
  'odds:updated': 1,
  'settings:changed': 1,
} satisfies Record<EventName, 1>) as EventName[];

/** What the core implements: one function per channel. */
export type Handlers = { [K in Channel]: (req: Req<K>) => Res<K> | Promise<Res<K>> };

/** How the core pushes an event to whichever host is attached. */
export type EmitEvent = <E extends EventName>(name: E, payload: Events[E]) => void;
