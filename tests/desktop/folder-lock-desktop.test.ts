/**
 * Issue #9 items 10–11 for the desktop host (the BUILT main bundle under the stand-in
 * Electron, see load-main.ts): it holds the data-folder lock while it runs and removes it on
 * quit; another live host on the folder stops its start with a clear error box; the folder
 * and its files are private.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../electron/core/folder-lock';
import { CHANNELS } from '../../shared/ipc/contract';
import { launchMain, started, waitFor, type Launched } from './load-main';

let running: Launched[] = [];
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const l of running) await l.dispose();
  running = [];
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

describe('the desktop host and its data folder', () => {
  it('holds the lock while it runs (0700 folder, 0600 files) and removes it on quit', async () => {
    const l = launchMain();
    running.push(l);
    await started(l, CHANNELS);
    const lock = JSON.parse(readFileSync(join(l.dataDir, LOCK_FILE), 'utf8')) as { pid: number; host: string };
    expect(lock).toMatchObject({ pid: process.pid, host: 'desktop' });
    if (process.platform !== 'win32') {
      expect((statSync(l.dataDir).mode & 0o777).toString(8)).toBe('700');
      for (const f of readdirSync(l.dataDir)) {
        const st = statSync(join(l.dataDir, f));
        if (st.isFile()) expect([f, (st.mode & 0o777).toString(8)]).toEqual([f, '600']);
      }
      // the desktop's own log, outside the data folder, is private too
      expect((statSync(join(l.root, 'logs')).mode & 0o777).toString(8)).toBe('700');
      expect((statSync(join(l.root, 'logs', 'main.log')).mode & 0o777).toString(8)).toBe('600');
    }
    l.fake.module.app.quit();
    await waitFor(() => l.fake.state.exited, 'the app to exit');
    expect(existsSync(join(l.dataDir, LOCK_FILE))).toBe(false);
  });

  it('refuses to start on a folder another live host holds, saying which', async () => {
    const other = spawn('sleep', ['30']);
    children.push(other);
    await new Promise((r) => other.once('spawn', r));
    const l0 = launchMain({ noReady: true });
    running.push(l0);
    mkdirSync(l0.dataDir, { recursive: true });
    // written by that process (a `monps serve`, say) after it started
    writeFileSync(
      join(l0.dataDir, LOCK_FILE),
      JSON.stringify({ pid: other.pid, startedAt: new Date(Date.now() + 1000).toISOString(), host: 'serve' }),
    );
    l0.fake.ready();
    await waitFor(() => l0.fake.state.exited, 'the app to give up');
    expect(l0.fake.state.exitCode).toBe(1);
    const [box] = l0.fake.calledWith('dialog.showErrorBox');
    expect(box?.args[1]).toBe(
      `MON_PS is running on this folder (pid ${other.pid}): stop \`monps serve\` first, or choose another MONPS_DATA_DIR`,
    );
    // the other host's lock is left as it was
    expect(JSON.parse(readFileSync(join(l0.dataDir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: other.pid });
  });
});
