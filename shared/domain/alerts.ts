/**
 * Alerts: rules, alert instances and their states, silences, notifications — as the main side
 * stores them and the renderer shows them, and the alert settings. Times are UTC epoch ms. The
 * zod schemas that validate settings live in shared/ipc/channels/alerts.ts (the renderer
 * validates as you type with the same ones); each `satisfies` the type here.
 */
import type { Msg } from '../i18n/messages';

/** What a rule watches. A user may add several rules of one kind with other thresholds. */
export type AlertRuleKind = 'bankroll' | 'roi' | 'winRate' | 'collectorDown' | 'noData' | 'opportunity' | 'quota' | 'emailFailing';

export type Severity = 'critical' | 'warning' | 'info';

/** How a rule reaches the e-mail channel: a mail at once, a line in the daily digest, or not at all. */
export type EmailMode = 'immediate' | 'digest' | 'off';

/**
 * One alert rule. `threshold` is in the kind's unit: euros (bankroll), percent (roi, winRate,
 * quota, opportunity edge), hours (noData), a multiple of the collection interval (collectorDown).
 */
export interface AlertRule {
  id: string;
  kind: AlertRuleKind;
  name: string;
  severity: Severity;
  enabled: boolean;
  threshold: number;
  /** ROI and win rate: fewer settled bets than this → the rule stays inactive. */
  minSettled: number;
  /** Opportunity rules: only this sport (null = every sport). */
  sport: string | null;
  /** The condition must hold this long before the alert fires (Prometheus `for`). */
  forMs: number;
  /** Once the condition stops, keep firing this long (anti-flap, Prometheus `keep_firing_for`). */
  keepFiringForMs: number;
  /** Resend an unchanged firing alert after this long; null = once (never repeat). */
  repeatMs: number | null;
  desktop: boolean;
  email: EmailMode;
}

/** pending → firing → resolved; inactive instances do not exist. */
export type AlertState = 'pending' | 'firing' | 'resolved';

/** Why a firing alert is not notified right now. */
export type MuteReason = 'silenced' | 'inhibited' | 'resumed' | 'started' | null;

/** One alert instance: a rule and one label set (e.g. one opportunity). */
export interface AlertInstance {
  fingerprint: string;
  ruleId: string;
  ruleName: string;
  kind: AlertRuleKind;
  severity: Severity;
  labels: Record<string, string>;
  /** One line in words, e.g. "Bankroll 850,00 € < 900 €" (in the language of its evaluation). */
  summary: string;
  /** The same as a catalogue code + params, rendered in the reader's language (absent on old rows). */
  message?: Msg;
  value: number | null;
  state: AlertState;
  activeAt: number;
  firedAt: number | null;
  resolvedAt: number | null;
  /** Last evaluation where the condition held. */
  lastTrueAt: number;
  /** Event kick-off (opportunity alerts): never notified after it. */
  startsAt: number | null;
  muted: MuteReason;
}

/** A state change, kept as history. `from`/`to` use 'inactive' for "no instance". */
export interface AlertTransition {
  id: number;
  fingerprint: string;
  ruleId: string;
  labels: Record<string, string>;
  summary: string;
  /** The summary as a catalogue code + params (null on rows written before messages). */
  message?: Msg | null;
  from: AlertState | 'inactive';
  to: AlertState | 'inactive';
  at: number;
}

/** A snooze: mutes matching alerts between startsAt and endsAt (or until expired by hand). */
export interface Silence {
  id: number;
  ruleId: string | null;
  eventId: string | null;
  bookmaker: string | null;
  startsAt: number;
  endsAt: number;
  comment: string;
  createdAt: number;
  /** Set when the user ended it early. */
  expiredAt: number | null;
  active: boolean;
}

export type NotifyChannel = 'desktop' | 'email' | 'inapp';

/** One notification attempt (or an e-mail written to the outbox, then its result). */
export interface NotificationRecord {
  id: number;
  channel: NotifyChannel;
  groupKey: string;
  subject: string;
  at: number;
  status: 'sent' | 'failed' | 'queued';
  error: string | null;
  firing: number;
  resolved: number;
}

/** ok / warning / critical: the tray's colour. */
export type AlertHealth = 'ok' | 'warning' | 'critical';

/** E-mail channel state as the renderer may see it (never the password). */
export interface EmailStatus {
  configured: boolean;
  /** Where the SMTP server comes from. */
  source: 'env' | 'settings' | null;
  /** "user@smtp.example.com:587" — no password. */
  server: string | null;
  passwordSet: boolean;
  outboxPending: number;
  lastError: string | null;
  /**
   * Why e-mail alerts that are on cannot go out with the configuration the user gave (a
   * refused address, a server without STARTTLS, a failing send…); null when they can, when
   * they are off, or when no server was given at all. The Status page shows it.
   */
  blocked: string | null;
  lastSentAt: number | null;
}

/** Everything the alert centre shows. */
export interface AlertsOverview {
  health: AlertHealth;
  firing: AlertInstance[];
  pending: AlertInstance[];
  resolved: AlertInstance[];
  silences: Silence[];
  history: AlertTransition[];
  notifications: NotificationRecord[];
  email: EmailStatus;
  /** `code` (NO_NOTIFIER, NOTIFY_SEND_MISSING) is what the UI translates; `reason` the host's words. */
  desktop: { available: boolean; reason: string | null; code?: string };
  /** Why e-mail is not configured, as a code the UI translates (null when configured). */
  emailProblemCode?: string | null;
  /** Rules that cannot run yet (their data source is missing), by id. */
  inactiveRules: string[];
  evaluatedAt: number | null;
}

/** The tray's one-line summary. */
export interface AlertsHealthSummary {
  health: AlertHealth;
  firing: number;
  critical: number;
  openOpportunities: number | null;
  lastCollectionAt: number | null;
  tooltip: string;
}

export interface ChannelTestResult {
  ok: boolean;
  /** In English (CLI, logs). */
  message: string;
  /** The same as a message code + params, for the reader's language (the UI renders it). */
  msg?: import('../i18n/messages').Msg;
}

/** SMTP and digest settings (the password is a secret, never here). */
export interface EmailSettings {
  enabled: boolean;
  host: string;
  port: number;
  /** true = TLS from the start (465); false = STARTTLS when offered (587). */
  secure: boolean;
  user: string;
  from: string;
  to: string;
  digest: boolean;
  /** Local hour (0–23) of the daily digest. */
  digestHour: number;
  groupWaitSeconds: number;
  groupIntervalSeconds: number;
}

/** Every alert setting: stored under the key 'alerts'. */
export interface AlertSettings {
  rules: AlertRule[];
  evalIntervalSeconds: number;
  desktop: { enabled: boolean; groupWaitSeconds: number; groupIntervalSeconds: number };
  email: EmailSettings;
  /** Credits of the plan, for "quota below X %" when the headers do not tell. */
  quotaPlanCredits: number;
}

/** What the alert centre edits: settings, plus whether a password is stored (never the password). */
export interface AlertSettingsView extends AlertSettings {
  smtpPasswordSet: boolean;
  /** SMTP comes from MONPS_SMTP_URL: the e-mail fields are read-only. */
  smtpFromEnv: boolean;
}

/** A notification for the in-app channel (and the host's desktop notification, if any). */
export interface AlertNotification {
  title: string;
  body: string;
  page: string;
  severity: Severity;
  at: number;
}
