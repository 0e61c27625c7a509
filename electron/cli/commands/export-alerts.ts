/** `monps export alerts --out FILE.csv`: state changes and notifications of the alerts. */
import type { Command } from 'commander';
import { exportAlertsCsv } from '../../core/alerts/alerts-csv';
import { withCore } from '../cli-context';
import { checkOut } from './out-file';

/** Adds `alerts` under the `export` command. */
export function registerExportAlerts(exp: Command): void {
  exp
    .command('alerts')
    .description('rule, labels, state changes with times, notifications with channel, time and result')
    .requiredOption('--out <file>', 'CSV file to write')
    .action(async (opts: { out: string }, cmd: Command) => {
      checkOut(opts.out);
      await withCore(
        cmd,
        async (core) => {
          const n = exportAlertsCsv(core.workspace().db, opts.out);
          process.stdout.write(`${n} alert rows written to ${opts.out}\n`);
        },
        { noSimulator: true },
      );
    });
}
