/** `monps backup` and `monps restore` as a user runs them. */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open-database';
import { importFootballData } from '../../electron/core/history-import/import-football-data';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { openWorkspace } from '../../electron/core/workspace';
import { FIXTURES, tempDir } from '../helpers/fixtures';
import { runCli } from '../helpers/run-cli';

const env = { ODDS_API_KEY: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' };
const events = (dir: string) => {
  const db = openDatabase(join(dir, 'monps.sqlite'));
  const n = db.prepare(`SELECT count(*) FROM events`).pluck().get();
  db.close();
  return n;
};

/** Data written in-process (the CLI import has its own test): fewer child processes. */
function importInProcess(dir: string, file: string): void {
  const ws = openWorkspace(dir, 'real', createLogger('test', { sinks: [silentSink] }));
  importFootballData(ws.db, ws.odds, [file]);
  ws.close();
}

describe('monps backup / restore', () => {
  it('backs up, refuses a bad file, restores with the current database kept aside', async () => {
    const dir = tempDir();
    const E0 = join(FIXTURES, 'football-data', 'E0_2324.csv');
    const F1 = join(FIXTURES, 'football-data', 'F1_2324.csv');
    importInProcess(dir, E0);
    const out = join(dir, 'e0-only.sqlite');
    const b = await runCli(['--data-dir', dir, 'backup', '--out', out], env);
    expect(b.stderr).toBe('');
    expect(b.stdout).toBe(`monps.sqlite backed up to ${out}\n`);
    expect((await runCli(['--data-dir', dir, 'backup', '--out', out], env)).code).toBe(2); // never overwrites

    importInProcess(dir, F1);
    expect(events(dir)).toBe(686);

    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'not a database at all '.repeat(300));
    const refused = await runCli(['--data-dir', dir, 'restore', junk], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/junk\.sqlite is not a readable SQLite database .*the current database was not touched/);
    expect(events(dir)).toBe(686);

    const r = await runCli(['--data-dir', dir, 'restore', out], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /e0-only\.sqlite restored into .*monps\.sqlite; the previous database is kept as .*monps\.before-restore-\d{8}T\d{6}Z\.sqlite/,
    );
    expect(events(dir)).toBe(380);
    const aside = readdirSync(dir).find((f) => f.startsWith('monps.before-restore-'))!;
    const kept = openDatabase(join(dir, aside));
    expect(kept.prepare(`SELECT count(*) FROM events`).pluck().get()).toBe(686);
    kept.close();

    const plain = await runCli(['--data-dir', dir, 'backup'], env);
    expect(plain.stdout).toMatch(/backed up to .*backups\/monps-manual-\d{8}T\d{9}Z\.sqlite/);
    expect(existsSync(join(dir, 'backups'))).toBe(true);
  });
});
