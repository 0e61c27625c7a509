/**
 * The bets and bankroll transactions of one workspace. Every write validates with the shared
 * rules first and throws AppError('INVALID_REQUEST') naming the problem, so nothing partial
 * is written. A result set here (by the user or an import) is marked and never overwritten
 * by the automatic settlement.
 */
import {
  BET_ISSUE_MESSAGES,
  profitCents,
  validateBet,
  type BankrollTransaction,
  type Bet,
  type BetInput,
  type BetStatus,
  type SettledBy,
} from '../../../shared/domain/bets';
import { AppError } from '../../../shared/ipc/result';
import type { WritableDb } from '../db/open-database';
import { BET_COLUMNS, BET_FROM, inputParams, rowToBet, type BetRow } from './bet-row';
import { ensureBookmaker } from './bookmakers';

/** Filters of the bet log. */
export interface BetFilter {
  status?: BetStatus | 'settled' | 'flagged';
  sportKey?: string;
  bookmaker?: string;
  market?: Bet['market'];
  tag?: string;
  search?: string;
  from?: number;
  to?: number;
}

/** Throws INVALID_REQUEST listing every issue of a bet input. */
export function assertValidBet(b: BetInput): void {
  const issues = validateBet(b);
  if (issues.length) throw new AppError('INVALID_REQUEST', issues.map((i) => `${i.field}: ${BET_ISSUE_MESSAGES[i.code]}`).join('; '));
}

/** When a settled input gives no settlement time: the later of placement and kick-off, capped at now. */
export function defaultSettledAt(b: BetInput, now: number): number {
  return Math.min(now, Math.max(b.placedAt, b.commenceTime));
}

/** `onBookmakerCreated` lets the odds store reload its dictionary of bookmakers (it caches their ids). */
export function createBetsRepo(db: WritableDb, opts: { onBookmakerCreated?(): void } = {}) {
  const cols = `event_id, sport_key, home_team, away_team, commence_time, market, selection, point, bookmaker, odds, stake_cents,
    placed_at, status, cashout_cents, closing_odds, tags, notes, opportunity_id`;
  const vals = cols
    .split(',')
    .map((c) => '@' + c.trim())
    .join(', ');
  const insert = db.prepare(
    `INSERT INTO bets (${cols}, settled_at, profit_cents, settled_by, created_at, updated_at)
     VALUES (${vals}, @settled_at, @profit_cents, @settled_by, @now, @now) RETURNING id`,
  );
  const sets = cols
    .split(',')
    .map((c) => `${c.trim()} = @${c.trim()}`)
    .join(', ');
  const update = db.prepare(
    `UPDATE bets SET ${sets}, settled_at = @settled_at, profit_cents = @profit_cents, settled_by = @settled_by,
       flag = NULL, clv_computed_at = NULL, updated_at = @now WHERE id = @id`,
  );
  const getOne = db.prepare(`SELECT ${BET_COLUMNS} FROM ${BET_FROM} WHERE b.id = ?`);
  const insertTx = db.prepare(
    `INSERT INTO bankroll_transactions (kind, amount_cents, at, note, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id`,
  );

  /** Params of a bet's result: profit, settlement time and who set it. */
  function resultParams(b: BetInput, by: SettledBy, now: number) {
    if (b.status === 'pending') return { settled_at: null, profit_cents: null, settled_by: null };
    return {
      settled_at: b.settledAt ?? defaultSettledAt(b, now),
      profit_cents: profitCents(b.status, b.stakeCents, b.odds, b.cashoutCents),
      settled_by: by,
    };
  }

  const repo = {
    get(id: number): Bet | null {
      const r = getOne.get(id) as BetRow | undefined;
      return r ? rowToBet(r) : null;
    },
    /** Inserts a valid bet (creating an unknown bookmaker); returns it and the key created, if any. */
    create(b: BetInput, now: number, by: SettledBy = 'manual'): { bet: Bet; createdBookmaker: string | null } {
      assertValidBet(b);
      return db.transaction(() => {
        const book = ensureBookmaker(db, b.bookmaker);
        const row = insert.get({ ...inputParams({ ...b, bookmaker: book.key }), ...resultParams(b, by, now), now }) as { id: number };
        if (book.created) opts.onBookmakerCreated?.();
        return { bet: repo.get(row.id)!, createdBookmaker: book.created ? book.key : null };
      })();
    },
    /** Replaces a bet's fields; a result given here is a manual one. */
    update(id: number, b: BetInput, now: number): { bet: Bet; createdBookmaker: string | null } {
      assertValidBet(b);
      if (!repo.get(id)) throw new AppError('NOT_FOUND', `No bet with id ${id}`);
      return db.transaction(() => {
        const book = ensureBookmaker(db, b.bookmaker);
        update.run({ ...inputParams({ ...b, bookmaker: book.key }), ...resultParams(b, 'manual', now), now, id });
        if (book.created) opts.onBookmakerCreated?.();
        return { bet: repo.get(id)!, createdBookmaker: book.created ? book.key : null };
      })();
    },
    /** Sets a result by hand (pending again clears it, so the automatic settlement may act). */
    setStatus(id: number, status: BetStatus, cashoutCents: number | null, settledAt: number | null, now: number): Bet {
      const bet = repo.get(id);
      if (!bet) throw new AppError('NOT_FOUND', `No bet with id ${id}`);
      const input: BetInput = { ...bet, status, cashoutCents, settledAt: status === 'pending' ? null : settledAt };
      return repo.update(id, input, now).bet;
    },
    delete(id: number): void {
      if (db.prepare(`DELETE FROM bets WHERE id = ?`).run(id).changes !== 1) throw new AppError('NOT_FOUND', `No bet with id ${id}`);
    },
    list(f: BetFilter, limit: number, offset: number): { bets: Bet[]; total: number } {
      const where: string[] = [];
      const p: Record<string, unknown> = { limit, offset };
      if (f.status === 'settled') where.push(`b.status <> 'pending'`);
      else if (f.status === 'flagged') where.push(`b.flag IS NOT NULL AND b.status = 'pending'`);
      else if (f.status) {
        where.push(`b.status = @status`);
        p.status = f.status;
      }
      if (f.sportKey) {
        where.push(`b.sport_key = @sport`);
        p.sport = f.sportKey;
      }
      if (f.bookmaker) {
        where.push(`b.bookmaker = @book`);
        p.book = f.bookmaker;
      }
      if (f.market) {
        where.push(`b.market = @market`);
        p.market = f.market;
      }
      if (f.tag) {
        where.push(`EXISTS (SELECT 1 FROM json_each(b.tags) WHERE value = @tag)`);
        p.tag = f.tag;
      }
      if (f.from !== undefined) {
        where.push(`b.placed_at >= @from`);
        p.from = f.from;
      }
      if (f.to !== undefined) {
        where.push(`b.placed_at < @to`);
        p.to = f.to;
      }
      if (f.search?.trim()) {
        where.push(
          `(b.home_team LIKE @q ESCAPE '\\' OR b.away_team LIKE @q ESCAPE '\\' OR b.notes LIKE @q ESCAPE '\\' OR b.selection LIKE @q ESCAPE '\\')`,
        );
        p.q = `%${f.search.trim().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
      }
      const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const total = (db.prepare(`SELECT count(*) AS n FROM bets b ${w}`).get(p) as { n: number }).n;
      const rows = db
        .prepare(`SELECT ${BET_COLUMNS} FROM ${BET_FROM} ${w} ORDER BY b.placed_at DESC, b.id DESC LIMIT @limit OFFSET @offset`)
        .all(p) as BetRow[];
      return { bets: rows.map(rowToBet), total };
    },
    /** Every bet, oldest first (export, stats). */
    all(): Bet[] {
      return (db.prepare(`SELECT ${BET_COLUMNS} FROM ${BET_FROM} ORDER BY b.placed_at, b.id`).all() as BetRow[]).map(rowToBet);
    },
    addTransaction(kind: BankrollTransaction['kind'], amountCents: number, at: number, note: string, now: number): BankrollTransaction {
      if (!Number.isInteger(amountCents) || amountCents <= 0)
        throw new AppError('INVALID_REQUEST', `amount: a ${kind} must be more than 0`);
      const { id } = insertTx.get(kind, amountCents, at, note, now) as { id: number };
      return { id, kind, amountCents, at, note };
    },
    deleteTransaction(id: number): void {
      if (db.prepare(`DELETE FROM bankroll_transactions WHERE id = ?`).run(id).changes !== 1)
        throw new AppError('NOT_FOUND', `No deposit or withdrawal with id ${id}`);
    },
    transactions(): BankrollTransaction[] {
      return db
        .prepare(`SELECT id, kind, amount_cents AS amountCents, at, note FROM bankroll_transactions ORDER BY at, id`)
        .all() as BankrollTransaction[];
    },
  };
  return repo;
}

/** The bets repository of one workspace. */
export type BetsRepo = ReturnType<typeof createBetsRepo>;
