/**
 * The main process log: console plus <logs>/main.log, rotated once it passes 5 MB. Private like
 * the data folder: the folder 0700, the files 0600 (also when an older version made them looser).
 */
import { renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { consoleSink, createLogger, fileSink, type Logger } from '../core/util/logger';
import { ensurePrivateDir, makePrivate } from '../core/util/private-files';

const MAX_LOG_BYTES = 5 * 1024 * 1024;

export function createMainLogger(logsDir: string): Logger {
  const file = join(logsDir, 'main.log');
  try {
    ensurePrivateDir(logsDir);
    if ((statSync(file, { throwIfNoEntry: false })?.size ?? 0) > MAX_LOG_BYTES) renameSync(file, file + '.1');
    for (const f of [file, file + '.1']) makePrivate(f);
  } catch {
    /* logging to the console is enough */
  }
  return createLogger('main', { sinks: [consoleSink, fileSink(file)] });
}
