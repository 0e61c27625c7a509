import type { WritableDb } from '../handles';

/**
 * Alerts: the current instances (restored after a restart), their state changes (history),
 * the notification log of Alertmanager (written only after a successful send or a durable
 * write to the outbox), every notification attempt, silences with their history, the e-mail
 * outbox, and a few engine marks (heartbeat, last digest).
 */
export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE alert_instances (
      fingerprint TEXT PRIMARY KEY,
      rule_id TEXT NOT NULL,
      data TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('pending', 'firing', 'resolved')),
      updated_at INTEGER NOT NULL
    );

    CREATE TABLE alert_transitions (
      id INTEGER PRIMARY KEY,
      fingerprint TEXT NOT NULL,
      rule_id TEXT NOT NULL,
      labels TEXT NOT NULL,
      summary TEXT NOT NULL,
      from_state TEXT NOT NULL,
      to_state TEXT NOT NULL,
      at INTEGER NOT NULL
    );
    CREATE INDEX alert_transitions_at ON alert_transitions (at);

    CREATE TABLE alert_notification_log (
      group_key TEXT NOT NULL,
      channel TEXT NOT NULL,
      firing TEXT NOT NULL,
      resolved TEXT NOT NULL,
      sent_at INTEGER NOT NULL,
      PRIMARY KEY (group_key, channel)
    );

    CREATE TABLE alert_notifications (
      id INTEGER PRIMARY KEY,
      channel TEXT NOT NULL,
      group_key TEXT NOT NULL,
      subject TEXT NOT NULL,
      at INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('sent', 'failed', 'queued')),
      error TEXT,
      firing INTEGER NOT NULL DEFAULT 0,
      resolved INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX alert_notifications_at ON alert_notifications (at);

    CREATE TABLE alert_silences (
      id INTEGER PRIMARY KEY,
      rule_id TEXT,
      event_id TEXT,
      bookmaker TEXT,
      starts_at INTEGER NOT NULL,
      ends_at INTEGER NOT NULL,
      comment TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL,
      expired_at INTEGER
    );

    CREATE TABLE email_outbox (
      id INTEGER PRIMARY KEY,
      notification_id INTEGER REFERENCES alert_notifications(id),
      subject TEXT NOT NULL,
      html TEXT NOT NULL,
      text TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at INTEGER NOT NULL,
      last_error TEXT,
      sent_at INTEGER
    );
    CREATE INDEX email_outbox_due ON email_outbox (sent_at, next_attempt_at);

    CREATE TABLE alert_meta (
      key TEXT PRIMARY KEY,
      value INTEGER NOT NULL
    );
  `);
}
