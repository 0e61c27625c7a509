/**
 * The BUILT Electron host (out/main/main.cjs + out/preload/preload.cjs) run in Node with the
 * stand-in electron module (fake-electron.ts): what a user of the desktop app would see of
 * start-up, the window's lock-down, IPC, the tray, sleep, notifications and quitting.
 * The same scenarios run against the real binary in tests/desktop/electron.spec.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bridge } from '../../shared/ipc/bridge';
import { CHANNELS } from '../../shared/ipc/contract';
import { launchMain, loadPreload, started, waitFor, type Launched } from './load-main';

let running: Launched[] = [];
afterEach(async () => {
  for (const l of running) await l.dispose();
  running = [];
});

async function launch(o: Parameters<typeof launchMain>[0] = {}): Promise<Launched> {
  const l = launchMain(o);
  running.push(l);
  await started(l, CHANNELS);
  return l;
}

function bridgeOf(l: Launched): Bridge {
  const bridge = loadPreload(l.fake).get('monps') as Bridge | undefined;
  if (!bridge) throw new Error('the preload exposed no window.monps');
  return bridge;
}

const mainLog = (l: Launched) => readFileSync(join(l.root, 'logs', 'main.log'), 'utf8');

describe('the built main bundle under a stand-in Electron', () => {
  it('starts: sandbox on, one locked-down window loading the bundled page, a tray, no error box', async () => {
    const l = await launch();
    const { fake } = l;
    expect(fake.calledWith('app.enableSandbox')).toHaveLength(1);
    expect(fake.calledWith('dialog.showErrorBox')).toEqual([]);
    expect(fake.windows).toHaveLength(1);
    const prefs = fake.windows[0].options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs.preload).toBe(join(l.fake.module.app.getAppPath(), 'out', 'preload', 'preload.cjs'));
    expect(fake.calledWith('BrowserWindow.loadFile')[0].args[0]).toBe(join(fake.module.app.getAppPath(), 'out', 'renderer', 'index.html'));
    await waitFor(() => fake.windows[0].isVisible(), 'the window to show once painted');
    expect(fake.trays).toHaveLength(1);
    expect(fake.trays[0].tooltip).toMatch(/MON_PS/);
  });

  it('handles every contract channel through the preload, with the same envelope as the headless host', async () => {
    const l = await launch();
    expect([...l.fake.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    const bridge = bridgeOf(l);
    expect(Object.keys(bridge.invoke).sort()).toEqual([...CHANNELS].sort());
    // every channel answers an envelope; none crashes in its handler on an empty request
    for (const channel of CHANNELS) {
      const res = await (bridge.invoke[channel] as (r: unknown) => Promise<{ ok: boolean; error?: { code: string } }>)({});
      expect(typeof res.ok, channel).toBe('boolean');
      if (!res.ok) expect(res.error?.code, channel).not.toBe('INTERNAL');
    }
    const info = await bridge.invoke['app:get-info']({});
    expect(info).toMatchObject({ ok: true });
    const settings = await bridge.invoke['settings:get']({});
    expect(settings.ok).toBe(true);
    // a bad payload is refused by the schema, not thrown at the page
    const bad = await bridge.invoke['collector:set-paused']({ paused: 'yes' } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    // a function is not structured-clonable: Electron refuses it before it leaves the page
    await expect(bridge.invoke['collector:set-paused']({ paused: (() => true) as never })).rejects.toThrow(/could not be cloned/);
    // a second handler for a channel throws in Electron: the app registers each exactly once
    expect(() => l.fake.module.ipcMain.handle('settings:get', async () => null)).toThrow(/second handler/);
  });

  it('refuses a foreign page, a sub-frame and a destroyed frame', async () => {
    const l = await launch();
    const wc = l.fake.windows[0].webContents;
    const refused = { ok: false, error: { code: 'FORBIDDEN' } };
    expect(await l.fake.invokeFrom({ url: 'https://evil.example/index.html', parent: null }, wc, 'settings:get', {})).toMatchObject(
      refused,
    );
    expect(await l.fake.invokeFrom({ url: wc.getURL(), parent: { url: wc.getURL() } }, wc, 'settings:get', {})).toMatchObject(refused);
    expect(await l.fake.invokeFrom(null, wc, 'settings:get', {})).toMatchObject(refused);
    expect(await l.fake.invokeFrom({ url: wc.getURL(), parent: null }, wc, 'settings:get', {})).toMatchObject({ ok: true });
  });

  it('guards navigation, new windows, webviews and permissions of every webContents', async () => {
    const l = await launch();
    const wc = l.fake.windows[0].webContents;
    expect(wc.tryNavigate('https://evil.example/')).toBe(false);
    expect(wc.tryNavigate('file:///etc/passwd')).toBe(false);
    expect(wc.tryNavigate('https://evil.example/', 'will-redirect')).toBe(false);
    expect(wc.tryNavigate(wc.getURL() + '#/opportunities')).toBe(true);
    expect(wc.tryOpenWindow('https://evil.example/')).toBe('deny');
    expect(wc.tryOpenWindow('file:///etc/passwd')).toBe('deny');
    expect(wc.tryAttachWebview()).toBe(false);
    expect(await wc.requestPermission('geolocation')).toBe(false);
    expect(await wc.requestPermission('media')).toBe(false);
    expect(await wc.requestPermission('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    // a web page opened navigation to is never handed to the OS unless allow-listed https
    expect(l.fake.calledWith('shell.openExternal').map((c) => c.args[0])).not.toContain('file:///etc/passwd');
  });

  it('a second launch quits at once and brings the first window forward', async () => {
    const first = await launch();
    const win = first.fake.windows[0];
    win.hide();
    win.minimize();
    first.fake.launchSecondInstance();
    expect(win.isVisible()).toBe(true);
    expect(win.isMinimized()).toBe(false);

    const second = launchMain({ lockHeld: true });
    running.push(second);
    expect(second.fake.calledWith('app.quit').length).toBeGreaterThan(0);
    expect(second.fake.windows).toHaveLength(0);
    expect(second.fake.state.exited).toBe(true);
  });

  it('closing the window hides it to the tray; the tray reopens it; the app keeps running', async () => {
    const l = await launch();
    const win = l.fake.windows[0];
    await waitFor(() => win.isVisible(), 'the window');
    win.close();
    expect(win.isDestroyed()).toBe(false);
    expect(win.isVisible()).toBe(false);
    expect(l.fake.state.exited).toBe(false);
    l.fake.trays[0].emit('click');
    expect(win.isVisible()).toBe(true);
    const open = l.fake.trays[0].menu?.flat().find((i) => i.label && /ouvrir|open/i.test(i.label));
    expect(open).toBeDefined();
  });

  it('pauses collection while the machine sleeps and resumes after, telling the window', async () => {
    const l = await launch();
    const bridge = bridgeOf(l);
    const seen: boolean[] = [];
    bridge.on('collector:status', (s) => seen.push(s.paused));
    l.fake.module.powerMonitor.emit('suspend');
    const asleep = await bridge.invoke['collector:get-status']({});
    expect(asleep.ok && asleep.value.paused).toBe(true);
    expect(seen).toContain(true);
    l.fake.module.powerMonitor.emit('resume');
    const awake = await bridge.invoke['collector:get-status']({});
    expect(awake.ok && awake.value.paused).toBe(false);
    expect(seen.at(-1)).toBe(false);
  });

  it('a click on a desktop notification shows the window on the page it is about', async () => {
    const l = await launch();
    const bridge = bridgeOf(l);
    const pages: string[] = [];
    bridge.on('app:navigate', (p) => pages.push(p.page));
    const win = l.fake.windows[0];
    win.hide();
    const res = await bridge.invoke['alerts:test-channel']({ channel: 'desktop' });
    expect(res.ok).toBe(true);
    expect(l.fake.notifications).toHaveLength(1);
    expect(l.fake.notifications[0].shown).toBe(true);
    l.fake.notifications[0].emit('click');
    expect(win.isVisible()).toBe(true);
    expect(pages).toHaveLength(1);
  });

  it("builds the app's own menu: usual shortcuts, About, data and logs folders, no Reload or DevTools", async () => {
    const l = await launch();
    const menu = l.fake.applicationMenu();
    expect(menu).not.toBeNull();
    const items = menu!.flat();
    const roles = items.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'minimize']),
    );
    for (const forbidden of ['reload', 'forceReload', 'toggleDevTools']) expect(roles).not.toContain(forbidden);
    const byLabel = (re: RegExp) => items.find((i) => i.label && re.test(i.label));
    expect(byLabel(/quitter|quit/i)?.accelerator).toBe('CmdOrCtrl+Q');
    byLabel(/dossier des données|data folder/i)!.click!();
    byLabel(/journaux|logs/i)!.click!();
    expect(l.fake.calledWith('shell.openPath').map((c) => c.args[0])).toEqual([l.dataDir, join(l.root, 'logs')]);
    byLabel(/à propos|about/i)!.click!();
    expect(l.fake.calledWith('app.showAboutPanel').length + l.fake.calledWith('dialog.showMessageBox').length).toBe(1);
    // the menu follows the language
    const bridge = bridgeOf(l);
    await bridge.invoke['settings:update']({ language: 'en' });
    expect(
      l.fake
        .applicationMenu()!
        .flat()
        .some((i) => i.label === 'Open data folder'),
    ).toBe(true);
    await bridge.invoke['settings:update']({ language: 'fr' });
    expect(
      l.fake
        .applicationMenu()!
        .flat()
        .some((i) => i.label === 'Ouvrir le dossier des données'),
    ).toBe(true);
  });

  for (const [why, o] of [
    ['no status area is found (MONPS_TRAY=off)', { env: { MONPS_TRAY: 'off' } }],
    ['the tray cannot be created', { noTray: true }],
  ] as const) {
    it(`without a tray (${why}) closing the window quits instead of hiding it`, async () => {
      const l = await launch(o);
      expect(l.fake.trays.filter((t) => !t.isDestroyed())).toHaveLength(0);
      l.fake.windows[0].close();
      expect(l.fake.windows[0].isDestroyed()).toBe(true);
      await waitFor(() => l.fake.state.exited, 'the app to quit');
      expect(mainLog(l)).toMatch(/stopped/);
    });
  }

  it("the tray tooltip's last collection is the run that just finished", async () => {
    const l = await launch();
    const bridge = bridgeOf(l);
    const finished: number[] = [];
    bridge.on('collector:status', (s) => {
      if (!s.running && s.lastSuccessAt) finished.push(s.lastSuccessAt);
    });
    for (let run = 1; run <= 2; run++) {
      const res = await bridge.invoke['collector:run-now']({});
      expect(res.ok).toBe(true);
      await waitFor(() => finished.length >= run, `run ${run} to finish`);
      const health = await bridge.invoke['alerts:get-health']({});
      expect(health.ok).toBe(true);
      if (!health.ok) return;
      expect(health.value.lastCollectionAt).toBe(finished.at(-1));
      expect(l.fake.trays[0].tooltip).toBe(health.value.tooltip);
    }
  });

  it('without a keychain (Linux, safeStorage basic_text) the key stays in memory until the user accepts the file, and Settings says so', async () => {
    const l = await launch({ storageBackend: 'basic_text' });
    const bridge = bridgeOf(l);
    const saved = await bridge.invoke['settings:update']({ apiKey: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', forceDemo: true });
    expect(saved).toMatchObject({ ok: true, value: { apiKeySet: true, keyStorage: 'session' } });
    expect(l.fake.calledWith('dialog.showMessageBox')).toHaveLength(1);
    const files = readdirSync(l.dataDir)
      .map((f) => readFileSync(join(l.dataDir, f), 'latin1'))
      .join('\n');
    expect(files).not.toContain('a1b2c3d4e5f60718293a4b5c6d7e8f90');
    expect(files).not.toContain(Buffer.from('fake-enc:a1b2c3d4e5f60718293a4b5c6d7e8f90').toString('base64'));
  });

  it('a quit during start-up waits for it, then closes what it built', async () => {
    const l = launchMain({ noReady: true });
    running.push(l);
    l.fake.ready();
    l.fake.module.app.quit(); // before the core exists
    await waitFor(() => l.fake.state.exited, 'the app to exit');
    const log = mainLog(l);
    expect(log).toMatch(/stopped/);
    expect(log).not.toMatch(/shutdown failed/);
    expect(l.fake.handlers.size).toBe(0);
  });

  it('quits in Electron order, closes the database and logs no failure', async () => {
    const l = await launch();
    const order: string[] = [];
    for (const e of ['before-quit', 'will-quit', 'quit']) l.fake.module.app.on(e, () => order.push(e));
    l.fake.module.app.quit();
    await waitFor(() => l.fake.state.exited, 'the app to exit');
    expect(order[0]).toBe('before-quit');
    expect(order.at(-1)).toBe('quit');
    expect(order.filter((e) => e === 'quit')).toHaveLength(1);
    expect(l.fake.trays[0].isDestroyed()).toBe(true);
    expect(l.fake.handlers.size).toBe(0);
    const log = mainLog(l);
    expect(log).toMatch(/stopped/);
    expect(log).not.toMatch(/shutdown failed/);
  });
});
