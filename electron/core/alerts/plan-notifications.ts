/**
 * Grouping and timing per channel (Alertmanager's dispatcher): one group per rule; the first
 * flush after group wait, then one look every group interval; the dedup decision on each
 * look. Pure except for the timers map it updates (in-memory: after a restart a group whose
 * first alert fired more than group wait ago flushes at once, as in Alertmanager).
 */
import type { AlertInstance, AlertRule, NotifyChannel } from '../../../shared/domain/alerts';
import { needsUpdate, type DedupReason, type LogEntry } from './dedup';

/** How one channel groups, waits and treats resolved alerts. */
export interface ChannelPolicy {
  channel: NotifyChannel;
  groupWaitMs: number;
  groupIntervalMs: number;
  routes(rule: AlertRule): boolean;
  sendResolved(rule: AlertRule): boolean;
}

/** One message to send on a channel, and the log entry to write once it succeeded. */
export interface PlannedSend {
  channel: NotifyChannel;
  groupKey: string;
  rule: AlertRule;
  reason: Exclude<DedupReason, null>;
  /** What the message lists. */
  firing: AlertInstance[];
  newFiring: AlertInstance[];
  resolved: AlertInstance[];
  log: { firing: string[]; resolved: string[] };
}

/** A `once` rule remembers this many notified alerts. */
const ONCE_MEMORY = 2000;

/** The sends due on one channel now. `timers` (group key → next look) is updated in place. */
export function planChannel(
  policy: ChannelPolicy,
  rules: readonly AlertRule[],
  instances: readonly AlertInstance[],
  logOf: (groupKey: string) => LogEntry | null,
  timers: Map<string, number>,
  now: number,
): PlannedSend[] {
  const out: PlannedSend[] = [];
  for (const rule of rules) {
    const groupKey = rule.id;
    const timerKey = `${policy.channel}:${groupKey}`;
    if (!rule.enabled || !policy.routes(rule)) {
      timers.delete(timerKey);
      continue;
    }
    const mine = instances.filter((a) => a.ruleId === rule.id);
    const firing = mine.filter((a) => a.state === 'firing' && a.muted === null);
    const entry = logOf(groupKey);
    const known = new Set([...(entry?.firing ?? []), ...(entry?.resolved ?? [])]);
    const resolved = mine.filter((a) => a.state === 'resolved' && known.has(a.fingerprint));
    if (firing.length === 0 && resolved.length === 0 && !entry?.firing.size) {
      timers.delete(timerKey);
      continue;
    }
    let next = timers.get(timerKey);
    if (next === undefined) {
      const first = Math.min(...firing.map((a) => a.firedAt ?? now), now);
      next = first + policy.groupWaitMs;
    }
    if (now < next) {
      timers.set(timerKey, next);
      continue;
    }
    timers.set(timerKey, now + policy.groupIntervalMs);
    const sendResolved = policy.sendResolved(rule);
    const F = new Set(firing.map((a) => a.fingerprint));
    const R = new Set(resolved.map((a) => a.fingerprint));
    const reason = needsUpdate(entry, F, R, rule.repeatMs, sendResolved, now);
    if (!reason) continue;
    const once = rule.repeatMs === null;
    if (once && reason === 'all-resolved') continue; // a `once` rule's memory is never cleared
    const newFiring = firing.filter((a) => !entry?.firing.has(a.fingerprint));
    const logFiring = once ? [...new Set([...(entry?.firing ?? []), ...F])].slice(-ONCE_MEMORY) : [...F];
    out.push({
      channel: policy.channel,
      groupKey,
      rule,
      reason,
      firing: once ? newFiring : firing,
      newFiring,
      resolved: sendResolved ? resolved : [],
      log: { firing: logFiring, resolved: [...R] },
    });
  }
  return out;
}
