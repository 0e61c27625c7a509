/** The core's deposit/withdrawal rules (issue #15 item 4): pure checks, and the channel the UI calls. */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/ipc/result';
import { availableFrom, checkMovement } from '../../electron/core/bankroll/movement-rules';
import type { LedgerBetRow, LedgerTx } from '../../electron/core/bankroll/ledger';
import { dispatch } from '../../electron/core/handlers/dispatch';
import { createHeadlessCore } from '../../electron/headless/create-headless-core';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { tempDir } from '../helpers/fixtures';

const dep = (cents: number, at: number): LedgerTx => ({ kind: 'deposit', cents, at });
const wd = (cents: number, at: number): LedgerTx => ({ kind: 'withdrawal', cents, at });
const lost = (stake: number, settledAt: number) =>
  ({ status: 'lost', stake, profit: -stake, settledAt, placedAt: settledAt - 1 }) as unknown as LedgerBetRow;

function refusal(fn: () => void): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('movement rules', () => {
  it('a withdrawal up to the bankroll passes; one cent more is CONFLICT with the bankroll in the message', () => {
    const tx = [dep(10_000, 100)];
    expect(() => checkMovement([], tx, { kind: 'withdrawal', amountCents: 10_000, at: 200 })).not.toThrow();
    const e = refusal(() => checkMovement([], tx, { kind: 'withdrawal', amountCents: 10_001, at: 200 }));
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toContain('a withdrawal of 100.01 € is more than the bankroll (100.00 €)');
    expect(() => checkMovement([], tx, { kind: 'withdrawal', amountCents: 10_001, at: 200, force: true })).not.toThrow();
  });

  it('settled losses count; a back-dated withdrawal may not make a later point negative', () => {
    const tx = [dep(10_000, 100), wd(6_000, 500)];
    // at 200 the balance is 100 €, but after the 60 € withdrawal at 500 only 40 € remain
    expect(availableFrom([], tx, 200)).toEqual({ cents: 4_000, at: 500 });
    const e = refusal(() => checkMovement([], tx, { kind: 'withdrawal', amountCents: 5_000, at: 200 }));
    expect(e.message).toContain('more than the bankroll (40.00 € on 1970-01-01T00:00:00.500Z)');
    expect(availableFrom([lost(3_000, 300)], tx, 1_000)).toEqual({ cents: 1_000, at: 1_000 });
  });

  it('before the first deposit, or with none: INVALID_REQUEST, even with force', () => {
    expect(refusal(() => checkMovement([], [], { kind: 'withdrawal', amountCents: 1, at: 1, force: true })).message).toBe(
      'no deposit recorded yet: record the first deposit before a withdrawal',
    );
    const e = refusal(() =>
      checkMovement([], [dep(10_000, Date.UTC(2026, 2, 1))], { kind: 'withdrawal', amountCents: 1, at: Date.UTC(2026, 1, 1), force: true }),
    );
    expect(e.code).toBe('INVALID_REQUEST');
    expect(e.message).toContain('is before the first deposit (2026-03-01T00:00:00Z)');
  });

  it('deposits are never refused by these rules', () => {
    expect(() => checkMovement([], [], { kind: 'deposit', amountCents: 1, at: 0 })).not.toThrow();
  });

  it('the channel the UI calls applies them: CONFLICT, then force: true records it', async () => {
    const core = await createHeadlessCore(tempDir(), createLogger('t', { sinks: [silentSink] }), { noSimulator: true });
    try {
      expect((await dispatch(core.handlers, 'bankroll:add-transaction', { kind: 'deposit', amountCents: 5_000 })).ok).toBe(true);
      const refused = await dispatch(core.handlers, 'bankroll:add-transaction', { kind: 'withdrawal', amountCents: 9_000 });
      expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      const summary = await dispatch(core.handlers, 'bankroll:get-summary', {});
      expect(summary).toMatchObject({ ok: true, value: { bankrollCents: 5_000 } });
      const forced = await dispatch(core.handlers, 'bankroll:add-transaction', { kind: 'withdrawal', amountCents: 9_000, force: true });
      expect(forced.ok).toBe(true);
    } finally {
      await core.close();
    }
  });
});
