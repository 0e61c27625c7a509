/**
 * Issue #9 item 10: the data folder is 0700 and every file in it 0600 (databases and their
 * -wal/-shm, backups, the log, settings.json, secrets.json), when MON_PS creates them and on
 * every start (looser modes left by an older version are put back).
 * Runs with umask 022 (the usual default), under which the old code made 0644 files in a 0755
 * folder. POSIX modes only: skipped on Windows.
 */
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers/dispatch';
import { createFileSecretStore } from '../../electron/core/settings/secret-store';
import { createLogger, fileSink } from '../../electron/core/util/logger';
import { createHeadlessCore } from '../../electron/headless/create-headless-core';
import { FIXTURES, tempDir } from '../helpers/fixtures';
import type { CliResult } from '../helpers/run-cli';

/** stderr without the CLI's notices about which database a command uses (electron/cli). */
const problems = (stderr: string) =>
  stderr
    .split('\n')
    .filter((l) => l && !/^monps: (note:|demo database|to use your real data|restoring into the demo)/.test(l))
    .join('\n');

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const mode = (p: string) => (statSync(p).mode & 0o777).toString(8);

/** The real CLI in a shell whose umask is 022. */
function cli022(args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      '/bin/sh',
      ['-c', 'umask 022 && exec "$@"', 'sh', process.execPath, '--import', 'tsx', 'electron/cli/main.ts', ...args],
      {
        cwd: ROOT,
        env: { ...process.env, ODDS_API_KEY: KEY, MONPS_DATA_DIR: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.skipIf(process.platform === 'win32')('data folder modes', () => {
  let umask = 0;
  beforeAll(() => {
    umask = process.umask(0o022); // vitest runs this file in a forked process: its own umask
  });
  afterAll(() => {
    process.umask(umask);
  });

  it('creates the folder 0700 and the database, -wal, -shm, log, settings, secrets and backups 0600', async () => {
    const dir = join(tempDir(), 'data'); // a folder MON_PS creates itself
    const log = createLogger('test', { sinks: [fileSink(join(dir, 'monps.log'))] });
    const core = await createHeadlessCore(dir, log, { noSimulator: true });
    try {
      expect(mode(dir)).toBe('700');
      expect((await dispatch(core.handlers, 'settings:update', { intervalMinutes: 30 })).ok).toBe(true);
      createFileSecretStore(dir).set('smtpPassword', 'hunter2-secret');
      core.workspace().db.prepare(`CREATE TABLE IF NOT EXISTS t_modes (x)`).run(); // the WAL is written
      const db = core.workspace().file;
      for (const f of [db, `${db}-wal`, `${db}-shm`, join(dir, 'monps.log'), join(dir, 'settings.json'), join(dir, 'secrets.json')]) {
        expect([f, mode(f)]).toEqual([f, '600']);
      }
    } finally {
      await core.close();
    }

    // a backup through the real CLI (its own process, umask 022): backups/ 0700, the file 0600
    const b = await cli022(['--data-dir', dir, 'backup']);
    expect(problems(b.stderr)).toBe(''); // the demo/real database notices are not problems
    const backups = join(dir, 'backups');
    expect(mode(backups)).toBe('700');
    const [file] = readdirSync(backups);
    expect(mode(join(backups, file!))).toBe('600');

    // a backup written with --out elsewhere holds everything too: 0600
    const out = join(tempDir(), 'copy.sqlite');
    expect((await cli022(['--data-dir', dir, 'backup', '--out', out])).code).toBe(0);
    expect(mode(out)).toBe('600');
  });

  it('on start, puts back 0700/0600 on a folder and files made looser, without following links or touching files not ours', async () => {
    const dir = tempDir();
    // what an older version left: a 0755 folder of 0644 files
    const first = await cli022(['--data-dir', dir, 'import', 'football-data', join(FIXTURES, 'football-data', 'E0_2324.csv')]);
    expect(first.code).toBe(0);
    mkdirSync(join(dir, 'backups'));
    copyFileSync(join(dir, 'monps.sqlite'), join(dir, 'backups', 'monps-daily-20240101T000000000Z.sqlite'));
    writeFileSync(join(dir, 'settings.json'), '{"intervalMinutes":120}');
    writeFileSync(join(dir, 'secrets.json'), '{}');
    const outside = join(tempDir(), 'not-ours.txt');
    writeFileSync(outside, 'someone else’s file');
    chmodSync(outside, 0o644);
    symlinkSync(outside, join(dir, 'link.txt'));
    // the user's own things in a folder given with --data-dir are not MON_PS's to change
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    chmodSync(join(dir, 'notes.txt'), 0o644);
    mkdirSync(join(dir, 'scripts'));
    writeFileSync(join(dir, 'scripts', 'run.sh'), '#!/bin/sh\n');
    chmodSync(join(dir, 'scripts', 'run.sh'), 0o755);
    const loose = ['monps.sqlite', 'monps.log', 'settings.json', 'secrets.json', 'backups/monps-daily-20240101T000000000Z.sqlite'];
    for (const f of loose) chmodSync(join(dir, f), 0o644);
    chmodSync(join(dir, 'backups'), 0o755);
    chmodSync(dir, 0o755);
    expect(mode(join(dir, 'monps.sqlite'))).toBe('644');

    const r = await cli022(['--data-dir', dir, 'export', 'odds', '--out', join(tempDir(), 'odds.csv')]);
    expect(r.stderr).toBe('');
    expect(mode(dir)).toBe('700');
    expect(mode(join(dir, 'backups'))).toBe('700');
    for (const f of loose) expect([f, mode(join(dir, f))]).toEqual([f, '600']);
    expect(mode(outside)).toBe('644'); // a link's target is not ours to change
    expect(mode(join(dir, 'notes.txt'))).toBe('644');
    expect(mode(join(dir, 'scripts', 'run.sh'))).toBe('755');
  });
});
