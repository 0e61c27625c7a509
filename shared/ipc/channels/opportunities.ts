/** Channels of the opportunities domain (see shared/ipc/README.md, "How to add a request channel"). */

/** Request schemas of this domain (zod), one per channel named `opportunitie:verb-noun`. */
export const opportunityRequests = {} as const;

/** Response type of each request channel of this domain. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface OpportunityResponses {}

/** Pushed events of this domain and their payloads. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface OpportunityEvents {}

/** Every event name of this domain (the record makes a missing one fail to compile). */
export const opportunityEventNames: Record<keyof OpportunityEvents, 1> = {};
