/**
 * Why a firing alert is not notified: Alertmanager's inhibition and silences, plus the desktop
 * cases (just resumed from sleep or a long close; an opportunity whose event has started).
 * Pure: muted alerts are removed before the dedup decision, and evaluation goes on.
 */
import type { AlertInstance, AlertRule, MuteReason, Silence } from '../../../shared/domain/alerts';

/** A silence matching every rule (the tray's "snooze all"). */
export const ALL_RULES = '*';

export interface MuteContext {
  now: number;
  rules: ReadonlyMap<string, AlertRule>;
  silences: readonly Silence[];
  /** After a resume or a long close: "no data" is muted until then (one collection interval). */
  resumedUntil: number | null;
}

/** Is the silence in force at `now`? */
export function silenceActive(s: Pick<Silence, 'startsAt' | 'endsAt' | 'expiredAt'>, now: number): boolean {
  return s.expiredAt === null && s.startsAt <= now && now < s.endsAt;
}

/** Every matcher given by the silence must match (a bookmaker matches any leg's book). */
export function silenceMatches(s: Pick<Silence, 'ruleId' | 'eventId' | 'bookmaker'>, a: Pick<AlertInstance, 'ruleId' | 'labels'>): boolean {
  if (s.ruleId !== null && s.ruleId !== ALL_RULES && s.ruleId !== a.ruleId) return false;
  if (s.eventId !== null && a.labels.eventId !== s.eventId) return false;
  if (s.bookmaker !== null && !(a.labels.bookmakers ?? '').split(',').includes(s.bookmaker)) return false;
  return true;
}

/**
 * The fixed inhibition rules: collector down or quota exhausted mutes "no data"; a firing
 * bankroll rule with a lower threshold (critical) mutes one with a higher threshold (warning).
 * An alert never inhibits itself.
 */
export function inhibitedBy(
  a: AlertInstance,
  firing: readonly AlertInstance[],
  rules: ReadonlyMap<string, AlertRule>,
): AlertInstance | null {
  for (const src of firing) {
    if (src.fingerprint === a.fingerprint || src.state !== 'firing') continue;
    if (a.kind === 'noData' && (src.kind === 'collectorDown' || (src.kind === 'quota' && src.labels.level === 'exhausted'))) return src;
    if (a.kind === 'bankroll' && src.kind === 'bankroll' && src.ruleId !== a.ruleId) {
      const ts = rules.get(src.ruleId)?.threshold;
      const ta = rules.get(a.ruleId)?.threshold;
      if (ts !== undefined && ta !== undefined && ts < ta) return src;
    }
  }
  return null;
}

/** The reason this alert is muted now, or null. */
export function muteReason(a: AlertInstance, firing: readonly AlertInstance[], ctx: MuteContext): MuteReason {
  if (a.startsAt !== null && a.startsAt <= ctx.now) return 'started';
  if (a.kind === 'noData' && ctx.resumedUntil !== null && ctx.now < ctx.resumedUntil) return 'resumed';
  if (inhibitedBy(a, firing, ctx.rules)) return 'inhibited';
  if (ctx.silences.some((s) => silenceActive(s, ctx.now) && silenceMatches(s, a))) return 'silenced';
  return null;
}

/** Marks every instance with its mute reason (firing ones only; others get null). */
export function applyMutes(all: readonly AlertInstance[], ctx: MuteContext): AlertInstance[] {
  const firing = all.filter((a) => a.state === 'firing');
  return all.map((a) => ({ ...a, muted: a.state === 'firing' ? muteReason(a, firing, ctx) : null }));
}
