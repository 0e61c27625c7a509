/** `monps bankroll deposit|withdraw AMOUNT [--at ISO] [--force]`: money in and out of the bankroll. */
import type { Command } from 'commander';
import { parseMoneyToCents } from '../../../shared/domain/bets';
import { dispatch } from '../../core/handlers/dispatch';
import { CliError, withCore } from '../cli-context';
import { callChannel, euros, parseIso } from './bankroll-cli';

/** "12.50" → 1250; a CliError (exit 2) in words otherwise: "at most 2 decimals", "more than 0". */
export function parseAmount(amount: string): number {
  const s = amount.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (/^-?\d+\.\d{3,}$/.test(s)) throw new CliError(`${amount}: at most 2 decimals (euros and cents), e.g. 12.34`, 2);
  const cents = parseMoneyToCents(amount);
  if (cents === null) throw new CliError(`${amount}: expected an amount in euros, e.g. 100 or 12.50`, 2);
  if (cents <= 0) throw new CliError(`${amount}: expected an amount more than 0, e.g. 100 or 12.50`, 2);
  return cents;
}

export function registerBankroll(program: Command): void {
  const group = program.command('bankroll').description('deposits and withdrawals of the bankroll');
  for (const kind of ['deposit', 'withdrawal'] as const) {
    const c = group
      .command(kind === 'deposit' ? 'deposit' : 'withdraw')
      .description(
        kind === 'deposit'
          ? 'record a deposit'
          : 'record a withdrawal (refused above the bankroll unless --force; not before the first deposit)',
      )
      .argument('<amount>', 'amount in euros, e.g. 100 or 12.50 (at most 2 decimals)')
      .option('--at <iso>', 'when (ISO 8601; default now)')
      .option('--note <text>', 'a note');
    if (kind === 'withdrawal') c.option('--force', 'record it even when it is more than the bankroll');
    c.action(async (amount: string, opts: { at?: string; note?: string; force?: boolean }, cmd: Command) => {
      const cents = parseAmount(amount);
      const at = parseIso('--at', opts.at);
      await withCore(
        cmd,
        async (core) => {
          const r = await dispatch(core.handlers, 'bankroll:add-transaction', {
            kind,
            amountCents: cents,
            at,
            note: opts.note ?? '',
            force: opts.force === true,
          });
          if (!r.ok) {
            if (r.error.code === 'CONFLICT')
              throw new CliError(`${r.error.message.replace(/ — confirm to record it anyway$/, '')}; add --force to record it anyway`);
            throw new CliError(r.error.message, r.error.code === 'INVALID_REQUEST' ? 2 : 1);
          }
          const t = r.value as { amountCents: number; at: number };
          const s = await callChannel(core, 'bankroll:get-summary', {});
          process.stdout.write(
            `${kind} of ${euros(t.amountCents)} recorded at ${new Date(t.at).toISOString()}; bankroll ${euros(s.bankrollCents)}\n`,
          );
          if (s.bankrollCents < 0) process.stderr.write(`monps: note: the bankroll is now negative (${euros(s.bankrollCents)})\n`);
        },
        { noSimulator: true },
      );
    });
  }
}
