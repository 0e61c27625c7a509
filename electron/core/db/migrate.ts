/** Numbered migrations tracked in PRAGMA user_version, each in its own transaction. */
import type { Logger } from '../util/logger';
import { MIGRATIONS } from './migrations';
import type { WritableDb } from './handles';

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export function schemaVersion(db: WritableDb): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs every pending migration; refuses a database written by a newer MON_PS. */
export function migrate(db: WritableDb, log?: Logger, target = LATEST_SCHEMA_VERSION): void {
  const current = schemaVersion(db);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new Error(
      `This database was written by a newer MON_PS (schema ${current}, this version knows up to ${LATEST_SCHEMA_VERSION}); update the app or restore a backup`,
    );
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
    log?.info(`migrated database to schema ${m.version} (${m.name})`);
  }
}
