/** `monps export opportunities --out FILE.csv`: every opportunity record of the lifecycle table. */
import type { Command } from 'commander';
import { exportOpportunitiesCsv } from '../../core/opportunities/csv';
import { withCore } from '../cli-context';
import { checkOut } from './out-file';

/** Adds the `opportunities` subcommand to `monps export`. */
export function registerExportOpportunities(exp: Command): void {
  exp
    .command('opportunities')
    .description('one row per opportunity (surebets, value bets, drops, gaps): legs, edge, first/last seen, peak edge, status')
    .requiredOption('--out <file>', 'CSV file to write')
    .action(async (opts: { out: string }, cmd: Command) => {
      checkOut(opts.out);
      await withCore(
        cmd,
        async (core) => {
          const n = await exportOpportunitiesCsv(core.workspace().db, opts.out);
          process.stdout.write(`${n} opportunities written to ${opts.out}\n`);
        },
        { noSimulator: true },
      );
    });
}
