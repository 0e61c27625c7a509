/** Silences (snoozes) and their history: expired ones are kept. */
import type { Silence } from '../../../shared/domain/alerts';
import type { WritableDb } from '../db/open-database';
import { silenceActive } from './mute';

interface Row {
  id: number;
  rule_id: string | null;
  event_id: string | null;
  bookmaker: string | null;
  starts_at: number;
  ends_at: number;
  comment: string;
  created_at: number;
  expired_at: number | null;
}

const toSilence = (r: Row, now: number): Silence => {
  const s = {
    id: r.id,
    ruleId: r.rule_id,
    eventId: r.event_id,
    bookmaker: r.bookmaker,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    comment: r.comment,
    createdAt: r.created_at,
    expiredAt: r.expired_at,
  };
  return { ...s, active: silenceActive(s, now) };
};

/** The alert_silences table. */
export function createSilencesRepo(db: WritableDb) {
  const insert = db.prepare(
    `INSERT INTO alert_silences (rule_id, event_id, bookmaker, starts_at, ends_at, comment, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *`,
  );
  const expire = db.prepare(`UPDATE alert_silences SET expired_at = ? WHERE id = ? AND expired_at IS NULL`);
  const one = db.prepare(`SELECT * FROM alert_silences WHERE id = ?`);
  const recent = db.prepare(`SELECT * FROM alert_silences WHERE ends_at >= ? OR expired_at >= ? ORDER BY created_at DESC, id DESC LIMIT ?`);
  const all = db.prepare(`SELECT * FROM alert_silences ORDER BY created_at DESC, id DESC`);
  return {
    create(s: Pick<Silence, 'ruleId' | 'eventId' | 'bookmaker' | 'startsAt' | 'endsAt' | 'comment'>, now: number): Silence {
      return toSilence(insert.get(s.ruleId, s.eventId, s.bookmaker, s.startsAt, s.endsAt, s.comment, now) as Row, now);
    },
    /** Ends a silence now; returns it, or null when there is no such silence. */
    expire(id: number, now: number): Silence | null {
      expire.run(now, id);
      const r = one.get(id) as Row | undefined;
      return r ? toSilence(r, now) : null;
    },
    /** Active silences and those that ended in the last `historyMs`. */
    recent: (now: number, historyMs: number, limit = 200): Silence[] =>
      (recent.all(now - historyMs, now - historyMs, limit) as Row[]).map((r) => toSilence(r, now)),
    all: (now: number): Silence[] => (all.all() as Row[]).map((r) => toSilence(r, now)),
  };
}

export type SilencesRepo = ReturnType<typeof createSilencesRepo>;
