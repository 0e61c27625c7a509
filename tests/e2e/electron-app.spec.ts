/**
 * The desktop app in the real Electron binary (Playwright `_electron`): the scenarios of
 * tests/desktop/main-bundle.test.ts (which runs the same built bundle under a stand-in electron
 * module) against the real thing. Needs `npm run build`, the Electron binary
 * (`node node_modules/electron/install.js`) and the Electron build of better-sqlite3
 * (`node scripts/ensure-electron-sqlite.mjs`). Skipped where the binary is absent.
 */
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHANNELS } from '../../shared/ipc/contract';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

function electronBinary(): string | null {
  try {
    const path = createRequire(join(REPO, 'package.json'))('electron') as unknown as string;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null; // "Electron failed to install correctly": ELECTRON_SKIP_BINARY_DOWNLOAD
  }
}
const binary = electronBinary();

test.skip(
  !binary,
  'the Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD); tests/desktop covers these scenarios under a stand-in',
);

let dataDir: string;
let app: ElectronApplication;
let page: Page;

test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'monps-electron-'));
  app = await _electron.launch({
    executablePath: binary!,
    args: [REPO, '--no-sandbox', '--disable-gpu'],
    env: { ...process.env, MONPS_DATA_DIR: dataDir, ODDS_API_KEY: '' },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterEach(async () => {
  await app.close().catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
});

test('starts with a locked-down page and every channel answered', async () => {
  await expect(page).toHaveTitle(/MON_PS/);
  const page_ = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    bridge: typeof (globalThis as { monps?: unknown }).monps,
  }));
  expect(page_).toEqual({ require: 'undefined', process: 'undefined', bridge: 'object' });
  const answers = await page.evaluate(
    async (channels) => {
      const invoke = (
        globalThis as unknown as { monps: { invoke: Record<string, (r: unknown) => Promise<{ ok: boolean; error?: { code: string } }>> } }
      ).monps.invoke;
      const out: Record<string, string> = {};
      for (const c of channels) {
        const r = await invoke[c]({});
        out[c] = r.ok ? 'ok' : r.error!.code;
      }
      return out;
    },
    [...CHANNELS],
  );
  for (const c of CHANNELS) expect(answers[c], c).not.toBe('INTERNAL');
});

test('navigation away and new windows are refused', async () => {
  const before = page.url();
  await page.evaluate(() => {
    (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.invalid/';
  });
  await expect.poll(() => page.url()).toBe(before);
  expect(await page.evaluate(() => (globalThis as unknown as { open(u: string): unknown }).open('https://example.invalid/') === null)).toBe(
    true,
  );
  expect(app.windows()).toHaveLength(1);
});

test('closing the window hides it to the tray; a second launch brings it back', async () => {
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].close());
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].isVisible())).toBe(false);
  const second = await _electron.launch({
    executablePath: binary!,
    args: [REPO, '--no-sandbox'],
    env: { ...process.env, MONPS_DATA_DIR: dataDir },
  });
  await new Promise<void>((resolve) => second.process().once('exit', () => resolve()));
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].isVisible())).toBe(true);
});

test('sleep pauses collection and waking resumes it', async () => {
  const paused = () =>
    page.evaluate(async () => {
      const r = await (
        globalThis as unknown as { monps: { invoke: Record<string, (r: unknown) => Promise<{ ok: boolean; value: { paused: boolean } }>> } }
      ).monps.invoke['collector:get-status']({});
      return r.value.paused;
    });
  await app.evaluate(({ powerMonitor }) => powerMonitor.emit('suspend'));
  await expect.poll(paused).toBe(true);
  await app.evaluate(({ powerMonitor }) => powerMonitor.emit('resume'));
  await expect.poll(paused).toBe(false);
});

test('quits and exits', async () => {
  const exited = new Promise<number | null>((resolve) => app.process().once('exit', (code) => resolve(code)));
  await app.evaluate(({ app: a }) => a.quit());
  expect(await exited).toBe(0);
});
