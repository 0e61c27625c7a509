/**
 * The typed contract between the main side (Electron or headless host) and the renderer.
 * Every request channel: name → zod request schema + response type. Every pushed event:
 * name → payload type. Each domain declares its channels in channels/<domain>.ts; this file
 * merges them. No channel name is written as a bare string anywhere else.
 */
import { z } from 'zod';
import { alertEventNames, alertRequests, type AlertEvents, type AlertResponses } from './channels/alerts';
import { backupEventNames, backupRequests, type BackupEvents, type BackupResponses } from './channels/backup';
import { bankrollEventNames, bankrollRequests, type BankrollEvents, type BankrollResponses } from './channels/bankroll';
import { coreEventNames, coreRequests, type CoreEvents, type CoreResponses } from './channels/core';
import { economyEventNames, economyRequests, type EconomyEvents, type EconomyResponses } from './channels/economy';
import { opportunityEventNames, opportunityRequests, type OpportunityEvents, type OpportunityResponses } from './channels/opportunities';

/** Request schemas: the main side validates every request against these first. */
export const requestSchemas = {
  ...coreRequests,
  ...opportunityRequests,
  ...bankrollRequests,
  ...alertRequests,
  ...backupRequests,
  ...economyRequests,
} as const;

/** Response type of each request channel. */
export interface Responses
  extends CoreResponses, OpportunityResponses, BankrollResponses, AlertResponses, BackupResponses, EconomyResponses {}

/** Pushed events (main → renderer) and their payloads. */
export interface Events extends CoreEvents, OpportunityEvents, BankrollEvents, AlertEvents, BackupEvents, EconomyEvents {}

export type Channel = keyof typeof requestSchemas;
export type EventName = keyof Events;
/** The request a handler receives (after zod defaults are applied). */
export type Req<K extends Channel> = z.output<(typeof requestSchemas)[K]>;
/** What a caller may send (defaults optional). */
export type ReqInput<K extends Channel> = z.input<(typeof requestSchemas)[K]>;
export type Res<K extends Channel> = K extends keyof Responses ? Responses[K] : never;

/** Every channel has a schema and a response type: these two lines fail to compile otherwise. */
type Missing<A, B> = Exclude<keyof A, keyof B>;
const _schemasHaveResponses: Missing<typeof requestSchemas, Responses> extends never ? true : never = true;
const _responsesHaveSchemas: Missing<Responses, typeof requestSchemas> extends never ? true : never = true;
void _schemasHaveResponses;
void _responsesHaveSchemas;

export const CHANNELS = Object.keys(requestSchemas) as Channel[];

/** Every event name (each domain's record is checked against its Events interface). */
const EVENT_LIST: Record<EventName, 1> = {
  ...coreEventNames,
  ...opportunityEventNames,
  ...bankrollEventNames,
  ...alertEventNames,
  ...backupEventNames,
  ...economyEventNames,
};
export const EVENT_NAMES = Object.keys(EVENT_LIST) as EventName[];

/** What the core implements: one function per channel. */
export type Handlers = { [K in Channel]: (req: Req<K>) => Res<K> | Promise<Res<K>> };

/** How the core pushes an event to whichever host is attached. */
export type EmitEvent = <E extends EventName>(name: E, payload: Events[E]) => void;
