/**
 * `monps`: the same core, headless. Every command takes --data-dir; errors go to stderr in
 * words with a non-zero exit code.
 */
import { Command, CommanderError } from 'commander';
import { APP_VERSION } from '../core/version';
import { installFolderGuard } from './folder-guard';
import { registerAlerts } from './commands/alerts';
import { registerBackup, registerRestore } from './commands/backup';
import { registerBankroll } from './commands/bankroll';
import { registerCollect } from './commands/collect';
import { registerExport } from './commands/export';
import { registerImport } from './commands/import';
import { registerImportBets } from './commands/import-bets';
import { registerReplay } from './commands/replay';
import { registerServe } from './commands/serve';
import { registerSettle } from './commands/settle';
import { registerStatus } from './commands/status';
import { CliError } from './cli-context';
import { errorLine } from './error-line';

export function buildProgram(): Command {
  const program = new Command('monps')
    .description('MON_PS — odds collection, opportunities, bankroll and alerts on a local SQLite file')
    .version(APP_VERSION)
    .option('--data-dir <dir>', "data folder (default: MONPS_DATA_DIR or the desktop app's folder)")
    .option('--verbose', "also print the log's info lines on stderr (the log file always has them)")
    .showHelpAfterError()
    .addHelpText(
      'after',
      '\nFirst steps: `monps status` (where the data is, demo or real), `monps serve` (the app in a browser).\n' +
        'Results go to stdout; notes and errors to stderr. Exit codes: 0 done, 1 a failure or a refusal, 2 arguments it cannot use.\n',
    )
    .exitOverride();
  registerStatus(program);
  registerServe(program);
  registerCollect(program);
  registerReplay(program);
  registerExport(program);
  registerBankroll(program);
  registerSettle(program);
  registerImport(program);
  registerBackup(program);
  registerRestore(program);
  registerAlerts(program);
  registerImportBets(program.commands.find((c) => c.name() === 'import') ?? registerImport(program));
  installFolderGuard(program); // the data-folder lock: write commands refuse under a running host
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    process.stderr.write(`monps: ${errorLine(e)}\n`);
    return e instanceof CliError ? e.exitCode : 1;
  }
}
