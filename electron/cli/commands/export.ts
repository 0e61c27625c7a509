import type { Command } from 'commander';
import { exportClosingLinesCsv, exportOddsCsv } from '../../core/export/odds-csv';
import { withCore } from '../cli-context';
import { checkOut } from './out-file';
import { registerExportBets } from './import-bets';
import { registerExportOpportunities } from './export-opportunities';
import { registerExportAlerts } from './export-alerts';

export function registerExport(program: Command): void {
  const exp = program.command('export').description('export stored data to CSV');
  registerExportBets(exp);
  registerExportOpportunities(exp);
  registerExportAlerts(exp);
  exp
    .command('odds')
    .description('one row per stored price change')
    .requiredOption('--out <file>', 'CSV file to write')
    .option('--event <id>', 'only this event')
    .action(async (opts: { out: string; event?: string }, cmd: Command) => {
      checkOut(opts.out);
      await withCore(
        cmd,
        async (core) => {
          const n = await exportOddsCsv(core.workspace().db, opts.out, { eventId: opts.event });
          process.stdout.write(`${n} price changes written to ${opts.out}\n`);
        },
        { noSimulator: true },
      );
    });
  exp
    .command('closing-lines')
    .description('per event, book, market, outcome and line: the last price observed before kick-off')
    .requiredOption('--out <file>', 'CSV file to write')
    .action(async (opts: { out: string }, cmd: Command) => {
      checkOut(opts.out);
      await withCore(
        cmd,
        async (core) => {
          const n = await exportClosingLinesCsv(core.workspace().db, opts.out);
          process.stdout.write(`${n} closing lines written to ${opts.out}\n`);
        },
        { noSimulator: true },
      );
    });
}
