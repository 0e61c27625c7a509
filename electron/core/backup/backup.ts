/**
 * Online backup and checked restore of a MON_PS SQLite file.
 * - Backup uses SQLite's backup API (`db.backup`) on the live connection: safe while the
 *   collector writes (SQLite restarts or updates the copy as pages change), written to a
 *   `.partial` file and renamed, so a half-written backup never looks like one.
 * - Restore first copies the file to a staging file and checks it there (PRAGMA
 *   integrity_check, a MON_PS schema, not newer than this version; an older one is migrated),
 *   then keeps the current database aside as `<db>.before-restore-<time>.sqlite`, then swaps.
 *   A refused file leaves the current database untouched.
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, migrate } from '../db/migrate';
import { openSqlite, type SqliteOpener, type WritableDb } from '../db/open-database';
import { createPrivateFile, ensurePrivateDir, makePrivate } from '../util/private-files';
import { backupName, type BackupKind } from './backup-files';

/** A backup file refused before anything was changed. */
export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefused';
  }
}

const stamp = (at: number) =>
  new Date(at)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
const dbName = (file: string) => basename(file).replace(/\.sqlite$/, '');

/**
 * Takes an online backup of `db` to `dest` (atomic: a temporary file renamed at the end).
 * `pagesPerStep`: pages copied between two turns of the event loop (or a function deciding it).
 */
export async function backupTo(db: WritableDb, dest: string, pagesPerStep: number | (() => number) = 256): Promise<void> {
  ensurePrivateDir(dirname(dest));
  const partial = `${dest}.partial`;
  rmSync(partial, { force: true });
  try {
    createPrivateFile(partial); // a backup holds everything: 0600 from its first byte
    await db.backup(partial, { progress: typeof pagesPerStep === 'function' ? pagesPerStep : () => pagesPerStep });
    renameSync(partial, dest);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
}

/** Backs up the workspace database `file` (open as `db`) into `dir` under a dated name. */
export async function backupInto(
  db: WritableDb,
  file: string,
  dir: string,
  kind: BackupKind,
  at: number,
  pagesPerStep?: number | (() => number),
): Promise<string> {
  const dest = join(dir, backupName(dbName(file), kind, at));
  await backupTo(db, dest, pagesPerStep);
  return dest;
}

/** A backup file copied and checked, ready to be swapped in. */
export interface CheckedBackup {
  /** The staging copy, checked and migrated to the current schema. */
  staging: string;
  schemaVersion: number;
  migratedFrom: number | null;
}

/** Copies `file` next to `liveFile` and checks it; throws RestoreRefused with a clear reason. */
export function stageBackup(file: string, liveFile: string, at: number, open: SqliteOpener = openSqlite): CheckedBackup {
  if (!existsSync(file)) throw new RestoreRefused(`${file}: no such file`);
  const staging = `${liveFile}.restoring-${stamp(at)}`;
  const clean = () => ['', '-wal', '-shm', '-journal'].forEach((s) => rmSync(staging + s, { force: true }));
  clean();
  copyFileSync(file, staging);
  makePrivate(staging); // copyFileSync keeps the source's mode (a backup handed in may be 0644)
  let db: Database.Database | null = null;
  try {
    try {
      db = open(staging, { fileMustExist: true });
      const check = db.pragma('integrity_check') as { integrity_check: string }[];
      if (check.length !== 1 || check[0].integrity_check !== 'ok') {
        throw new RestoreRefused(
          `${basename(file)} is damaged (integrity check: ${check
            .slice(0, 3)
            .map((c) => c.integrity_check)
            .join('; ')}); the current database was not touched`,
        );
      }
    } catch (e) {
      if (e instanceof RestoreRefused) throw e;
      throw new RestoreRefused(
        `${basename(file)} is not a readable SQLite database (${(e as Error).message}); the current database was not touched`,
      );
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    const hasEvents = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'`).get();
    if (version === 0 || !hasEvents)
      throw new RestoreRefused(`${basename(file)} is not a MON_PS database; the current database was not touched`);
    if (version > LATEST_SCHEMA_VERSION) {
      throw new RestoreRefused(
        `${basename(file)} was written by a newer MON_PS (schema ${version}; this version knows up to ${LATEST_SCHEMA_VERSION}): update MON_PS first; the current database was not touched`,
      );
    }
    if (version < LATEST_SCHEMA_VERSION) migrate(db as WritableDb);
    db.pragma('journal_mode = DELETE'); // one self-contained file
    db.close();
    db = null;
    return { staging, schemaVersion: LATEST_SCHEMA_VERSION, migratedFrom: version < LATEST_SCHEMA_VERSION ? version : null };
  } catch (e) {
    db?.close();
    clean();
    throw e;
  }
}

/** Where the current database is kept before a restore. */
export function asideName(liveFile: string, at: number): string {
  return join(dirname(liveFile), `${dbName(liveFile)}.before-restore-${stamp(at)}.sqlite`);
}

/** What a restore did. */
export interface RestoreResult {
  restoredFrom: string;
  /** The previous database, kept aside (null when there was none). */
  keptAs: string | null;
  schemaVersion: number;
  migratedFrom: number | null;
}

/** Restores `file` over `liveFile`, which nobody may have open (the CLI, or a closed workspace). */
export async function restoreClosed(file: string, liveFile: string, at: number, open: SqliteOpener = openSqlite): Promise<RestoreResult> {
  const checked = stageBackup(file, liveFile, at, open);
  let keptAs: string | null = null;
  if (existsSync(liveFile)) {
    keptAs = asideName(liveFile, at);
    try {
      const cur = open(liveFile, { fileMustExist: true });
      try {
        createPrivateFile(keptAs);
        await cur.backup(keptAs);
      } finally {
        cur.close();
      }
    } catch {
      // the current file cannot even be read: keep its bytes as they are
      for (const s of ['', '-wal', '-shm']) if (existsSync(liveFile + s)) renameSync(liveFile + s, keptAs + s);
    }
  }
  for (const s of ['-wal', '-shm', '-journal']) rmSync(liveFile + s, { force: true });
  renameSync(checked.staging, liveFile);
  return { restoredFrom: file, keptAs, schemaVersion: checked.schemaVersion, migratedFrom: checked.migratedFrom };
}

/**
 * Restores `file` into the database that `live` has open, without closing it: the current
 * content is backed up aside, then the checked copy is written over it with SQLite's backup
 * API (page by page, under SQLite's locks), so `live` reads the restored data at once.
 * Callers must drop whatever they cached from the database (e.g. the odds store's caches).
 */
export async function restoreLive(
  file: string,
  live: WritableDb,
  liveFile: string,
  at: number,
  open: SqliteOpener = openSqlite,
): Promise<RestoreResult> {
  const checked = stageBackup(file, liveFile, at, open);
  try {
    const keptAs = asideName(liveFile, at);
    createPrivateFile(keptAs);
    await live.backup(keptAs);
    const src = open(checked.staging, { readonly: true, fileMustExist: true });
    try {
      // a step of "all pages": no other write can slip between two steps
      await src.backup(liveFile, { progress: () => 1 << 30 });
    } finally {
      src.close();
    }
    return { restoredFrom: file, keptAs, schemaVersion: checked.schemaVersion, migratedFrom: checked.migratedFrom };
  } finally {
    rmSync(checked.staging, { force: true });
  }
}
