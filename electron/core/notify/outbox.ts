/**
 * The e-mail outbox: a message is first written to SQLite, then sent; a failure is retried
 * with exponential backoff (30 s … 1 h), forever — mail written while offline goes out later,
 * never lost, never twice (a row is marked sent only after the server accepted it).
 */
import type { WritableDb } from '../db/open-database';
import type { Logger } from '../util/logger';
import type { MailMessage, Mailer } from './mailer';
import { smtpErrorMessage, type SmtpConfig } from './smtp-config';
import { backoffDelay } from '../../../shared/util/backoff';

const BASE_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 3_600_000;

/** Delay before attempt n+1 after n failed attempts. */
export function backoffMs(failedAttempts: number): number {
  return backoffDelay(failedAttempts - 1, { baseMs: BASE_BACKOFF_MS, capMs: MAX_BACKOFF_MS });
}

interface Row {
  id: number;
  notification_id: number | null;
  subject: string;
  html: string;
  text: string;
  attempts: number;
}

export interface OutboxDeps {
  db: WritableDb;
  mailer: Mailer;
  log: Logger;
  now(): number;
  config(): SmtpConfig | null;
  /** Called after each attempt with the notification row it belongs to. */
  onResult(notificationId: number | null, ok: boolean, error: string | null): void;
}

/** The outbox of one workspace. */
export function createOutbox(deps: OutboxDeps) {
  const { db } = deps;
  const q = {
    add: db.prepare(
      `INSERT INTO email_outbox (notification_id, subject, html, text, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
    ),
    due: db.prepare(
      `SELECT id, notification_id, subject, html, text, attempts FROM email_outbox WHERE sent_at IS NULL AND next_attempt_at <= ? ORDER BY id LIMIT 20`,
    ),
    sent: db.prepare(`UPDATE email_outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?`),
    failed: db.prepare(`UPDATE email_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?`),
    pending: db.prepare(`SELECT count(*) AS n, max(attempts) AS a FROM email_outbox WHERE sent_at IS NULL`),
    oldest: db.prepare(`SELECT attempts, last_error FROM email_outbox WHERE sent_at IS NULL ORDER BY id LIMIT 1`),
    lastSent: db.prepare(`SELECT max(sent_at) AS t FROM email_outbox`),
    lastError: db.prepare(`SELECT last_error FROM email_outbox WHERE last_error IS NOT NULL AND sent_at IS NULL ORDER BY id DESC LIMIT 1`),
  };
  let draining: Promise<number> | null = null;

  async function drainOnce(): Promise<number> {
    let sent = 0;
    for (;;) {
      const rows = q.due.all(deps.now()) as Row[];
      if (rows.length === 0) return sent;
      for (const r of rows) {
        const config = deps.config();
        try {
          if (!config) throw Object.assign(new Error('e-mail is not configured'), { code: 'ECONFIG' });
          await deps.mailer.send(config, { subject: r.subject, html: r.html, text: r.text });
          q.sent.run(deps.now(), r.id);
          sent++;
          deps.onResult(r.notification_id, true, null);
        } catch (e) {
          const msg = (e as { code?: string }).code === 'ECONFIG' ? 'e-mail is not configured' : smtpErrorMessage(e, config);
          q.failed.run(msg, deps.now() + backoffMs(r.attempts + 1), r.id);
          deps.onResult(r.notification_id, false, msg);
          deps.log.warn('e-mail not sent, will retry', { id: r.id, attempts: r.attempts + 1, error: msg });
          return sent; // the server is down: the others wait for the next attempt
        }
      }
    }
  }

  return {
    /** Writes a message to the outbox (call inside the transaction that records why). */
    add(msg: MailMessage, notificationId: number | null): number {
      return (q.add.get(notificationId, msg.subject, msg.html, msg.text, deps.now(), deps.now()) as { id: number }).id;
    },
    /** Sends every due message; one drain at a time. Resolves with how many went out. */
    drain(): Promise<number> {
      draining ??= drainOnce().finally(() => (draining = null));
      return draining;
    },
    /** Sends due messages now, ignoring backoff (after the settings changed). */
    retryNow(): void {
      db.prepare(`UPDATE email_outbox SET next_attempt_at = ? WHERE sent_at IS NULL`).run(deps.now());
    },
    stats() {
      const p = q.pending.get() as { n: number };
      const o = q.oldest.get() as { attempts: number; last_error: string | null } | undefined;
      return {
        pending: p.n,
        failedAttempts: o?.attempts ?? 0,
        lastError: (q.lastError.get() as { last_error: string } | undefined)?.last_error ?? null,
        lastSentAt: (q.lastSent.get() as { t: number | null }).t,
      };
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
