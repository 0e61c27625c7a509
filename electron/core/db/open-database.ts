/**
 * Opening SQLite files: `openSqlite` is the ONLY place in the core that constructs a
 * better-sqlite3 Database (so the Electron host's `nativeBinding`, the addon built for
 * Electron's ABI, is used for every file: the workspace, a backup being checked, a restore).
 * `openDatabase` adds the pragmas, migrations and branded handles of a workspace database.
 */
import Database from 'better-sqlite3';
import type { Logger } from '../util/logger';
import type { WritableDb } from './handles';
import { migrate } from './migrate';

export type { ReadableDb, WritableDb } from './handles';

export interface OpenOptions {
  /** Path of the native addon built for Electron's ABI (the Electron host passes it). */
  nativeBinding?: string;
  readonly?: boolean;
}

export interface SqliteOptions extends OpenOptions {
  fileMustExist?: boolean;
}

/** A function opening a raw SQLite file with a host's addon (see `sqliteOpener`). */
export type SqliteOpener = (file: string, opts?: Omit<SqliteOptions, 'nativeBinding'>) => Database.Database;

/** Opens a raw SQLite handle (no pragmas, no migration): every other opener goes through it. */
export function openSqlite(file: string, opts: SqliteOptions = {}): Database.Database {
  return new Database(file, {
    nativeBinding: opts.nativeBinding,
    readonly: opts.readonly ?? false,
    fileMustExist: opts.fileMustExist ?? false,
  });
}

/** An opener bound to one addon (undefined: better-sqlite3's own, built for Node). */
export function sqliteOpener(nativeBinding?: string): SqliteOpener {
  return (file, opts = {}) => openSqlite(file, { ...opts, nativeBinding });
}

export function openDatabase(file: string, log?: Logger, opts: OpenOptions = {}): WritableDb {
  const db = openSqlite(file, { nativeBinding: opts.nativeBinding, readonly: opts.readonly ?? false }) as WritableDb;
  // 16 KB pages for a new file (an existing one keeps its own): the odds tables are written in
  // bulk and read in ranges, and larger pages cut the B-tree work per insert by about a fifth
  if (!opts.readonly) db.pragma('page_size = 16384');
  if (file !== ':memory:' && !opts.readonly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  // 32 MB of page cache: a collection's inserts touch the quotes index all over
  db.pragma('cache_size = -32000');
  if (!opts.readonly) migrate(db, log);
  return db;
}
