import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase, type WritableDb } from './open-database';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './migrate';
import { MIGRATIONS } from './migrations';
import { tempDir } from '../../../tests/helpers/fixtures';

const plan = (db: WritableDb, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');

describe('migrations', () => {
  it('bring a new file to the latest version, in WAL mode with foreign keys on', () => {
    const db = openDatabase(join(tempDir(), 'm.sqlite'));
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('are numbered in steps, strictly increasing', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('are idempotent: opening twice changes nothing', () => {
    const file = join(tempDir(), 'm.sqlite');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
  });

  it('refuse a database written by a newer MON_PS, leaving it untouched', () => {
    const file = join(tempDir(), 'future.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1000}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(/newer MON_PS/);
    const again = new Database(file);
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1000);
    again.close();
  });

  it('roll back a failing migration as a whole', () => {
    const db = new Database(':memory:') as WritableDb;
    db.exec('CREATE TABLE sports (key TEXT)'); // collides with 0010
    expect(() => migrate(db)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'events'`).get()).toBeUndefined();
  });

  it('0010: the hot queries use their indexes', () => {
    const db = openDatabase(':memory:');
    expect(
      plan(
        db,
        `SELECT id FROM quotes WHERE event_ref = 1 AND bookmaker_id = 1 AND market_id = 1 AND outcome = 'A' AND ifnull(point, -999999) = 0 AND ifnull(description, '') = ''`,
      ),
    ).toMatch(/USING (COVERING )?INDEX quotes_identity/);
    expect(plan(db, `SELECT max(observed_at) FROM price_history WHERE quote_id = 1 AND observed_at < 5`)).toMatch(
      /price_changes USING PRIMARY KEY.*|.*USING PRIMARY KEY/,
    );
    expect(plan(db, `SELECT id FROM events WHERE sport_key = 'soccer_epl' AND commence_time >= 0`)).toMatch(
      /USING (COVERING )?INDEX events_sport_commence/,
    );
  });
});
