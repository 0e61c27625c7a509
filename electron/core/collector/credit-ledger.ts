/**
 * credit_ledger: every provider call's estimated and billed credits. A call whose bill
 * (`x-requests-last`) differs from the planner's estimate is flagged and logged by the caller;
 * the sport's observed cost then replaces the estimate in the next plans.
 */
import type { ReadableDb, WritableDb } from '../db/open-database';
import type { CallKind } from '../planner/planner';

export interface LedgerEntry {
  at: number;
  kind: CallKind;
  sport: string | null;
  reason: string;
  estimated: number;
  /** From x-requests-last; null when the answer had no such header (a failed call). */
  actual: number | null;
  remaining: number | null;
  used: number | null;
  ok: boolean;
  events: number;
}

export interface LedgerDay {
  /** 00:00 UTC of the day. */
  day: number;
  credits: number;
  calls: number;
}

export function createCreditLedger(db: WritableDb) {
  const insert = db.prepare(
    `INSERT INTO credit_ledger (at, kind, sport, reason, estimated, actual, remaining, used, ok, events)
     VALUES (@at, @kind, @sport, @reason, @estimated, @actual, @remaining, @used, @ok, @events)`,
  );
  const spent = db.prepare(`SELECT coalesce(sum(coalesce(actual, 0)), 0) AS n FROM credit_ledger WHERE at >= ? AND at < ?`);
  const lastOf = db.prepare(`SELECT max(at) AS t FROM credit_ledger WHERE sport = ? AND kind = ? AND ok = 1`);
  const lastSports = db.prepare(`SELECT max(at) AS t FROM credit_ledger WHERE kind = 'sports' AND ok = 1`);
  const observed = db.prepare(
    `SELECT actual, estimated FROM credit_ledger WHERE sport = ? AND kind = 'odds' AND ok = 1 AND actual IS NOT NULL AND events > 0
     ORDER BY at DESC, id DESC LIMIT 1`,
  );
  const lastQuota = db.prepare(
    `SELECT remaining, used, at FROM credit_ledger WHERE remaining IS NOT NULL ORDER BY at DESC, id DESC LIMIT 1`,
  );
  const days = db.prepare(
    `SELECT (at / 86400000) * 86400000 AS day, coalesce(sum(coalesce(actual, 0)), 0) AS credits, count(*) AS calls
     FROM credit_ledger WHERE at >= ? AND at < ? GROUP BY day ORDER BY day`,
  );
  const recent = db.prepare(`SELECT * FROM credit_ledger ORDER BY at DESC, id DESC LIMIT ?`);
  const paid = db.prepare(`SELECT at, actual AS credits FROM credit_ledger WHERE at > ? AND actual > 0 ORDER BY at`);
  const mismatches = db.prepare(
    `SELECT count(*) AS n FROM credit_ledger WHERE at >= ? AND actual IS NOT NULL AND actual <> estimated AND kind = 'odds' AND events > 0`,
  );

  return {
    record(e: LedgerEntry): void {
      insert.run({ ...e, ok: e.ok ? 1 : 0 });
    },
    /** Credits billed in [from, to). */
    spent(from: number, to: number): number {
      return (spent.get(from, to) as { n: number }).n;
    },
    lastCallAt(sport: string, kind: CallKind): number | null {
      return (lastOf.get(sport, kind) as { t: number | null }).t;
    },
    lastSportsAt(): number | null {
      return (lastSports.get() as { t: number | null }).t;
    },
    /**
     * The credits the API billed for the sport's last /odds answer with events, when it differs
     * from what was estimated (else null: the estimate holds).
     */
    observedOddsCost(sport: string): number | null {
      const r = observed.get(sport) as { actual: number; estimated: number } | undefined;
      return r && r.actual !== r.estimated ? r.actual : null;
    },
    lastQuota(): { remaining: number | null; used: number | null; at: number | null } {
      const r = lastQuota.get() as { remaining: number; used: number | null; at: number } | undefined;
      return r ? { remaining: r.remaining, used: r.used, at: r.at } : { remaining: null, used: null, at: null };
    },
    /** Credits per UTC day in [from, to) (the ledger chart). */
    days(from: number, to: number): LedgerDay[] {
      return days.all(from, to) as LedgerDay[];
    },
    recent(limit: number): LedgerEntry[] {
      return (recent.all(limit) as Array<Omit<LedgerEntry, 'ok'> & { ok: number }>).map((r) => ({
        at: r.at,
        kind: r.kind,
        sport: r.sport,
        reason: r.reason,
        estimated: r.estimated,
        actual: r.actual,
        remaining: r.remaining,
        used: r.used,
        ok: r.ok === 1,
        events: r.events,
      }));
    },
    /** Paid calls since `from` (the planner's sliding day window). */
    paidSince(from: number): Array<{ at: number; credits: number }> {
      return paid.all(from) as Array<{ at: number; credits: number }>;
    },
    mismatchesSince(from: number): number {
      return (mismatches.get(from) as { n: number }).n;
    },
  };
}

export type CreditLedger = ReturnType<typeof createCreditLedger>;

/** True when the database has the ledger table (a read-only copy of an older file may not). */
export function hasLedger(db: ReadableDb): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'credit_ledger'`).get() !== undefined;
}
