/** Channels of the credit economy: the plan of the next 24 h, the ledger, health figures, overrides (Status page). */
import { z } from 'zod';
import type { EconomyBudget, HealthView, PlanView } from '../../domain/economy';

const empty = z.object({}).strict();
const sport = z.string().regex(/^[a-z0-9_]{2,64}$/, 'a sport key such as soccer_epl');

/** Request schemas of this domain (zod), one per channel named `economy:verb-noun`. */
export const economyRequests = {
  'economy:plan': empty,
  'economy:health': empty,
  /** Pin or unpin a sport, raise today's budget, change the plan size, reset day, reserve or mode. */
  'economy:override': z
    .object({
      planned: z.boolean().optional(),
      planSize: z.number().int('planSize: a whole number of credits').min(0, 'planSize: 0 or more credits').max(100_000_000).optional(),
      resetDay: z
        .number()
        .int('resetDay: a day of the month')
        .min(1, 'resetDay: a day of the month, 1 to 31')
        .max(31, 'resetDay: a day of the month, 1 to 31')
        .optional(),
      reserve: z.number().int().min(0, 'reserve: 0 or more credits').max(1_000_000).optional(),
      pin: sport.optional(),
      unpin: sport.optional(),
      boostCredits: z.number().int().min(0, 'boostCredits: 0 or more credits').max(1_000_000).optional(),
    })
    .strict(),
} as const;

/** Response type of each request channel of this domain. */
export interface EconomyResponses {
  /** null when the workspace has no ledger (an older read-only file). */
  'economy:plan': PlanView | null;
  'economy:health': HealthView;
  'economy:override': EconomyBudget;
}

export interface EconomyEvents {
  /** The budget or plan settings changed (the Status page re-reads the plan). */
  'economy:changed': EconomyBudget;
}

export const economyEventNames: Record<keyof EconomyEvents, 1> = { 'economy:changed': 1 };
