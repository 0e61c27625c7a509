/** The main process log: console plus <logs>/main.log, rotated once it passes 5 MB. */
import { mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { consoleSink, createLogger, fileSink, type Logger } from '../core/util/logger';

const MAX_LOG_BYTES = 5 * 1024 * 1024;

export function createMainLogger(logsDir: string): Logger {
  const file = join(logsDir, 'main.log');
  try {
    mkdirSync(logsDir, { recursive: true });
    if ((statSync(file, { throwIfNoEntry: false })?.size ?? 0) > MAX_LOG_BYTES) renameSync(file, file + '.1');
  } catch {
    /* logging to the console is enough */
  }
  return createLogger('main', { sinks: [consoleSink, fileSink(file)] });
}
