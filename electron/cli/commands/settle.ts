/** `monps settle`: one settlement pass (scores, flags, CLV) and `monps stats [--json]`. */
import type { Command } from 'commander';
import { withCore } from '../cli-context';
import { callChannel, euros } from './bankroll-cli';

const pct = (r: number | null) => (r === null ? '–' : `${(r * 100).toFixed(2)} %`);

export function registerSettle(program: Command): void {
  program
    .command('settle')
    .description('one settlement pass: results from stored and fetched final scores, flags, closing line value')
    .action(async (_opts: unknown, cmd: Command) => {
      await withCore(cmd, async (core) => {
        const r = await callChannel(core, 'bankroll:settle-now', {});
        const calls = r.scoresCalls.map((c) => `${c.sport}${c.daysFrom ? ` (daysFrom=${c.daysFrom})` : ''}`).join(', ');
        process.stdout.write(
          `settled ${r.settled} bets (${r.fromDb} from stored scores, ${r.fromScores} from /scores), ${r.flagged} flagged without a score, ` +
            `CLV refreshed for ${r.clvUpdated}; /scores calls: ${calls || 'none'}\n`,
        );
        for (const e of r.errors) process.stderr.write(`monps: ${e}\n`);
      });
    });

  program
    .command('stats')
    .description('bankroll statistics (ledgerStats conventions)')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withCore(
        cmd,
        async (core) => {
          const s = await callChannel(core, 'bankroll:get-stats', {});
          if (opts.json) {
            process.stdout.write(JSON.stringify(s, null, 2) + '\n');
            return;
          }
          const lines = [
            `bankroll           ${euros(Math.round(s.bankroll * 100))}`,
            `profit (settled)   ${euros(Math.round(s.totalProfit * 100))} on ${euros(Math.round(s.turnover * 100))} staked`,
            `yield              ${pct(s.yield)}   (profit / turnover)`,
            `ROI on bankroll    ${pct(s.roiOnBankroll)}   (profit / deposits)`,
            `win rate           ${pct(s.winRate)}   (${s.wins} of ${s.nSettled})`,
            `max drawdown       ${euros(Math.round(s.maxDrawdownAbs * 100))} (${pct(s.maxDrawdownPctOfPeak)} of the peak)`,
            `CLV                ${pct(s.meanClv)} mean, ${pct(s.stakeWeightedAvgClv)} stake-weighted`,
            `pending            ${s.pending}`,
          ];
          process.stdout.write(lines.join('\n') + '\n');
        },
        { noSimulator: true },
      );
    });
}
