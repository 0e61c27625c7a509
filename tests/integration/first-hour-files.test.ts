/**
 * Issue #15, items 3 and 6 (data folder): every file error is one line naming the path and the
 * reason, with exit 1 (cannot write) or 2 (unusable argument), and nothing is left behind; a
 * data folder that cannot be created fails at once. Through the real `monps` binary.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures';
import { problemLines, runMonps } from '../helpers/run-monps';

const linux = process.platform === 'linux';
// sysfs refuses new files even to root (EACCES; EROFS where /sys is mounted read-only)
const sysWritable = !linux || !existsSync('/sys/kernel');

describe('file errors through monps', () => {
  const dir = tempDir();
  beforeAll(async () => {
    // some data to export: one collection from the demo simulator
    const r = await runMonps(['--data-dir', dir, 'collect', '--once', '--sport', 'soccer_epl']);
    expect(r.code).toBe(0);
  }, 60_000);

  for (const what of ['odds', 'closing-lines', 'opportunities', 'alerts', 'bets']) {
    it(`export ${what} --out a folder: one line "it is a folder", exit 2, no temp file`, async () => {
      const folder = join(tempDir(), 'out');
      mkdirSync(folder);
      const r = await runMonps(['--data-dir', dir, 'export', what, '--out', folder]);
      expect(r.code).toBe(2);
      expect(problemLines(r.stderr)).toEqual([`monps: --out ${folder}: it is a folder (give a file name)`]);
      expect(readdirSync(folder)).toEqual([]);
      expect(readdirSync(join(folder, '..'))).toEqual(['out']);
    });
  }

  it.skipIf(sysWritable)('export odds --out an unwritable place: one line with the path and the reason, exit 1', async () => {
    const r = await runMonps(['--data-dir', dir, 'export', 'odds', '--out', '/sys/monps-odds.csv']);
    expect(r.code).toBe(1);
    const lines = problemLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^monps: \/sys\/monps-odds\.csv: (permission denied|the file system is read-only|operation not permitted)$/);
    expect(r.stderr).not.toMatch(/Unhandled|EACCES| {4}at /);
  });

  it('export odds --out a missing folder: exit 2, names the folder', async () => {
    const out = join(tempDir(), 'nope', 'odds.csv');
    const r = await runMonps(['--data-dir', dir, 'export', 'odds', '--out', out]);
    expect(r.code).toBe(2);
    expect(problemLines(r.stderr)).toEqual([`monps: --out ${out}: the folder ${join(out, '..')} does not exist`]);
  });

  it('a successful export leaves only the file asked for', async () => {
    const folder = tempDir();
    const out = join(folder, 'odds.csv');
    const r = await runMonps(['--data-dir', dir, 'export', 'odds', '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(folder)).toEqual(['odds.csv']);
  });

  it.skipIf(sysWritable)('backup --out an unwritable place: one line, exit 1, nothing left', async () => {
    const r = await runMonps(['--data-dir', dir, 'backup', '--out', '/sys/monps-backup.sqlite']);
    expect(r.code).toBe(1);
    const lines = problemLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('monps: /sys/monps-backup.sqlite: ');
  });
});

describe('a data folder that cannot be created', () => {
  it.skipIf(!linux)('--data-dir /proc/x fails at once with the reason (no spin)', async () => {
    const r = await runMonps(['--data-dir', '/proc/monps-x', 'stats'], {}, 15_000);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.ms).toBeLessThan(10_000);
    expect(r.stderr.trim()).toBe(
      'monps: --data-dir: data folder /proc/monps-x: cannot create /proc/monps-x (/proc does not accept new folders)',
    );
  });

  it.skipIf(!linux)('MONPS_DATA_DIR under /proc: the same, naming the variable', async () => {
    const r = await runMonps(['status'], { MONPS_DATA_DIR: '/proc/monps-y/data' }, 15_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('monps: MONPS_DATA_DIR: data folder /proc/monps-y/data: cannot create /proc/monps-y');
  });

  it('a data folder that is a file', async () => {
    const f = join(tempDir(), 'file');
    writeFileSync(f, 'x');
    const r = await runMonps(['--data-dir', f, 'stats']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`monps: --data-dir: data folder ${f}: it is a file, not a folder`);
  });

  it('missing parents are created', async () => {
    const d = join(tempDir(), 'a', 'b', 'c');
    const r = await runMonps(['--data-dir', d, 'status']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`data folder   ${d}`);
  });
});
