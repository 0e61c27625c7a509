/** `monps bankroll deposit|withdraw AMOUNT [--at ISO]`: money in and out of the bankroll. */
import type { Command } from 'commander';
import { parseMoneyToCents } from '../../../shared/domain/bets';
import { CliError, withCore } from '../cli-context';
import { callChannel, demoNote, euros, parseIso } from './bankroll-cli';

export function registerBankroll(program: Command): void {
  const group = program.command('bankroll').description('deposits and withdrawals of the bankroll');
  for (const kind of ['deposit', 'withdrawal'] as const) {
    group
      .command(kind === 'deposit' ? 'deposit' : 'withdraw')
      .description(kind === 'deposit' ? 'record a deposit' : 'record a withdrawal')
      .argument('<amount>', 'amount in euros, e.g. 100 or 12.50')
      .option('--at <iso>', 'when (ISO 8601; default now)')
      .option('--note <text>', 'a note')
      .action(async (amount: string, opts: { at?: string; note?: string }, cmd: Command) => {
        const cents = parseMoneyToCents(amount);
        if (cents === null || cents <= 0) throw new CliError(`${amount}: expected an amount more than 0, e.g. 100 or 12.50`, 2);
        const at = parseIso('--at', opts.at);
        await withCore(cmd, async (core) => {
          demoNote(core, 'this goes into');
          const t = await callChannel(core, 'bankroll:add-transaction', { kind, amountCents: cents, at, note: opts.note ?? '' });
          const s = await callChannel(core, 'bankroll:get-summary', {});
          process.stdout.write(`${kind} of ${euros(t.amountCents)} recorded at ${new Date(t.at).toISOString()}; bankroll ${euros(s.bankrollCents)}\n`);
        }, { noSimulator: true });
      });
  }
}
