/** What every command shares: the data folder, a logger on stderr, the headless core. */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { defaultDataDir } from '../core/paths';
import { createLogger, fileSink, type LogSink } from '../core/util/logger';
import { createHeadlessCore } from '../headless/create-headless-core';
import type { CoreOptions } from '../core/create-core';
import { redact } from '../core/util/logger';
import { databaseFile } from '../core/workspace';
import { DataDirError, ensureDataDir } from '../core/util/create-folder';
import { databaseNotice } from './demo-notice';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(redact(message));
    this.name = 'CliError';
  }
}

/** The data folder (--data-dir, else MONPS_DATA_DIR, else the app's), created now or a CliError saying why not. */
export function dataDirOf(cmd: Command): string {
  const opts = cmd.optsWithGlobals() as { dataDir?: string };
  const source = opts.dataDir !== undefined ? '--data-dir' : process.env.MONPS_DATA_DIR ? 'MONPS_DATA_DIR' : null;
  try {
    return ensureDataDir(opts.dataDir ?? defaultDataDir());
  } catch (e) {
    if (e instanceof DataDirError) throw new CliError(source ? `${source}: ${e.message}` : e.message, 2);
    throw e;
  }
}

/** Is --verbose (or MONPS_VERBOSE=1) on? Then info lines go to stderr too. */
export function isVerbose(cmd?: Command): boolean {
  return process.env.MONPS_VERBOSE === '1' || (cmd?.optsWithGlobals() as { verbose?: boolean } | undefined)?.verbose === true;
}

export function cliLogger(dataDir: string, verbose = false) {
  const stderrSink: LogSink = (line, level) => {
    if (level === 'warn' || level === 'error' || verbose || process.env.MONPS_VERBOSE === '1') process.stderr.write(line + '\n');
  };
  return createLogger('cli', { sinks: [fileSink(`${dataDir}/monps.log`), stderrSink] });
}

let noticeShown = false;

/** Prints (once per process) which database is in use when it is the demo one. */
export function noticeDatabase(core: Awaited<ReturnType<typeof createHeadlessCore>>, createdNow = false): void {
  if (noticeShown) return;
  noticeShown = true;
  for (const l of databaseNotice(core.settings.get(), core.workspace().file, { createdNow })) process.stderr.write(l + '\n');
}

export async function withCore<T>(
  cmd: Command,
  fn: (core: Awaited<ReturnType<typeof createHeadlessCore>>, dataDir: string) => Promise<T>,
  extra: Partial<CoreOptions> = {},
): Promise<T> {
  const dataDir = dataDirOf(cmd);
  const realExisted = existsSync(databaseFile(dataDir, 'real'));
  const core = await createHeadlessCore(dataDir, cliLogger(dataDir, isVerbose(cmd)), extra);
  try {
    noticeDatabase(core, !realExisted);
    return await fn(core, dataDir);
  } finally {
    await core.close();
  }
}
