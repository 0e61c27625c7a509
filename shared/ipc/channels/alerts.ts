/** Channels of the alerts domain (see shared/ipc/README.md, "How to add a request channel"). */

/** Request schemas of this domain (zod), one per channel named `alerts:verb-noun`. */
export const alertRequests = {} as const;

/** Response type of each request channel of this domain. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AlertResponses {}

/** Pushed events of this domain and their payloads. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AlertEvents {}

/** Every event name of this domain (the record makes a missing one fail to compile). */
export const alertEventNames: Record<keyof AlertEvents, 1> = {};
