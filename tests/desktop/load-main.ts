/**
 * Runs the BUILT Electron main bundle (out/main/main.cjs) and preload (out/preload/preload.cjs)
 * in this Node process with the stand-in `electron` of fake-electron.ts: `require('electron')`
 * is answered by the fake (Module._load), every other module loads as usual. Each launch
 * loads a fresh copy of the bundle (its module state is its own) with its own data folder.
 * Run `npm run build` first (npm test does).
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFakeElectron, type FakeElectron, type FakeOptions } from './fake-electron';

export const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const MAIN_BUNDLE = join(REPO, 'out', 'main', 'main.cjs');
export const PRELOAD_BUNDLE = join(REPO, 'out', 'preload', 'preload.cjs');

const require_ = createRequire(import.meta.url);
type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const M = Module as unknown as { _load: Loader };
const originalLoad = M._load;
let current: FakeElectron | null = null;
M._load = function (this: unknown, request: string, parent: unknown, isMain: boolean) {
  if (request === 'electron') {
    if (!current) throw new Error('require("electron") outside a fake launch');
    return current.module;
  }
  return originalLoad.call(this, request, parent, isMain);
} as Loader;

export interface Launched {
  fake: FakeElectron;
  dataDir: string;
  root: string;
  /** Quits (if still running) and removes the folders. */
  dispose(): Promise<void>;
}

export interface LaunchOptions extends Partial<FakeOptions> {
  env?: Record<string, string | undefined>;
  /** Reuse a data folder (second launch against the same data). */
  dataDir?: string;
  /** Do not emit 'ready' (the caller does). */
  noReady?: boolean;
}

const ENV_KEYS = ['MONPS_DATA_DIR', 'ODDS_API_KEY', 'ODDS_API_BASE_URL', 'MONPS_TRAY'];

export function launchMain(o: LaunchOptions = {}): Launched {
  if (!existsSync(MAIN_BUNDLE)) throw new Error(`${MAIN_BUNDLE} is missing: run npm run build`);
  const root = mkdtempSync(join(tmpdir(), 'monps-fake-electron-'));
  const dataDir = o.dataDir ?? join(root, 'data');
  const saved = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
  process.env.MONPS_DATA_DIR = dataDir;
  delete process.env.ODDS_API_KEY;
  delete process.env.ODDS_API_BASE_URL;
  process.env.MONPS_TRAY = 'on'; // this machine may have no status area; tests say when they want none
  for (const [k, v] of Object.entries(o.env ?? {})) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  const fake = createFakeElectron({ root, appPath: REPO, ...o });
  current = fake;
  delete require_.cache[MAIN_BUNDLE];
  require_(MAIN_BUNDLE);
  if (!o.noReady) fake.ready();
  return {
    fake,
    dataDir,
    root,
    async dispose() {
      if (!fake.state.exited) {
        fake.module.app.quit();
        await waitFor(() => fake.state.exited, 'the app to exit');
      }
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      if (current === fake) current = null;
      if (!o.dataDir) rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Loads the built preload against a launched app; returns what it exposed on window. */
export function loadPreload(fake: FakeElectron): Map<string, unknown> {
  current = fake;
  delete require_.cache[PRELOAD_BUNDLE];
  require_(PRELOAD_BUNDLE);
  return fake.exposed;
}

/** Waits for something the user would see (polls; no fixed sleep). */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Started: the window exists and every handler is registered. */
export async function started(l: Launched, channels: readonly string[]): Promise<void> {
  await waitFor(() => l.fake.windows.length > 0 && channels.every((c) => l.fake.handlers.has(c)), 'start-up');
}
