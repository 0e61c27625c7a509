/** Channels of the bankroll domain (see shared/ipc/README.md, "How to add a request channel"). */

/** Request schemas of this domain (zod), one per channel named `bankroll:verb-noun`. */
export const bankrollRequests = {} as const;

/** Response type of each request channel of this domain. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BankrollResponses {}

/** Pushed events of this domain and their payloads. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BankrollEvents {}

/** Every event name of this domain (the record makes a missing one fail to compile). */
export const bankrollEventNames: Record<keyof BankrollEvents, 1> = {};
