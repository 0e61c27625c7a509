/** Channels of the alerts domain (see shared/ipc/README.md, "How to add a request channel"). */
import { z } from 'zod';
import { isEmailAddress } from '../email-address';
import type {
  AlertNotification,
  AlertRule,
  AlertSettings,
  AlertSettingsView,
  AlertsHealthSummary,
  AlertsOverview,
  ChannelTestResult,
  EmailSettings,
  Silence,
} from '../../domain/alerts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A number typed by a person: refuses NaN and text with a message a person understands. */
const num = (what: string) =>
  z
    .number({ error: (i) => (i.input === undefined ? `${what} is required` : `${what} must be a number`) })
    .finite(`${what} must be a number`);

/** One rule, as stored in the settings and edited in the alert centre. */
export const alertRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,60}$/, 'a rule id like bankroll-warning'),
    kind: z.enum(['bankroll', 'roi', 'winRate', 'collectorDown', 'noData', 'opportunity', 'quota', 'emailFailing']),
    name: z.string().trim().min(1, 'name is required').max(80),
    severity: z.enum(['critical', 'warning', 'info']),
    enabled: z.boolean(),
    threshold: num('threshold').min(-1_000_000).max(10_000_000),
    minSettled: num('minimum settled bets').int().min(0).max(100_000),
    sport: z
      .string()
      .regex(/^[a-z0-9_]{2,80}$/, 'a sport key like soccer_epl')
      .nullable(),
    forMs: num('for')
      .int()
      .min(0)
      .max(7 * DAY),
    keepFiringForMs: num('keep firing for')
      .int()
      .min(0)
      .max(7 * DAY),
    repeatMs: num('repeat')
      .int()
      .min(60_000, 'repeat: at least 1 minute')
      .max(30 * DAY)
      .nullable(),
    desktop: z.boolean(),
    email: z.enum(['immediate', 'digest', 'off']),
  })
  .strict() satisfies z.ZodType<AlertRule>;

/** SMTP and digest settings (the password is a secret, never here). */
export const emailSettingsSchema = z
  .object({
    enabled: z.boolean(),
    host: z
      .string()
      .trim()
      .max(253)
      .regex(/^$|^[A-Za-z0-9.-]+$/, 'host: a name like smtp.gmail.com'),
    port: num('port').int().min(1, 'port: 1–65535').max(65535, 'port: 1–65535'),
    /** true = TLS from the start (465); false = STARTTLS when offered (587). */
    secure: z.boolean(),
    user: z.string().trim().max(254),
    // RFC 5321: monps@localhost is valid (zod's email() wants a dot in the domain)
    from: z.union([z.literal(''), z.string().refine(isEmailAddress, 'from: not an e-mail address')]),
    to: z.union([z.literal(''), z.string().refine(isEmailAddress, 'to: not an e-mail address')]),
    digest: z.boolean(),
    /** Local hour (0–23) of the daily digest. */
    digestHour: num('digest hour').int().min(0, 'digest hour: 0–23').max(23, 'digest hour: 0–23'),
    groupWaitSeconds: num('group wait').int().min(0).max(3600),
    groupIntervalSeconds: num('group interval').int().min(10).max(86_400),
  })
  .strict() satisfies z.ZodType<EmailSettings>;

/** Every alert setting: stored under the key 'alerts'. */
export const alertSettingsSchema = z
  .object({
    rules: z
      .array(alertRuleSchema)
      .max(100)
      .refine((rs) => new Set(rs.map((r) => r.id)).size === rs.length, 'rules: two rules share an id'),
    evalIntervalSeconds: num('evaluation interval').int().min(1).max(3600),
    desktop: z
      .object({
        enabled: z.boolean(),
        groupWaitSeconds: num('group wait').int().min(0).max(3600),
        groupIntervalSeconds: num('group interval').int().min(10).max(86_400),
      })
      .strict(),
    email: emailSettingsSchema,
    /** Credits of the plan, for "quota below X %" when the headers do not tell. */
    quotaPlanCredits: num('plan credits').int().min(1).max(10_000_000),
  })
  .strict() satisfies z.ZodType<AlertSettings>;

/** Request schemas of this domain (zod), one per channel named `alerts:verb-noun`. */
export const alertRequests = {
  'alerts:get-overview': z.object({ historyLimit: z.number().int().min(1).max(2000).default(200) }).strict(),
  'alerts:get-health': z.object({}).strict(),
  'alerts:get-settings': z.object({}).strict(),
  'alerts:update-settings': z
    .object({
      rules: z.array(alertRuleSchema).max(100).optional(),
      evalIntervalSeconds: z.number().int().min(1).max(3600).optional(),
      desktop: alertSettingsSchema.shape.desktop.partial().optional(),
      email: emailSettingsSchema.partial().optional(),
      quotaPlanCredits: z.number().int().min(1).optional(),
      /** A string sets the SMTP password (a secret), null deletes it. */
      smtpPassword: z.string().max(500).nullable().optional(),
    })
    .strict(),
  'alerts:create-silence': z
    .object({
      ruleId: z.string().max(60).nullable().default(null),
      eventId: z.string().max(128).nullable().default(null),
      bookmaker: z.string().max(60).nullable().default(null),
      /** One of: a duration, an end time, or 'kickoff' (needs eventId). */
      durationMs: z
        .number()
        .int()
        .min(60_000)
        .max(90 * DAY)
        .optional(),
      endsAt: z.number().int().optional(),
      untilKickoff: z.boolean().optional(),
      comment: z.string().max(500).default(''),
    })
    .strict()
    .refine((s) => s.ruleId || s.eventId || s.bookmaker, 'a silence needs a rule, an event or a bookmaker')
    .refine(
      (s) => [s.durationMs, s.endsAt, s.untilKickoff].filter((x) => x !== undefined).length === 1,
      'give one of durationMs, endsAt, untilKickoff',
    ),
  'alerts:expire-silence': z.object({ id: z.number().int().min(1) }).strict(),
  'alerts:snooze-all': z
    .object({
      durationMs: z
        .number()
        .int()
        .min(60_000)
        .max(7 * DAY)
        .default(HOUR),
    })
    .strict(),
  'alerts:test-channel': z.object({ channel: z.enum(['desktop', 'email', 'inapp']) }).strict(),
  'alerts:evaluate-now': z.object({}).strict(),
} as const;

/** Response type of each request channel of this domain. */
export interface AlertResponses {
  'alerts:get-overview': AlertsOverview;
  'alerts:get-health': AlertsHealthSummary;
  'alerts:get-settings': AlertSettingsView;
  'alerts:update-settings': AlertSettingsView;
  'alerts:create-silence': Silence;
  'alerts:expire-silence': Silence;
  'alerts:snooze-all': { snoozedUntil: number };
  'alerts:test-channel': ChannelTestResult;
  'alerts:evaluate-now': AlertsOverview;
}

/** Pushed events of this domain and their payloads. */
export interface AlertEvents {
  /** Something in the alert centre changed (a state, a silence, a notification). */
  'alerts:changed': AlertsHealthSummary;
  /** A notification for the in-app channel (and the host's desktop notification, if any). */
  'alerts:notified': AlertNotification;
  'alerts:settings-changed': AlertSettingsView;
}

/** Every event name of this domain (the record makes a missing one fail to compile). */
export const alertEventNames: Record<keyof AlertEvents, 1> = {
  'alerts:changed': 1,
  'alerts:notified': 1,
  'alerts:settings-changed': 1,
};
