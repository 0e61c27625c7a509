/**
 * Alertmanager's DedupStage.needsUpdate, ported as is: should a group be notified on a
 * channel, given the last successfully sent entry of the notification log?
 */

/** The notification log entry of one (group, channel): what was last sent, and when. */
export interface LogEntry {
  firing: ReadonlySet<string>;
  resolved: ReadonlySet<string>;
  sentAt: number;
}

export type DedupReason = 'first' | 'new-firing' | 'all-resolved' | 'new-resolved' | 'repeat' | null;

const subset = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].every((x) => b.has(x));

/**
 * `repeatMs` null = never repeat (once per alert). Returns the reason to notify, or null.
 * "all-resolved" is returned even when sendResolved is false, so the log is cleared; the
 * channel then sends nothing for the resolved alerts.
 */
export function needsUpdate(
  entry: LogEntry | null,
  firing: ReadonlySet<string>,
  resolved: ReadonlySet<string>,
  repeatMs: number | null,
  sendResolved: boolean,
  now: number,
): DedupReason {
  if (!entry) return firing.size > 0 ? 'first' : null;
  if (!subset(firing, entry.firing)) return entry.firing.size === 0 ? 'first' : 'new-firing';
  if (firing.size === 0) return entry.firing.size > 0 ? 'all-resolved' : null;
  if (sendResolved && !subset(resolved, entry.resolved)) return 'new-resolved';
  if (repeatMs !== null && entry.sentAt < now - repeatMs) return 'repeat';
  return null;
}
