/**
 * The Electron host's composition root: lifecycle only, no business logic (STYLE §2). It
 * builds the core (electron/core, shared with the headless host and the CLI) with an
 * electron-store settings backend, the shared secret store (OS keychain, the same as the CLI's)
 * and the better-sqlite3 addon built for Electron, then wires IPC, the window, the app menu,
 * the tray and powerMonitor around it.
 * The pieces live in electron/main/ (see its README).
 */
import { app, dialog, ipcMain, Menu, powerMonitor, safeStorage, shell, type BrowserWindow } from 'electron';
import Store from 'electron-store';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createCore, type Core } from './core/create-core';
import type { SettingsBackend } from './core/settings/settings-service';
import { withEnvOverride, type SecretName } from './core/settings/secret-store';
import { createSharedSecretStore, loadOsKeychain } from './core/settings/shared-secret-store';
import { acquireFolderLock, FolderLocked, holderLabel, type FolderLock } from './core/folder-lock';
import type { Logger } from './core/util/logger';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from './core/util/private-files';
import { APP_VERSION } from './core/version';
import { appMenuTemplate } from './main/app-menu';
import { registerIpc } from './main/ipc';
import { createMainLogger } from './main/logging';
import { resolveNativeSqlite } from './main/native-sqlite';
import { appFiles, dataDirFor, type AppFiles } from './main/paths';
import { watchPower } from './main/power';
import { consentWording, isPlainTextSafeStorage, safeStorageLegacySource } from './main/secrets';
import { applySecurityPolicy } from './main/security';
import { claimSingleInstance } from './main/single-instance';
import { createTray, type AppTray } from './main/tray';
import { trayIsVisible } from './main/tray-support';
import { createMainWindow, revealWindow } from './main/window';
import { createElectronNotifier } from './main/notifier';
import { findAlertsModule } from './core/alerts/alerts-module';

const APP_ID = 'com.monps.desktop';
/** Paths compare without case where the file system ignores it. */
const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';
/**
 * How long quitting waits for the core to close (collection requests are aborted, so this is
 * normally a few ms); past it the app exits anyway rather than hang.
 */
const SHUTDOWN_TIMEOUT_MS = 1_500;

let mainWindow: BrowserWindow | null = null;
let tray: AppTray | null = null;
let quitting = false;
let phase: 'starting' | 'running' | 'closing' | 'closed' = 'starting';
let shutdown: () => Promise<void> = async () => {};
/** Start-up in progress: a quit during it waits for it, then shuts down what it built. */
let startup: Promise<void> = Promise.resolve();

function main(): void {
  if (!claimSingleInstance(app, () => revealWindow(mainWindow))) {
    app.quit();
    return;
  }
  app.enableSandbox(); // every renderer, whatever its webPreferences say
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  app.setAppLogsPath();
  const log = createMainLogger(app.getPath('logs'));
  const files = appFiles(app.getAppPath(), app.isPackaged);

  app.on('web-contents-created', (_event, contents) =>
    applySecurityPolicy(contents, {
      appRoot: files.rendererRoot,
      openExternal: (url) => shell.openExternal(url),
      log: log.child('security'),
      caseInsensitive,
    }),
  );
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', (event) => {
    if (phase === 'closed') return;
    event.preventDefault();
    if (phase === 'closing') return;
    phase = 'closing';
    void withTimeout(
      startup.catch(() => undefined).then(() => shutdown()),
      SHUTDOWN_TIMEOUT_MS,
    )
      .catch((e: unknown) => log.error('shutdown failed', { message: messageOf(e) }))
      .finally(() => {
        phase = 'closed';
        app.quit();
      });
  });
  // Without a tray (some Linux desktops) the window is not hidden on close, so this ends the app.
  app.on('window-all-closed', () => {
    if (quitting || !tray) app.quit();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  startup = app
    .whenReady()
    .then(() => start(files, log))
    .catch((e: unknown) => fatal(e, log));
}

async function start(files: AppFiles, log: Logger): Promise<void> {
  const dataDir = dataDirFor(process.env, app.getPath('userData'));
  log.info('starting', { version: APP_VERSION, electron: process.versions.electron, dataDir });

  const nativeBinding = resolveNativeSqlite({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    electronVersion: process.versions.electron,
    exists: existsSync,
  });
  ensurePrivateDir(dataDir); // 0700; every file in it 0600 (core/util/private-files.ts)
  // one host per data folder (core/folder-lock.ts): `monps serve` on it makes this start fail
  let folderLock: FolderLock;
  try {
    folderLock = acquireFolderLock(dataDir, 'desktop');
  } catch (e) {
    if (e instanceof FolderLocked)
      throw new Error(`${e.message}: stop ${holderLabel(e.holder)} first, or choose another MONPS_DATA_DIR`, { cause: e });
    throw e;
  }
  // the same settings.json the CLI and the headless host use (conf, same folder and name)
  const settingsStore = new Store<Record<string, unknown>>({ name: 'settings', cwd: dataDir, configFileMode: PRIVATE_FILE_MODE });
  // one secret store with the CLI and the headless host: the OS keychain, else (only once the
  // user accepted it) the 0600 secrets.json, else this session only. Keys saved by earlier
  // versions with safeStorage are moved into it once.
  const secretFile = new Store<Record<string, string>>({ name: 'secrets-electron', cwd: dataDir, configFileMode: PRIVATE_FILE_MODE });
  const consent = new Store<{ plainFileAccepted?: boolean }>({ name: 'secrets-consent', cwd: dataDir, configFileMode: PRIVATE_FILE_MODE });
  const secretsLog = log.child('secrets');
  if (isPlainTextSafeStorage(safeStorage, process.platform)) {
    secretsLog.warn('no keyring: safeStorage would store secrets with a fixed password (basic_text); it is not used');
  }
  const shared = createSharedSecretStore({
    dataDir,
    keychain: loadOsKeychain(dataDir, secretsLog),
    fileFallback: () => consent.get('plainFileAccepted') === true,
    legacy: [safeStorageLegacySource(safeStorage, { get: (k) => secretFile.get(k), delete: (k) => secretFile.delete(k) }, secretsLog)],
    log: secretsLog,
  });
  let askedConsent = false;
  let language: () => 'fr' | 'en' = () => 'fr';
  const askToKeepInFile = (name: SecretName, value: string) => {
    if (askedConsent) return;
    askedConsent = true;
    const w = consentWording(language());
    void dialog
      .showMessageBox({
        type: 'warning',
        title: w.title,
        message: w.message,
        detail: w.detail,
        buttons: w.buttons,
        defaultId: 0,
        cancelId: 0,
      })
      .then(({ response }) => {
        if (response !== 1) return;
        consent.set('plainFileAccepted', true);
        shared.set(name, value); // now written to the 0600 file
        onSecretsMoved();
      })
      .catch((e: unknown) => secretsLog.warn('consent dialog failed', { message: messageOf(e) }));
  };
  let onSecretsMoved = () => {};
  const secrets = withEnvOverride(
    {
      get: (name) => shared.get(name),
      set(name, value) {
        shared.set(name, value);
        if (value !== null && shared.location() === 'session') askToKeepInFile(name, value);
      },
      location: () => shared.location(),
    },
    { oddsApiKey: process.env.ODDS_API_KEY },
  );

  // the window exists only later: a click before it (none is sent before core.start) is a no-op
  let showWindowFor: (page: string) => void = () => {};
  const icon = join(files.resourcesDir, 'icon.png');
  const desktopNotifier = createElectronNotifier({ icon: existsSync(icon) ? icon : undefined, onClick: (page) => showWindowFor(page) });

  const core: Core = await createCore({
    desktopNotifier,
    dataDir,
    host: 'electron',
    version: APP_VERSION,
    secrets,
    settingsBackend: settingsStore as SettingsBackend,
    log: log.child('core'),
    envBaseUrl: process.env.ODDS_API_BASE_URL,
    nativeBinding,
  });
  const announce = () => core.emit('collector:status', core.collector().status());
  language = () => core.settings.get().language;
  onSecretsMoved = () => core.emit('settings:changed', core.settings.get());

  // our own menu: Electron's default one has Reload and Toggle Developer Tools
  app.setAboutPanelOptions({ applicationName: 'MON_PS', applicationVersion: APP_VERSION, copyright: 'Copyright © MON_PS' });
  const setMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        appMenuTemplate(core.settings.get().language, process.platform, {
          openDataFolder: () => void shell.openPath(dataDir),
          openLogsFolder: () => void shell.openPath(app.getPath('logs')),
          about: () => {
            if (process.platform === 'win32')
              void dialog.showMessageBox({ type: 'info', title: 'MON_PS', message: `MON_PS ${APP_VERSION}`, detail: 'Copyright © MON_PS' });
            else app.showAboutPanel();
          },
          quit: () => app.quit(),
        }),
      ),
    );
  setMenu();
  const stopMenu = core.subscribe((name) => {
    if (name === 'settings:changed') setMenu();
  });

  // before the window exists, so the page's first request finds its handler
  const disposeIpc = registerIpc({
    ipcMain,
    core,
    indexUrl: files.indexUrl,
    webContents: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null),
    log: log.child('ipc'),
    caseInsensitive,
  });

  const windowState = new Store<Record<string, unknown>>({ name: 'window-state' });
  const openWindow = () => {
    if (mainWindow && !mainWindow.isDestroyed()) return revealWindow(mainWindow);
    mainWindow = createMainWindow({
      preload: files.preload,
      indexFile: files.indexFile,
      icon: existsSync(icon) ? icon : undefined,
      stateStore: windowState,
      hideOnClose: () => !quitting && tray !== null,
      log: log.child('window'),
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };
  openWindow();
  showWindowFor = (page) => {
    openWindow();
    core.emit('app:navigate', { page });
  };

  // Linux without a status area: no tray, and closing the window quits (never a hidden app)
  if (await trayIsVisible(process.platform, process.env)) {
    try {
      tray = createTray({
        core: {
          collector: () => core.collector(),
          pause: () => core.pause(),
          resume: () => core.resume(),
          subscribe: core.subscribe,
          settings: core.settings,
          alertsHealth: () => findAlertsModule(core.modules())?.healthSummary() ?? null,
          snoozeAll: (durationMs) => Promise.resolve(core.handlers['alerts:snooze-all']({ durationMs })),
        },
        resourcesDir: files.resourcesDir,
        showWindow: openWindow,
        quit: () => app.quit(),
        announce,
        log: log.child('tray'),
      });
    } catch (e) {
      log.warn('no tray on this desktop: closing the window quits', { message: messageOf(e) });
    }
  } else log.info('no visible tray on this desktop: closing the window quits');

  const stopPower = watchPower(
    powerMonitor,
    { pause: () => core.pause(), resume: () => core.resume(), isPaused: () => core.collector().status().paused, announce },
    log.child('power'),
  );
  app.on('activate', openWindow); // macOS: click on the dock icon

  shutdown = async () => {
    stopPower();
    stopMenu();
    tray?.destroy();
    tray = null;
    disposeIpc();
    await core.close();
    folderLock.release();
    log.info('stopped');
  };
  if (phase !== 'starting') return; // quit during start-up: shutdown() runs next
  phase = 'running';
  core.start();
}

function fatal(e: unknown, log: Logger): void {
  const message = messageOf(e);
  log.error('could not start', { message });
  dialog.showErrorBox('MON_PS could not start', message);
  phase = 'closed';
  app.exit(1);
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

main();
