/**
 * The data folder is private to its owner: the folder (and backups/) is 0700 and every file of
 * MON_PS in it 0600 — the databases and their -wal/-shm, backups, the log, settings.json,
 * secrets.json, the lock file. Files are created with those modes, and every start puts back
 * the modes of what is there (a folder made by an older version, a backup copied in). Files
 * that are not MON_PS's are left alone (a --data-dir may point at a folder with other things
 * in it), and symbolic links are never followed (their target may be anything, anywhere).
 * On Windows, POSIX modes mean nothing: the user's profile ACLs protect the folder, and these
 * functions do nothing.
 */
import { chmodSync, closeSync, lstatSync, openSync, readdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { ensureDataDir } from './create-folder';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

const posix = process.platform !== 'win32';

/**
 * Creates `dir` (and missing parents) 0700 and makes `dir` itself 0700; a folder of another
 * user keeps its mode (preparePrivateFolder reports it).
 */
export function ensurePrivateDir(dir: string): void {
  ensureDataDir(dir); // one level at a time: a recursive mkdirSync spins for ever on /proc/x
  if (!posix) return;
  try {
    chmodSync(dir, PRIVATE_DIR_MODE);
  } catch {
    /* reported at start by preparePrivateFolder */
  }
}

/** What `preparePrivateFolder` changed, and what it could not (a file of another user). */
export interface PrivateFolderReport {
  fixed: string[];
  failed: { path: string; reason: string }[];
}

/**
 * Makes `file` 0600 when it exists. A missing file, or one this user may not change (another
 * owner: reported at start by preparePrivateFolder), is left as it is — never an error here.
 */
export function makePrivate(file: string): void {
  if (!posix) return;
  try {
    const st = lstatSync(file);
    if (st.isFile() && (st.mode & 0o777) !== PRIVATE_FILE_MODE) chmodSync(file, PRIVATE_FILE_MODE);
  } catch {
    /* see above */
  }
}

/**
 * Creates `file` empty with mode 0600 when it does not exist (so that whatever writes it next,
 * SQLite included, never creates it with the process's looser default), else makes it 0600.
 */
export function createPrivateFile(file: string): void {
  try {
    closeSync(openSync(file, 'wx', PRIVATE_FILE_MODE));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  makePrivate(file);
}

/**
 * The files MON_PS writes in its data folder: the databases and everything named after them
 * (monps.sqlite, -wal, -shm, -journal, .partial, .restoring-…, monps.before-restore-…), the
 * log, the lock, settings.json and the secrets stores. Anything else is the user's: a data
 * folder given with --data-dir may hold other files (a script keeps its +x).
 */
const DATA_FILE = /^(?:(?:monps|demo)[.-].+|(?:settings|secrets|secrets-electron|secrets-consent)\.json(?:\.tmp)?)$/;
/** Sub-folders MON_PS makes, and the files it puts there. */
const DATA_SUBDIRS: Record<string, RegExp> = { backups: /\.sqlite/ };

/**
 * Creates the data folder 0700 if needed and puts back 0700 on it and on its sub-folders
 * (backups/), and 0600 on every file of MON_PS in them (see DATA_FILE). A mode that cannot be
 * changed (a file owned by another user) does not stop the start: it is reported, and the
 * caller logs it.
 */
export function preparePrivateFolder(dir: string): PrivateFolderReport {
  ensureDataDir(dir);
  const report: PrivateFolderReport = { fixed: [], failed: [] };
  if (!posix) return report;
  const set = (path: string, mode: number) => {
    try {
      chmodSync(path, mode);
      report.fixed.push(path);
    } catch (e) {
      report.failed.push({ path, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
    }
  };
  const top = lstatSync(dir);
  if ((top.mode & 0o777) !== PRIVATE_DIR_MODE) set(dir, PRIVATE_DIR_MODE);
  const walk = (folder: string, ours: RegExp | null) => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch (e) {
      report.failed.push({ path: folder, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      let st: Stats;
      try {
        st = lstatSync(path);
      } catch {
        continue; // removed meanwhile
      }
      if (st.isDirectory()) {
        const sub = ours === null ? DATA_SUBDIRS[name] : undefined;
        if (!sub) continue;
        if ((st.mode & 0o777) !== PRIVATE_DIR_MODE) set(path, PRIVATE_DIR_MODE);
        walk(path, sub);
      } else if (st.isFile() && (ours ?? DATA_FILE).test(name) && (st.mode & 0o777) !== PRIVATE_FILE_MODE) set(path, PRIVATE_FILE_MODE);
    }
  };
  walk(dir, null);
  return report;
}

/** `mode & 0o777` of a path, for messages and tests. */
export function modeOf(st: Stats): number {
  return st.mode & 0o777;
}
