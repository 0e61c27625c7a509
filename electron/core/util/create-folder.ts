/**
 * The data folder of a command, created when missing — one level at a time. Node's
 * `mkdirSync(dir, { recursive: true })` loops for ever when a parent exists but refuses new
 * entries with ENOENT (`/proc/x`: /proc exists, mkdir /proc/x says ENOENT, so Node climbs to
 * /proc, gets EEXIST, comes back down, and again), holding the event loop at 100 % CPU; and
 * since `conf` (through `atomically`/`when-exit`) installs JS handlers for SIGTERM and SIGINT,
 * those signals wait for that loop and never land. Walking the path ourselves makes each
 * failure immediate and in words. Any host creating a data folder from a user's path
 * (CLI, headless host, desktop app) should create it through `ensureDataDir` first.
 */
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileReason, isErrno } from './file-error';

export class DataDirError extends Error {
  constructor(
    readonly dir: string,
    reason: string,
  ) {
    super(`data folder ${dir}: ${reason}`);
    this.name = 'DataDirError';
  }
}

function statOrNull(p: string) {
  try {
    return statSync(p);
  } catch (e) {
    if (isErrno(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) return null;
    throw e;
  }
}

/** Created folders are private to their owner (the data folder holds the secrets). */
const PRIVATE_DIR_MODE = 0o700;

/** Creates `dir` (and missing parents, 0700) or throws a DataDirError saying why it cannot. */
export function ensureDataDir(input: string): string {
  const dir = resolve(input);
  const missing: string[] = [];
  let p = dir;
  for (;;) {
    let st;
    try {
      st = statOrNull(p);
    } catch (e) {
      throw new DataDirError(dir, `cannot look at ${p} (${fileReason(e)})`);
    }
    if (st) {
      if (!st.isDirectory()) throw new DataDirError(dir, p === dir ? 'it is a file, not a folder' : `${p} is a file, not a folder`);
      break;
    }
    missing.unshift(p);
    const up = dirname(p);
    if (up === p) break;
    p = up;
  }
  for (const m of missing) {
    try {
      mkdirSync(m, { mode: PRIVATE_DIR_MODE });
    } catch (e) {
      if (isErrno(e) && e.code === 'EEXIST' && statOrNull(m)?.isDirectory()) continue;
      const why = isErrno(e) && e.code === 'ENOENT' ? `${dirname(m)} does not accept new folders` : fileReason(e);
      throw new DataDirError(dir, `cannot create ${m} (${why})`);
    }
  }
  try {
    accessSync(dir, constants.R_OK | constants.W_OK);
  } catch (e) {
    throw new DataDirError(dir, `cannot write there (${fileReason(e)})`);
  }
  return dir;
}
