/**
 * One settlement pass: link bets to their events, settle pending bets from scores already in
 * the database, ask /scores only for sports whose pending bets' events should be over (one call
 * per sport, `daysFrom` as small as the oldest one allows — a completed game is only listed with
 * daysFrom), flag events that never report a score, and refresh cached CLV. Only pending bets
 * that nobody settled by hand are touched.
 */
import { profitCents } from '../../../shared/domain/bets';
import type { BankrollSettings, SettleReport } from '../../../shared/domain/bankroll';
import type { WritableDb } from '../db/open-database';
import type { OddsApiClient } from '../providers/odds-api/client';
import type { ClosingLines } from './closing-lines';
import { settleFromScore } from './settlement-rules';
import { backoffDelay } from '../../../shared/util/backoff';

const DAY = 86_400_000;
const HOUR = 3_600_000;

interface PendingRow {
  id: number;
  event_id: string | null;
  sport_key: string;
  home_team: string;
  away_team: string;
  commence_time: number;
  market: 'h2h' | 'totals' | 'spreads';
  selection: string;
  point: number | null;
  odds: number;
  stake_cents: number;
}

/** Per-sport back-off of /scores calls that settled nothing (kept by the module between passes). */
export type ScoresBackoff = Map<string, { nextAt: number; misses: number }>;

/** Inputs of one settlement pass. */
export interface SettleDeps {
  db: WritableDb;
  closing: ClosingLines;
  settings: BankrollSettings;
  now: number;
  /** null: settle from the database only (no provider call). */
  client: OddsApiClient | null;
  backoff?: ScoresBackoff;
}

/** Runs one settlement pass and reports what it did (see the file comment). */
export async function settlePass(d: SettleDeps): Promise<SettleReport> {
  const { db, now, settings } = d;
  const report: SettleReport = { settled: 0, fromDb: 0, fromScores: 0, flagged: 0, scoresCalls: [], errors: [], clvUpdated: 0 };
  linkEvents(db);
  report.fromDb = settleFromDb(db, now);

  if (d.client) {
    const due = db
      .prepare(
        `SELECT b.sport_key AS sport, min(b.commence_time) AS oldest FROM bets b LEFT JOIN events e ON e.id = b.event_id
       WHERE b.status = 'pending' AND b.settled_by IS NULL AND b.commence_time <= ? AND b.commence_time > ?
         AND coalesce(e.completed, 0) = 0 GROUP BY b.sport_key`,
      )
      .all(now - settings.resultDelayMinutes * 60_000, now - 3 * DAY) as { sport: string; oldest: number }[];
    for (const { sport, oldest } of due) {
      const b = d.backoff?.get(sport);
      if (b && b.nextAt > now) continue;
      const daysFrom = Math.min(3, Math.max(1, Math.ceil((now - oldest) / DAY))) as 1 | 2 | 3;
      try {
        const res = await d.client.getScores(sport, { daysFrom });
        report.scoresCalls.push({ sport, daysFrom, credits: res.quota.last });
        const n = applyScores(db, res.data, now);
        report.fromScores += n;
        if (d.backoff) {
          const misses = n > 0 ? 0 : (b?.misses ?? 0) + 1;
          d.backoff.set(sport, { misses, nextAt: now + backoffDelay(misses, { baseMs: 30 * 60_000, capMs: 12 * HOUR }) });
        }
      } catch (e) {
        report.errors.push(`${sport}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
  report.settled = report.fromDb + report.fromScores;
  report.flagged = db
    .prepare(
      `UPDATE bets SET flag = 'no_score', updated_at = ? WHERE status = 'pending' AND settled_by IS NULL AND flag IS NULL AND commence_time < ?`,
    )
    .run(now, now - settings.noScoreFlagHours * HOUR).changes;
  report.clvUpdated = refreshClv(d);
  return report;
}

/** Gives bets without an event id the stored event of the same sport, teams and kick-off day (UTC). */
function linkEvents(db: WritableDb): void {
  db.prepare(
    `UPDATE bets SET event_id = (
       SELECT e.id FROM events e WHERE e.sport_key = bets.sport_key AND e.home_team = bets.home_team AND e.away_team = bets.away_team
         AND e.commence_time / 86400000 = bets.commence_time / 86400000 LIMIT 1)
     WHERE event_id IS NULL AND EXISTS (
       SELECT 1 FROM events e WHERE e.sport_key = bets.sport_key AND e.home_team = bets.home_team AND e.away_team = bets.away_team
         AND e.commence_time / 86400000 = bets.commence_time / 86400000)`,
  ).run();
}

/** Settles pending, unmanaged bets whose event is completed with a score in the database. */
function settleFromDb(db: WritableDb, now: number): number {
  const rows = db
    .prepare(
      `SELECT b.id, b.event_id, b.sport_key, b.home_team, b.away_team, b.commence_time, b.market, b.selection, b.point, b.odds,
       b.stake_cents, b.placed_at, e.home_score, e.away_score, e.scores_updated_at
     FROM bets b JOIN events e ON e.id = b.event_id
     WHERE b.status = 'pending' AND b.settled_by IS NULL AND e.completed = 1 AND e.home_score IS NOT NULL AND e.away_score IS NOT NULL`,
    )
    .all() as (PendingRow & { placed_at: number; home_score: number; away_score: number; scores_updated_at: number | null })[];
  const upd = db.prepare(
    `UPDATE bets SET status = ?, profit_cents = ?, settled_at = ?, settled_by = 'auto', flag = NULL, updated_at = ?
     WHERE id = ? AND status = 'pending' AND settled_by IS NULL`,
  );
  let n = 0;
  db.transaction(() => {
    for (const r of rows) {
      const status = settleFromScore(
        { market: r.market, selection: r.selection, point: r.point, homeTeam: r.home_team, awayTeam: r.away_team, sportKey: r.sport_key },
        r.home_score,
        r.away_score,
      );
      if (!status) continue;
      // settled when the result became known (not when we noticed), never before the bet was placed
      const at = Math.max(r.placed_at, Math.min(now, r.scores_updated_at ?? r.commence_time + 2 * HOUR));
      n += upd.run(status, profitCents(status, r.stake_cents, r.odds, null), at, now, r.id).changes;
    }
  })();
  return n;
}

/** Stores completed scores on their events, then settles from the database. */
function applyScores(
  db: WritableDb,
  events: {
    id: string;
    completed: boolean;
    homeTeam: string;
    awayTeam: string;
    scores: { name: string; score: number }[] | null;
    lastUpdate: number | null;
  }[],
  now: number,
): number {
  const upd = db.prepare(`UPDATE events SET completed = 1, home_score = ?, away_score = ?, scores_updated_at = ? WHERE id = ?`);
  db.transaction(() => {
    for (const e of events) {
      if (!e.completed || !e.scores) continue;
      const home = e.scores.find((s) => s.name === e.homeTeam)?.score;
      const away = e.scores.find((s) => s.name === e.awayTeam)?.score;
      if (home === undefined || away === undefined) continue;
      upd.run(home, away, e.lastUpdate ?? now, e.id);
    }
  })();
  return settleFromDb(db, now);
}

/** Recomputes cached CLV of started bets never computed, or computed too close to kick-off to be final. */
function refreshClv(d: SettleDeps): number {
  const rows = d.db
    .prepare(
      `SELECT id, event_id, market, selection, point, odds, bookmaker, home_team FROM bets
     WHERE event_id IS NOT NULL AND commence_time <= ? AND (clv_computed_at IS NULL OR clv_computed_at < commence_time + ?)`,
    )
    .all(d.now, 3 * HOUR) as {
    id: number;
    event_id: string;
    market: string;
    selection: string;
    point: number | null;
    odds: number;
    bookmaker: string;
    home_team: string;
  }[];
  const upd = d.db.prepare(
    `UPDATE bets SET clv_raw_state = ?, clv_raw_close = ?, clv_raw_at = ?, clv_novig_state = ?, clv_novig_close = ?, clv_novig_at = ?,
       clv_novig_p = ?, clv_computed_at = ? WHERE id = ?`,
  );
  const maxAge = d.settings.closeMaxAgeMinutes * 60_000;
  d.db.transaction(() => {
    for (const r of rows) {
      const c = d.closing.compute(
        {
          eventId: r.event_id,
          market: r.market,
          selection: r.selection,
          point: r.point,
          odds: r.odds,
          homeTeam: r.home_team,
          bookmaker: r.bookmaker,
        },
        d.settings.sharpBookmaker,
        maxAge,
        d.now,
      );
      upd.run(c.raw.state, c.raw.close, c.raw.at, c.noVig.state, c.noVig.close, c.noVig.at, c.noVig.p, d.now, r.id);
    }
  })();
  return rows.length;
}
