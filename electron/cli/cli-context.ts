/** What every command shares: the data folder, a logger on stderr, the headless core. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { defaultDataDir } from '../core/paths';
import { createLogger, fileSink, type LogSink } from '../core/util/logger';
import { createHeadlessCore } from '../headless/create-headless-core';
import type { CoreOptions } from '../core/create-core';
import { redact } from '../core/util/logger';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(redact(message));
    this.name = 'CliError';
  }
}

export function dataDirOf(cmd: Command): string {
  const opts = cmd.optsWithGlobals() as { dataDir?: string };
  const dir = resolve(opts.dataDir ?? defaultDataDir());
  mkdirSync(dir, { recursive: true });
  return dir;
}

const stderrSink: LogSink = (line, level) => {
  if (level === 'warn' || level === 'error' || process.env.MONPS_VERBOSE === '1') process.stderr.write(line + '\n');
};

export function cliLogger(dataDir: string, alsoInfo = false) {
  const sinks: LogSink[] = [fileSink(`${dataDir}/monps.log`), alsoInfo ? (l: string) => process.stderr.write(l + '\n') : stderrSink];
  return createLogger('cli', { sinks });
}

export async function withCore<T>(cmd: Command, fn: (core: Awaited<ReturnType<typeof createHeadlessCore>>, dataDir: string) => Promise<T>, extra: Partial<CoreOptions> = {}): Promise<T> {
  const dataDir = dataDirOf(cmd);
  const core = await createHeadlessCore(dataDir, cliLogger(dataDir), extra);
  try {
    return await fn(core, dataDir);
  } finally {
    await core.close();
  }
}
