/**
 * Backups: an online backup taken while the collector writes (against the simulator) restores
 * to a consistent database; damaged and newer-version files are refused with a clear message
 * and the current database untouched; Settings' restore works on the open workspace.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupInto, restoreClosed, RestoreRefused } from '../../electron/core/backup/backup';
import { backupsDir } from '../../electron/core/backup/backup-files';
import { createBackupModule } from '../../electron/core/backup/backup-module';
import { createCollector } from '../../electron/core/collector/collector';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrate';
import { openDatabase, type WritableDb } from '../../electron/core/db/open-database';
import type { ModuleContext } from '../../electron/core/modules';
import { createOddsApiClient } from '../../electron/core/providers/odds-api/client';
import { startSimulator, type Simulator } from '../../electron/core/simulator';
import { ManualTime } from '../../electron/core/util/clock';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { openWorkspace, type Workspace } from '../../electron/core/workspace';
import { tempDir } from '../helpers/fixtures';

const log = createLogger('test', { sinks: [silentSink] });
const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const time = new ManualTime(Date.UTC(2026, 10, 25, 9, 0, 0));
let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ apiKeys: [KEY], seed: 11, now: () => time.now(), minRequestIntervalMs: 0 });
});
afterAll(() => sim.close());

function collectorFor(ws: Workspace) {
  return createCollector({
    db: ws.db,
    clock: time,
    scheduler: time,
    log,
    runs: ws.runs,
    odds: ws.odds,
    requestGapMs: 5,
    config: () => ({
      baseUrl: sim.url,
      apiKey: KEY,
      demo: false,
      regions: ['eu', 'uk'],
      bookmakers: [],
      markets: ['h2h', 'spreads', 'totals'],
      intervalMs: 3600_000,
      sports: [
        'soccer_epl',
        'soccer_france_ligue_one',
        'basketball_nba',
        'icehockey_nhl',
        'soccer_uefa_champs_league',
        'basketball_euroleague',
      ],
    }),
    makeClient: (c) => createOddsApiClient({ baseUrl: c.baseUrl, apiKey: c.apiKey, maxRetries: 0, timeoutMs: 2000 }),
  });
}

/** What a consistent MON_PS database must satisfy. */
function consistency(db: Database.Database | WritableDb) {
  return {
    integrity: db.pragma('integrity_check', { simple: true }) as string,
    foreignKeys: (db.pragma('foreign_key_check') as unknown[]).length,
    quotesWithoutHistory: db
      .prepare(`SELECT count(*) FROM quotes q WHERE NOT EXISTS (SELECT 1 FROM price_history h WHERE h.quote_id = q.id)`)
      .pluck()
      .get(),
    orphanChanges: db
      .prepare(`SELECT count(*) FROM price_changes c WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.id = c.quote_id)`)
      .pluck()
      .get(),
    version: db.pragma('user_version', { simple: true }),
  };
}
const counts = (db: WritableDb) =>
  db
    .prepare(`SELECT (SELECT count(*) FROM quotes) AS q, (SELECT count(*) FROM price_history) AS h, (SELECT count(*) FROM events) AS e`)
    .get() as { q: number; h: number; e: number };

describe('backup and restore', () => {
  it('a backup taken during a running collection restores to a consistent database', async () => {
    const dir = tempDir();
    const ws = openWorkspace(dir, 'real', log);
    const collector = collectorFor(ws);
    await collector.runNow('manual');
    await time.advance(20 * 60_000); // prices move: the next run writes history rows
    let runDone = false;
    const run = collector.runNow('manual').finally(() => (runDone = true));
    const start = counts(ws.db).h;
    // copy one page per step, and hold (0 pages) until the collector has written: the backup is
    // then in progress while the run's transaction writes, and finishes after it
    const seen: number[] = [];
    const step = () => {
      seen.push(counts(ws.db).h);
      return runDone ? 1 : seen.length < 3 ? 1 : 0;
    };
    const backup = backupInto(ws.db, ws.file, backupsDir(dir), 'manual', time.now(), step);
    const [file, done] = await Promise.all([backup, run]);
    expect(seen[0]).toBe(start); // started before the run wrote anything
    expect(seen[seen.length - 1]).toBeGreaterThan(start); // and still copying after it wrote
    expect(done.status).toBe('ok');
    expect(done.pricesChanged).toBeGreaterThan(0);
    expect(counts(ws.db).h).toBeGreaterThan(start);

    const other = join(tempDir(), 'monps.sqlite');
    const r = await restoreClosed(file, other, time.now());
    expect(r.keptAs).toBeNull();
    const restored = openDatabase(other, log);
    expect(consistency(restored)).toEqual({
      integrity: 'ok',
      foreignKeys: 0,
      quotesWithoutHistory: 0,
      orphanChanges: 0,
      version: LATEST_SCHEMA_VERSION,
    });
    // the writes made during the backup are in it: every quote and its whole history
    expect(counts(restored)).toEqual(counts(ws.db));
    const hist = (db: WritableDb) => db.prepare(`SELECT quote_id, observed_at, price FROM price_history ORDER BY 1, 2`).all();
    expect(hist(restored)).toEqual(hist(ws.db));
    restored.close();
    ws.close();
  });

  it('a damaged file, a non-database and a newer-version file are refused; the current database is untouched', async () => {
    const dir = tempDir();
    const ws = openWorkspace(dir, 'real', log);
    await collectorFor(ws).runNow('manual');
    const good = await backupInto(ws.db, ws.file, backupsDir(dir), 'manual', time.now());
    ws.close();
    const liveBytes = readFileSync(ws.file);

    const garbage = join(dir, 'garbage.sqlite');
    writeFileSync(garbage, 'this is not a database'.repeat(500));
    const damaged = join(dir, 'damaged.sqlite');
    const bytes = readFileSync(good);
    for (let p = 2; p * 4096 < bytes.length; p += 3) bytes.fill(0x5a, p * 4096 + 8, p * 4096 + 4000);
    writeFileSync(damaged, bytes);
    const newer = join(dir, 'newer.sqlite');
    writeFileSync(newer, readFileSync(good));
    const n = new Database(newer);
    n.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`);
    n.close();

    await expect(restoreClosed(garbage, ws.file, time.now())).rejects.toThrow(
      /garbage\.sqlite is not a readable SQLite database .*the current database was not touched/,
    );
    await expect(restoreClosed(damaged, ws.file, time.now())).rejects.toThrow(/damaged\.sqlite (is damaged|is not a readable)/);
    await expect(restoreClosed(newer, ws.file, time.now())).rejects.toThrow(
      new RegExp(
        `newer\\.sqlite was written by a newer MON_PS \\(schema ${LATEST_SCHEMA_VERSION + 10}; this version knows up to ${LATEST_SCHEMA_VERSION}\\): update MON_PS first`,
      ),
    );
    await expect(restoreClosed(newer, ws.file, time.now())).rejects.toBeInstanceOf(RestoreRefused);
    expect(readFileSync(ws.file).equals(liveBytes)).toBe(true);
    expect(readdirSync(dir).filter((f) => /restoring|before-restore/.test(f))).toEqual([]);

    // and the good one restores, the current database kept aside
    const r = await restoreClosed(good, ws.file, time.now());
    expect(r.keptAs && existsSync(r.keptAs)).toBeTruthy();
    const db = openDatabase(ws.file, log);
    expect(consistency(db).integrity).toBe('ok');
    db.close();
  });

  it('an older-schema backup is migrated on restore', async () => {
    const dir = tempDir();
    const old = join(dir, 'old.sqlite');
    const db = new Database(old);
    const { MIGRATIONS } = await import('../../electron/core/db/migrations');
    MIGRATIONS[0].up(db as unknown as WritableDb);
    db.pragma(`user_version = ${MIGRATIONS[0].version}`);
    db.close();
    const r = await restoreClosed(old, join(dir, 'monps.sqlite'), time.now());
    expect(r.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(r.migratedFrom).toBe(LATEST_SCHEMA_VERSION === MIGRATIONS[0].version ? null : MIGRATIONS[0].version);
  });

  it('from Settings: back up now, list, restore on the open workspace (kept aside, event pushed)', async () => {
    const dir = tempDir();
    const ws = openWorkspace(dir, 'real', log);
    const collector = collectorFor(ws);
    await collector.runNow('manual');
    const events: unknown[] = [];
    const ctx = {
      ws,
      clock: time,
      scheduler: time,
      log,
      dataDir: dir,
      isDemo: () => false,
      emit: (n: string, p: unknown) => events.push([n, p]),
    } as unknown as ModuleContext;
    const mod = createBackupModule(ctx);
    const h = mod.handlers;
    const made = await h['backup:create']({});
    expect(made).toMatchObject({ kind: 'manual', name: expect.stringMatching(/^monps-manual-\d{8}T\d{9}Z\.sqlite$/) });
    const at = counts(ws.db);
    await time.advance(30 * 60_000);
    await collector.runNow('manual');
    expect(counts(ws.db).h).toBeGreaterThan(at.h);
    const list = await h['backup:list']({});
    expect(list.backups.map((b) => b.name)).toEqual([made.name]);
    expect(list.database).toBe('monps.sqlite');

    const r = await h['backup:restore']({ name: made.name });
    expect(counts(ws.db)).toEqual(at);
    expect(consistency(ws.db)).toMatchObject({ integrity: 'ok', foreignKeys: 0, quotesWithoutHistory: 0 });
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(r.keptAs && existsSync(r.keptAs)).toBeTruthy();
    expect(events).toEqual([['backup:restored', r]]);
    // the collector goes on writing on the restored database
    await time.advance(30 * 60_000);
    expect((await collector.runNow('manual')).status).toBe('ok');
    expect(consistency(ws.db)).toMatchObject({ integrity: 'ok', foreignKeys: 0, quotesWithoutHistory: 0, orphanChanges: 0 });
    ws.close();
    const again = openDatabase(ws.file, log);
    expect(consistency(again).integrity).toBe('ok');
    again.close();
  });

  it('with the create-core hook, restore runs on the closed workspace and it reopens', async () => {
    const dir = tempDir();
    let ws = openWorkspace(dir, 'real', log);
    await collectorFor(ws).runNow('manual');
    const at = counts(ws.db);
    const calls: string[] = [];
    const ctx = {
      ws,
      clock: time,
      scheduler: time,
      log,
      dataDir: dir,
      isDemo: () => false,
      emit: () => {},
      async reopenWorkspace(during: (file: string) => Promise<void>) {
        calls.push('close');
        ws.close();
        await during(ws.file);
        ws = openWorkspace(dir, 'real', log);
        calls.push('reopen');
      },
    } as unknown as ModuleContext;
    const mod = createBackupModule(ctx);
    const made = await mod.handlers['backup:create']({});
    await time.advance(30 * 60_000);
    await collectorFor(ws).runNow('manual');
    expect(counts(ws.db).h).toBeGreaterThan(at.h);
    const r = await mod.handlers['backup:restore']({ name: made.name });
    expect(calls).toEqual(['close', 'reopen']);
    expect(counts(ws.db)).toEqual(at);
    expect(r.keptAs && existsSync(r.keptAs)).toBeTruthy();
    await expect(mod.handlers['backup:restore']({ name: 'demo-manual-20260101T000000Z.sqlite' })).rejects.toThrow(
      /backup of demo\.sqlite, not of monps\.sqlite/,
    );
    ws.close();
  });
});
