/**
 * Issue #9 item 11: every host holds a lock on its data folder; `monps restore` and every CLI
 * command that writes refuse while a live host holds it; a stale lock (dead PID, reused PID,
 * garbage) is taken over. Real processes: `monps serve` from source (tsx) holds the folder,
 * the real CLI runs against it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireFolderLock, FolderLocked, liveHolder, LOCK_FILE } from '../../electron/core/folder-lock';
import type { Command } from 'commander';
import { buildProgram } from '../../electron/cli/cli';
import { WRITES } from '../../electron/cli/folder-guard';
import { FIXTURES, tempDir } from '../helpers/fixtures';
import { runCli } from '../helpers/run-cli';

/** stderr without the CLI's notices about which database a command uses (electron/cli). */
const problems = (stderr: string) =>
  stderr
    .split('\n')
    .filter((l) => l && !/^monps: (note:|demo database|to use your real data|restoring into the demo)/.test(l))
    .join('\n');

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const running: ChildProcess[] = [];

afterEach(() => {
  for (const c of running.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

/** `monps serve --port 0` on `dir`, from source, as a second real process. */
function serve(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'serve', '--port', '0', '--data-dir', dir], {
    cwd: ROOT,
    env: { ...process.env, ODDS_API_KEY: '', MONPS_DATA_DIR: '', MONPS_RENDERER_DIR: join(ROOT, 'out', 'renderer') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      if (/listening on http/.test(out)) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${err.slice(-1500)}`)));
  });
}

const exited = (c: ChildProcess) =>
  new Promise<number | null>((r) => (c.exitCode !== null ? r(c.exitCode) : c.once('exit', (code) => r(code))));

/** The PID of a process that has exited (nothing runs under it any more). */
async function deadPid(): Promise<number> {
  const c = spawn(process.execPath, ['-e', '0']);
  await exited(c);
  return c.pid!;
}

describe('the data-folder lock', () => {
  it('a running `monps serve` makes restore and every write command refuse; reads and backups still run', async () => {
    const dir = tempDir();
    const host = await serve(dir);
    const lock = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as { pid: number; host: string; startedAt: string };
    expect(lock).toMatchObject({ pid: host.pid, host: 'serve' });
    if (process.platform !== 'win32') expect((statSync(join(dir, LOCK_FILE)).mode & 0o777).toString(8)).toBe('600');

    // backup is an online copy: allowed while the host runs
    const copy = join(tempDir(), 'copy.sqlite');
    const b = await runCli(['--data-dir', dir, 'backup', '--out', copy]);
    expect(b.code).toBe(0);
    const live = join(dir, 'demo.sqlite');
    expect(existsSync(`${live}-wal`)).toBe(true);

    const r = await runCli(['--data-dir', dir, 'restore', copy]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`monps: MON_PS is running on this folder (pid ${host.pid}): restore from the app, or stop it first\n`);
    expect(r.stdout).toBe('');
    expect(existsSync(`${live}-wal`)).toBe(true); // the host's WAL is left alone

    const writes: [string[], string][] = [
      [['import', 'football-data', join(FIXTURES, 'football-data', 'E0_2324.csv')], 'stop it first'], // no such thing in the app
      [['bankroll', 'deposit', '100'], 'record the deposit from the app, or stop it first'],
    ];
    for (const [args, what] of writes) {
      const w = await runCli(['--data-dir', dir, ...args]);
      expect([args[0], w.code, w.stderr]).toEqual([args[0], 1, `monps: MON_PS is running on this folder (pid ${host.pid}): ${what}\n`]);
    }
    // reading still works, and shows nothing was written
    const stats = await runCli(['--data-dir', dir, 'stats', '--json']);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ bankroll: 0 });

    // a second host on the same folder refuses to start
    const second = await runCli(['--data-dir', dir, 'serve', '--port', '0']);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(
      `MON_PS is running on this folder (pid ${host.pid}): stop \`monps serve\` first, or give another --data-dir`,
    );

    // once the host stops, the lock goes and the restore runs
    host.kill('SIGTERM');
    await exited(host);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const after = await runCli(['--data-dir', dir, 'restore', copy]);
    expect(problems(after.stderr)).toBe(''); // the demo/real database notices are not problems
    expect(after.code).toBe(0);
  }, 90_000);

  it('takes over a stale lock: a dead PID for a write command, garbage and a killed host for serve', async () => {
    const dir = tempDir();
    const dead = await deadPid();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: dead, startedAt: new Date().toISOString(), host: 'serve' }));
    const d = await runCli(['--data-dir', dir, 'bankroll', 'deposit', '25']);
    expect(d.stdout).toMatch(/^deposit of 25\.00 € recorded/);
    expect(d.code).toBe(0);

    writeFileSync(join(dir, LOCK_FILE), 'not a lock');
    const host = await serve(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: host.pid, host: 'serve' });
    host.kill('SIGKILL'); // no clean-up: the lock stays, with a dead PID
    await exited(host);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    const again = await serve(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: again.pid });
  }, 90_000);

  it.skipIf(process.platform !== 'linux')('a PID now used by a process started after the lock is not the host', async () => {
    const dir = tempDir();
    const other = spawn('sleep', ['30']);
    running.push(other);
    await new Promise((r) => other.once('spawn', r));
    const file = join(dir, LOCK_FILE);
    // written by a host that started an hour before this PID's process: a reused PID, stale
    writeFileSync(file, JSON.stringify({ pid: other.pid, startedAt: new Date(Date.now() - 3_600_000).toISOString(), host: 'desktop' }));
    expect(liveHolder(dir)).toBeNull();
    // written after the process started: that process may be the host, so the lock holds
    writeFileSync(file, JSON.stringify({ pid: other.pid, startedAt: new Date(Date.now() + 1000).toISOString(), host: 'desktop' }));
    expect(liveHolder(dir)).toMatchObject({ pid: other.pid });
    expect(() => acquireFolderLock(dir, 'serve')).toThrow(FolderLocked);
    const r = await runCli(['--data-dir', dir, 'restore', join(FIXTURES, 'football-data', 'E0_2324.csv')]);
    expect(r.stderr).toBe(`monps: MON_PS is running on this folder (pid ${other.pid}): restore from the app, or stop it first\n`);
  });

  it('every command the guard lists exists (a renamed command cannot silently lose its guard)', () => {
    const paths: string[] = [];
    const walk = (c: Command, prefix: string[]) => {
      for (const sub of c.commands) {
        const p = [...prefix, sub.name()];
        paths.push(p.join(' '));
        walk(sub, p);
      }
    };
    walk(buildProgram(), []);
    for (const w of Object.keys(WRITES)) expect(paths).toContain(w);
    expect(paths).toContain('serve');
  });

  it('is counted within one process and removed by the last release', () => {
    const dir = tempDir();
    const a = acquireFolderLock(dir, 'serve');
    const b = acquireFolderLock(dir, 'serve');
    a.release();
    a.release(); // idempotent
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    b.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });
});
