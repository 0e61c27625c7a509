import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { importSeasons, readSeasons } from '../../core/history-import/import-football-data';
import { CliError, withCore } from '../cli-context';

const progress = (message: string): void => {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${message}`);
};

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Creates the `import` command group and its `football-data FILE...` subcommand; returns the
 * group so other features can add theirs (`import bets`).
 */
export function registerImport(program: Command): Command {
  const group = program.command('import').description('import history and records from files');
  group
    .command('football-data')
    .description('import football-data.co.uk season CSVs: events, results, pre-closing and closing prices per book (all files or nothing)')
    .argument('<files...>', 'season CSV files (E0.csv, F1.csv…)')
    .action(async (files: string[], _opts: unknown, cmd: Command) => {
      for (const f of files) if (!existsSync(f)) throw new CliError(`${f}: no such file`, 2);
      progress(`reading ${files.length} file${files.length > 1 ? 's' : ''}…`);
      let seasons;
      try {
        seasons = readSeasons(files);
      } catch (e) {
        if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
        throw new CliError(`${e instanceof Error ? e.message : String(e)}; nothing was imported`);
      }
      await withCore(
        cmd,
        async (core) => {
          const ws = core.workspace();
          const started = Date.now();
          const r = (() => {
            try {
              return importSeasons(ws.db, ws.odds, seasons, { onProgress: progress });
            } catch (e) {
              throw new CliError(`import failed: ${e instanceof Error ? e.message : String(e)}; nothing was imported`);
            } finally {
              if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
            }
          })();
          for (const f of r.files) {
            process.stdout.write(
              `${basename(f.file)}: ${f.league} → ${f.sportKey}, ${f.matches} matches, ${day(f.firstKickoff)} → ${day(f.lastKickoff)}\n`,
            );
          }
          process.stdout.write(
            `imported ${r.matches} matches (${r.newEvents} new events, ${r.resultsWritten} results written), ` +
              `${r.snapshotsStored} snapshots stored (${r.snapshotsSkipped} already there), ${r.pricesChanged} prices stored, ` +
              `${r.referencesWritten} market reference prices (Max/Avg) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
          );
        },
        { noSimulator: true },
      );
    });
  return group;
}
