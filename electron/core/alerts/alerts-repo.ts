/** SQLite side of the engine: instances, history, the notification log, attempts, marks. */
import { z } from 'zod';
import type { AlertInstance, AlertTransition, NotificationRecord, NotifyChannel } from '../../../shared/domain/alerts';
import type { Msg } from '../../../shared/i18n/messages';
import type { WritableDb } from '../db/open-database';
import type { LogEntry } from './dedup';
import type { Transition } from './evaluate-rules';

/** Stored instance payload, validated when read back (an older shape is dropped, not trusted). */
const msgSchema = z.object({ code: z.string(), params: z.record(z.string(), z.any()).optional() });
const parseMsg = (s: string | null): Msg | null => {
  if (!s) return null;
  try {
    const r = msgSchema.safeParse(JSON.parse(s));
    return r.success ? (r.data as Msg) : null;
  } catch {
    return null;
  }
};

const instanceSchema = z.object({
  fingerprint: z.string(),
  ruleId: z.string(),
  ruleName: z.string(),
  kind: z.string(),
  severity: z.enum(['critical', 'warning', 'info']),
  labels: z.record(z.string(), z.string()),
  summary: z.string(),
  message: msgSchema.optional(),
  value: z.number().nullable(),
  state: z.enum(['pending', 'firing', 'resolved']),
  activeAt: z.number(),
  firedAt: z.number().nullable(),
  resolvedAt: z.number().nullable(),
  lastTrueAt: z.number(),
  startsAt: z.number().nullable(),
});

interface NotifRow {
  id: number;
  channel: string;
  group_key: string;
  subject: string;
  at: number;
  status: string;
  error: string | null;
  firing: number;
  resolved: number;
}

const toNotif = (r: NotifRow): NotificationRecord => ({
  id: r.id,
  channel: r.channel as NotifyChannel,
  groupKey: r.group_key,
  subject: r.subject,
  at: r.at,
  status: r.status as NotificationRecord['status'],
  error: r.error,
  firing: r.firing,
  resolved: r.resolved,
});

/** The alerts tables of one workspace. */
export function createAlertsRepo(db: WritableDb) {
  const q = {
    instances: db.prepare(`SELECT data FROM alert_instances`),
    clearInstances: db.prepare(`DELETE FROM alert_instances`),
    putInstance: db.prepare(`INSERT INTO alert_instances (fingerprint, rule_id, data, state, updated_at) VALUES (?, ?, ?, ?, ?)`),
    addTransition: db.prepare(
      `INSERT INTO alert_transitions (fingerprint, rule_id, labels, summary, message, from_state, to_state, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    transitions: db.prepare(`SELECT * FROM alert_transitions ORDER BY at DESC, id DESC LIMIT ?`),
    transitionsSince: db.prepare(`SELECT * FROM alert_transitions WHERE at >= ? ORDER BY at, id`),
    log: db.prepare(`SELECT firing, resolved, sent_at FROM alert_notification_log WHERE group_key = ? AND channel = ?`),
    putLog: db.prepare(
      `INSERT OR REPLACE INTO alert_notification_log (group_key, channel, firing, resolved, sent_at) VALUES (?, ?, ?, ?, ?)`,
    ),
    addNotif: db.prepare(
      `INSERT INTO alert_notifications (channel, group_key, subject, at, status, error, firing, resolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    ),
    setNotif: db.prepare(`UPDATE alert_notifications SET status = ?, error = ?, at = ? WHERE id = ?`),
    notifs: db.prepare(`SELECT * FROM alert_notifications ORDER BY at DESC, id DESC LIMIT ?`),
    getMeta: db.prepare(`SELECT value FROM alert_meta WHERE key = ?`),
    setMeta: db.prepare(`INSERT OR REPLACE INTO alert_meta (key, value) VALUES (?, ?)`),
  };
  type TRow = {
    id: number;
    fingerprint: string;
    rule_id: string;
    labels: string;
    summary: string;
    message: string | null;
    from_state: string;
    to_state: string;
    at: number;
  };
  const toTransition = (r: TRow): AlertTransition => ({
    id: r.id,
    fingerprint: r.fingerprint,
    ruleId: r.rule_id,
    labels: JSON.parse(r.labels) as Record<string, string>,
    summary: r.summary,
    message: parseMsg(r.message),
    from: r.from_state as AlertTransition['from'],
    to: r.to_state as AlertTransition['to'],
    at: r.at,
  });

  return {
    loadInstances(): Map<string, AlertInstance> {
      const out = new Map<string, AlertInstance>();
      for (const { data } of q.instances.all() as { data: string }[]) {
        const parsed = instanceSchema.safeParse(JSON.parse(data));
        if (parsed.success) out.set(parsed.data.fingerprint, { ...(parsed.data as Omit<AlertInstance, 'muted'>), muted: null });
      }
      return out;
    },
    /** Writes the evaluation's outcome in one transaction: the instances, the transitions, the heartbeat. */
    saveEvaluation: db.transaction((next: Map<string, AlertInstance>, transitions: Transition[], now: number) => {
      q.clearInstances.run();
      for (const a of next.values()) {
        const { muted: _muted, ...data } = a;
        q.putInstance.run(a.fingerprint, a.ruleId, JSON.stringify(data), a.state, now);
      }
      for (const t of transitions)
        q.addTransition.run(
          t.fingerprint,
          t.ruleId,
          JSON.stringify(t.labels),
          t.summary,
          t.message ? JSON.stringify(t.message) : null,
          t.from,
          t.to,
          t.at,
        );
      q.setMeta.run('heartbeat', now);
    }),
    history: (limit: number): AlertTransition[] => (q.transitions.all(limit) as TRow[]).map(toTransition),
    historySince: (at: number): AlertTransition[] => (q.transitionsSince.all(at) as TRow[]).map(toTransition),
    logEntry(groupKey: string, channel: NotifyChannel): LogEntry | null {
      const r = q.log.get(groupKey, channel) as { firing: string; resolved: string; sent_at: number } | undefined;
      return r
        ? { firing: new Set(JSON.parse(r.firing) as string[]), resolved: new Set(JSON.parse(r.resolved) as string[]), sentAt: r.sent_at }
        : null;
    },
    writeLog(groupKey: string, channel: NotifyChannel, firing: string[], resolved: string[], at: number): void {
      q.putLog.run(groupKey, channel, JSON.stringify(firing), JSON.stringify(resolved), at);
    },
    addNotification(n: Omit<NotificationRecord, 'id'>): number {
      return (q.addNotif.get(n.channel, n.groupKey, n.subject, n.at, n.status, n.error, n.firing, n.resolved) as { id: number }).id;
    },
    setNotificationStatus(id: number, status: NotificationRecord['status'], error: string | null, at: number): void {
      q.setNotif.run(status, error, at, id);
    },
    notifications: (limit: number): NotificationRecord[] => (q.notifs.all(limit) as NotifRow[]).map(toNotif),
    getMeta: (key: string): number | null => (q.getMeta.get(key) as { value: number } | undefined)?.value ?? null,
    setMeta: (key: string, value: number): void => void q.setMeta.run(key, value),
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
    /** Drops history older than 180 days and sent mail older than 30 days (at start). */
    prune(now: number): void {
      db.prepare(`DELETE FROM alert_transitions WHERE at < ?`).run(now - 180 * 86_400_000);
      db.prepare(`DELETE FROM email_outbox WHERE sent_at IS NOT NULL AND sent_at < ?`).run(now - 30 * 86_400_000);
      db.prepare(
        `DELETE FROM alert_notifications WHERE at < ? AND id NOT IN (SELECT notification_id FROM email_outbox WHERE notification_id IS NOT NULL)`,
      ).run(now - 180 * 86_400_000);
    },
  };
}

export type AlertsRepo = ReturnType<typeof createAlertsRepo>;
