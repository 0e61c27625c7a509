/**
 * Rules for deposits and withdrawals, applied by the core for every host (CLI, desktop,
 * headless UI):
 * - a withdrawal dated before the first deposit (or with no deposit at all) is refused —
 *   INVALID_REQUEST: record the deposit first, or date the withdrawal later;
 * - a withdrawal larger than the bankroll is refused unless `force` — CONFLICT, the message
 *   shows the bankroll; a UI asks the user to confirm and sends the request again with
 *   `force: true` (the CLI's `--force`).
 * "The bankroll" is the lowest running balance from the withdrawal's date on (deposits −
 * withdrawals + settled profit, as the ledger counts it), so a back-dated withdrawal cannot make
 * any later point negative either; for a withdrawal dated now it is the current bankroll.
 */
import { AppError } from '../../../shared/ipc/result';
import type { LedgerBetRow, LedgerTx } from './ledger';

export interface MovementRequest {
  kind: 'deposit' | 'withdrawal';
  amountCents: number;
  at: number;
  force?: boolean;
}

export const eurosText = (cents: number): string => `${(cents / 100).toFixed(2)} €`;
const day = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** The lowest balance from `at` on, and when it is reached (null: it is the balance at `at`). */
export function availableFrom(bets: readonly LedgerBetRow[], tx: readonly LedgerTx[], at: number): { cents: number; at: number } {
  const moves = [
    ...tx.map((t) => ({ at: t.at, d: t.kind === 'deposit' ? t.cents : -t.cents })),
    ...bets.filter((b) => b.status !== 'pending').map((b) => ({ at: b.settledAt ?? b.placedAt, d: b.profit ?? 0 })),
  ].sort((a, b) => a.at - b.at);
  let balance = 0;
  let i = 0;
  for (; i < moves.length && (moves[i] as { at: number }).at <= at; i++) balance += (moves[i] as { d: number }).d;
  let low = { cents: balance, at };
  for (; i < moves.length; i++) {
    const m = moves[i] as { at: number; d: number };
    balance += m.d;
    if (balance < low.cents) low = { cents: balance, at: m.at };
  }
  return low;
}

/** Throws an AppError when the movement breaks a rule; returns quietly otherwise. */
export function checkMovement(bets: readonly LedgerBetRow[], tx: readonly LedgerTx[], req: MovementRequest): void {
  if (req.kind !== 'withdrawal') return;
  const deposits = tx.filter((t) => t.kind === 'deposit');
  if (!deposits.length) {
    throw new AppError('INVALID_REQUEST', 'no deposit recorded yet: record the first deposit before a withdrawal');
  }
  const first = Math.min(...deposits.map((t) => t.at));
  if (req.at < first) {
    throw new AppError(
      'INVALID_REQUEST',
      `a withdrawal dated ${day(req.at)} is before the first deposit (${day(first)}): record that deposit first, or date the withdrawal later`,
    );
  }
  const avail = availableFrom(bets, tx, req.at);
  if (req.amountCents > avail.cents && !req.force) {
    const when = avail.at > req.at ? ` on ${day(avail.at)}` : '';
    throw new AppError(
      'CONFLICT',
      `a withdrawal of ${eurosText(req.amountCents)} is more than the bankroll (${eurosText(avail.cents)}${when}); nothing was recorded — confirm to record it anyway`,
    );
  }
}
