/**
 * zod schemas of The Odds API v4 wire shapes (see shared/reference/odds-api-v4.md §4).
 *
 * Lenient where the API drifts: unknown extra fields are accepted and dropped, the optional
 * include* fields (link, sid, bet_limit, multiplier, rotation numbers) may be absent or null.
 * Strict on what the app uses: ids, keys, names, prices and times must be present and readable.
 */
import { z } from 'zod';
import { wireTimeToMs } from './time';

/** `commence_time` / `last_update`: ISO-8601 string (dateFormat=iso) or unix seconds (dateFormat=unix). */
export const wireTimestampSchema = z.union([
  z.string().refine((s) => !Number.isNaN(wireTimeToMs(s)), { message: 'not an ISO-8601 time' }),
  z.number().nonnegative(),
]);

/** A price: a decimal float (oddsFormat=decimal) or a signed American integer (oddsFormat=american). */
export const wirePriceSchema = z.number();

/** An optional field that the API sometimes sends as null. */
const opt = <T extends z.ZodType>(schema: T) => schema.nullish();

/** One element of `GET /v4/sports`. */
export const wireSportSchema = z.object({
  key: z.string().min(1),
  group: z.string(),
  title: z.string(),
  description: z.string(),
  active: z.boolean(),
  has_outrights: z.boolean(),
});

/** One element of `GET /v4/sports/{sport}/events` (and the head of every odds event). */
export const wireEventSchema = z.object({
  id: z.string().min(1),
  sport_key: z.string().min(1),
  sport_title: opt(z.string()),
  commence_time: wireTimestampSchema,
  /** Absent or null on outright (futures) events. */
  home_team: opt(z.string()),
  away_team: opt(z.string()),
  home_rotation: opt(z.number()),
  away_rotation: opt(z.number()),
});

/** One priced outcome. `description` is the player of a prop; `point` the line of spreads/totals. */
export const wireOutcomeSchema = z.object({
  name: z.string(),
  price: wirePriceSchema,
  point: opt(z.number()),
  description: opt(z.string()),
  link: opt(z.string()),
  sid: opt(z.string()),
  bet_limit: opt(z.number()),
  multiplier: opt(z.number()),
});

/** One market of one bookmaker. `last_update` is missing in some older /odds answers. */
export const wireMarketSchema = z.object({
  key: z.string().min(1),
  last_update: opt(wireTimestampSchema),
  outcomes: z.array(wireOutcomeSchema),
  link: opt(z.string()),
  sid: opt(z.string()),
});

/** One bookmaker. `last_update` is present on /odds but absent on the event-odds endpoint. */
export const wireBookmakerSchema = z.object({
  key: z.string().min(1),
  title: z.string(),
  last_update: opt(wireTimestampSchema),
  markets: z.array(wireMarketSchema),
  link: opt(z.string()),
  sid: opt(z.string()),
});

/** One element of `GET /v4/sports/{sport}/odds`; also the single object of the event-odds endpoint. */
export const wireOddsEventSchema = wireEventSchema.extend({
  bookmakers: z.array(wireBookmakerSchema),
});

/** One team's score; the wire sends the score as a string ("26"). */
export const wireScoreSchema = z.object({
  name: z.string(),
  score: z.union([z.string(), z.number()]),
});

/** One element of `GET /v4/sports/{sport}/scores`. `scores` and `last_update` are null before kick-off. */
export const wireScoreEventSchema = wireEventSchema.extend({
  completed: z.boolean(),
  scores: z.array(wireScoreSchema).nullable(),
  last_update: wireTimestampSchema.nullable(),
});

/** The body of every error answer: `{ message, error_code, details_url? }`. */
export const wireErrorBodySchema = z.object({
  message: z.string(),
  error_code: z.string().min(1),
  details_url: opt(z.string()),
});

/** Body of `GET /v4/sports`. */
export const wireSportsSchema = z.array(wireSportSchema);
/** Body of `GET /v4/sports/{sport}/events`. */
export const wireEventsSchema = z.array(wireEventSchema);
/** Body of `GET /v4/sports/{sport}/odds` (a bare array; `[]` when the league is empty). */
export const wireOddsEventsSchema = z.array(wireOddsEventSchema);
/** Body of `GET /v4/sports/{sport}/events/{eventId}/odds`: ONE object, not an array. */
export const wireEventOddsSchema = wireOddsEventSchema;
/** Body of `GET /v4/sports/{sport}/scores`. */
export const wireScoreEventsSchema = z.array(wireScoreEventSchema);

/** Inferred wire types (after unknown fields are dropped). */
export type WireSport = z.infer<typeof wireSportSchema>;
export type WireEvent = z.infer<typeof wireEventSchema>;
export type WireOutcome = z.infer<typeof wireOutcomeSchema>;
export type WireMarket = z.infer<typeof wireMarketSchema>;
export type WireBookmaker = z.infer<typeof wireBookmakerSchema>;
export type WireOddsEvent = z.infer<typeof wireOddsEventSchema>;
export type WireScoreEvent = z.infer<typeof wireScoreEventSchema>;
export type WireErrorBody = z.infer<typeof wireErrorBodySchema>;
