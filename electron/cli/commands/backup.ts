import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { backupInto, backupTo, restoreClosed, RestoreRefused } from '../../core/backup/backup';
import { backupsDir, parseBackupName } from '../../core/backup/backup-files';
import { openDatabase } from '../../core/db/open-database';
import { createSettingsService } from '../../core/settings/settings-service';
import { createLogger, silentSink } from '../../core/util/logger';
import { someModules } from '../../core/module-kit/combine';
import { databaseFile } from '../../core/workspace';
import { confSettingsBackend, headlessSecrets } from '../../headless/create-headless-core';
import { FileError } from '../../core/util/file-error';
import { CliError, dataDirOf, withCore } from '../cli-context';
import { checkOut } from './out-file';

/** `monps backup [--out FILE]`: an online backup of the database in use (safe while the app runs). */
export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('back up the database in use now (SQLite online backup; safe while MON_PS runs)')
    .option('--out <file>', 'write the backup here (default: <data-dir>/backups/<db>-manual-<time>.sqlite)')
    .action(async (opts: { out?: string }, cmd: Command) => {
      if (opts.out !== undefined) {
        checkOut(opts.out);
        if (existsSync(opts.out)) throw new CliError(`--out ${opts.out}: the file exists already (choose a new name)`, 2);
      }
      await withCore(
        cmd,
        async (core, dataDir) => {
          const ws = core.workspace();
          const target = opts.out ? resolve(opts.out) : backupsDir(dataDir);
          let dest: string;
          try {
            dest = opts.out ? resolve(opts.out) : await backupInto(ws.db, ws.file, backupsDir(dataDir), 'manual', Date.now());
            if (opts.out) await backupTo(ws.db, dest);
          } catch (e) {
            // SQLite says "unable to open database file": name the place and the likely reason
            const f = FileError.from(target, e);
            throw new CliError(
              /unable to open/i.test(f.reason)
                ? `${target}: cannot write the backup there (permission denied or no such folder)`
                : f.message,
            );
          }
          process.stdout.write(`${basename(ws.file)} backed up to ${dest}\n`);
        },
        { noSimulator: true, modules: someModules() },
      );
    });
}

/**
 * `monps restore FILE`: checks the file (integrity, MON_PS schema not newer than this version;
 * an older one is migrated), keeps the current database aside, then swaps. No core is open
 * meanwhile; MON_PS (app or `monps serve`) must not be running on this data folder.
 */
export function registerRestore(program: Command): void {
  program
    .command('restore')
    .description('restore a backup (checked first; the current database is kept aside as *.before-restore-<time>.sqlite)')
    .argument('<file>', 'the backup file')
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      if (!existsSync(file)) throw new CliError(`${file}: no such file`, 2);
      const dataDir = dataDirOf(cmd);
      // which database: the one the backup's name says (monps-… / demo-…), else the mode in use
      const tag = parseBackupName(basename(file))?.db;
      const settings = createSettingsService({
        backend: confSettingsBackend(dataDir),
        secrets: headlessSecrets(dataDir, createLogger('cli', { sinks: [silentSink] })),
      });
      const live =
        tag === 'demo' || tag === 'monps'
          ? databaseFile(dataDir, tag === 'demo' ? 'demo' : 'real')
          : databaseFile(dataDir, settings.get().demoMode ? 'demo' : 'real');
      if (live.endsWith('demo.sqlite')) process.stderr.write(`monps: restoring into the demo database ${live} (simulated data)\n`);
      try {
        const r = await restoreClosed(resolve(file), live, Date.now());
        // the app must reopen it cleanly: open it as the app does, then close
        openDatabase(live).close();
        process.stdout.write(
          `${basename(file)} restored into ${live}` +
            (r.migratedFrom !== null ? ` (migrated from schema ${r.migratedFrom} to ${r.schemaVersion})` : '') +
            (r.keptAs ? `; the previous database is kept as ${r.keptAs}` : '') +
            '\n',
        );
      } catch (e) {
        if (e instanceof RestoreRefused) throw new CliError(e.message);
        throw e;
      }
    });
}
