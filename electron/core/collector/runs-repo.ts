/** collection_runs: one row per run, written when it starts and completed when it ends. */
import type { CollectionRun, RunStatus, RunTrigger } from '../../../shared/domain/collector';
import type { ReadableDb, WritableDb } from '../db/open-database';

interface RunRow {
  id: number;
  started_at: number;
  ended_at: number | null;
  trigger: string;
  status: string;
  sports: string;
  http_status: number | null;
  error_code: string | null;
  error_message: string | null;
  credits_used: number | null;
  credits_remaining: number | null;
  requests: number;
  events: number;
  prices_seen: number;
  prices_changed: number;
  prices_dropped: number;
}

const COLS = `id, started_at, ended_at, trigger, status, sports, http_status, error_code, error_message,
  credits_used, credits_remaining, requests, events, prices_seen, prices_changed, prices_dropped`;

export function rowToRun(r: RunRow): CollectionRun {
  return {
    id: r.id,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    trigger: r.trigger as RunTrigger,
    status: r.status as RunStatus,
    sports: JSON.parse(r.sports) as string[],
    httpStatus: r.http_status,
    errorCode: r.error_code,
    errorMessage: r.error_message,
    creditsUsed: r.credits_used,
    creditsRemaining: r.credits_remaining,
    requests: r.requests,
    events: r.events,
    pricesSeen: r.prices_seen,
    pricesChanged: r.prices_changed,
    pricesDropped: r.prices_dropped,
  };
}

export type RunEnd = Omit<CollectionRun, 'id' | 'startedAt' | 'trigger' | 'sports' | 'pricesDropped'> & { pricesDropped?: number };

export function createRunsRepo(db: WritableDb) {
  const insert = db.prepare(
    `INSERT INTO collection_runs (started_at, trigger, status, sports) VALUES (?, ?, 'running', ?) RETURNING ${COLS}`,
  );
  const finish = db.prepare(
    `UPDATE collection_runs SET ended_at = @endedAt, status = @status, http_status = @httpStatus, error_code = @errorCode,
       error_message = @errorMessage, credits_used = @creditsUsed, credits_remaining = @creditsRemaining,
       requests = @requests, events = @events, prices_seen = @pricesSeen, prices_changed = @pricesChanged,
       prices_dropped = @pricesDropped
     WHERE id = @id RETURNING ${COLS}`,
  );
  const list = db.prepare(`SELECT ${COLS} FROM collection_runs ORDER BY started_at DESC, id DESC LIMIT ?`);
  const lastOk = db.prepare(`SELECT max(ended_at) AS t FROM collection_runs WHERE status IN ('ok', 'partial')`);
  const lastQuota = db.prepare(
    `SELECT credits_remaining, credits_used, ended_at FROM collection_runs WHERE credits_remaining IS NOT NULL ORDER BY id DESC LIMIT 1`,
  );
  const abandon = db.prepare(
    `UPDATE collection_runs SET status = 'failed', ended_at = started_at, error_code = 'INTERRUPTED',
       error_message = 'MON_PS stopped while this run was in progress' WHERE status = 'running'`,
  );

  return {
    start(at: number, trigger: RunTrigger, sports: string[]): CollectionRun {
      return rowToRun(insert.get(at, trigger, JSON.stringify(sports)) as RunRow);
    },
    finish(id: number, end: RunEnd): CollectionRun {
      return rowToRun(finish.get({ pricesDropped: 0, ...end, id }) as RunRow);
    },
    /** Runs left 'running' by a crash or a kill are marked failed at start-up. */
    abandonInterrupted(): number {
      return abandon.run().changes;
    },
    list(limit: number): CollectionRun[] {
      return (list.all(limit) as RunRow[]).map(rowToRun);
    },
    lastSuccessAt(): number | null {
      return (lastOk.get() as { t: number | null }).t;
    },
    lastQuota(): { remaining: number | null; used: number | null; at: number | null } {
      const r = lastQuota.get() as { credits_remaining: number; credits_used: number; ended_at: number } | undefined;
      return r ? { remaining: r.credits_remaining, used: null, at: r.ended_at } : { remaining: null, used: null, at: null };
    },
  };
}

export type RunsRepo = ReturnType<typeof createRunsRepo>;

export function dataAsOf(db: ReadableDb): number | null {
  return (db.prepare(`SELECT max(last_seen_at) AS t FROM events`).get() as { t: number | null }).t;
}
