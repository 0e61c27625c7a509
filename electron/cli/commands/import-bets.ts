/** `monps import bets FILE.csv` (all or nothing) and `monps export bets --out FILE.csv`. */
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CliError, withCore } from '../cli-context';
import { writeFileAtomicSync } from '../../core/export/atomic-file';
import { callChannel } from './bankroll-cli';
import { checkOut } from './out-file';

/** Adds `bets FILE.csv` to the `import` group. */
export function registerImportBets(group: Command): void {
  group
    .command('bets')
    .description('import bets from CSV (header: placed_at,sport,home_team,…,notes); all lines or none')
    .argument('<file>', 'the CSV file (separated by , or ; — French Excel with decimal commas is read as is)')
    .option('--allow-duplicates', 'import bets already stored (same event, selection, book, odds, stake, time)')
    .action(async (file: string, opts: { allowDuplicates?: boolean }, cmd: Command) => {
      if (!existsSync(file)) throw new CliError(`${file}: no such file`, 2);
      const csv = readFileSync(file, 'utf8');
      await withCore(
        cmd,
        async (core) => {
          const r = await callChannel(core, 'bankroll:import-bets', { csv, allowDuplicates: opts.allowDuplicates === true });
          if (!r.ok) {
            const lines = r.errors.map((e) => `  line ${e.line}: ${e.message}`).join('\n');
            throw new CliError(`${file}: ${r.errors.length} bad line${r.errors.length > 1 ? 's' : ''}, nothing was imported\n${lines}`);
          }
          process.stdout.write(
            `imported ${r.imported} bets from ${file}` +
              (r.createdBookmakers.length ? `; new bookmakers: ${r.createdBookmakers.join(', ')}` : '') +
              '\n',
          );
        },
        { noSimulator: true },
      );
    });
}

/** Adds `bets --out FILE.csv` to the `export` group. */
export function registerExportBets(group: Command): void {
  group
    .command('bets')
    .description('every bet as CSV (the import format)')
    .requiredOption('--out <file>', 'CSV file to write')
    .action(async (opts: { out: string }, cmd: Command) => {
      checkOut(opts.out);
      await withCore(
        cmd,
        async (core) => {
          const r = await callChannel(core, 'bankroll:export-bets', {});
          writeFileAtomicSync(opts.out, r.csv);
          process.stdout.write(`${r.count} bets written to ${opts.out}\n`);
        },
        { noSimulator: true },
      );
    });
}
