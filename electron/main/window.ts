/**
 * The main window, locked down (STYLE §5–§6): context isolation, sandbox, no Node in the page,
 * web security on, the bundled preload as the only bridge. Shown once painted; its bounds are
 * remembered. Closing it hides it when `hideOnClose()` says so (the tray keeps the app alive).
 */
import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { Logger } from '../core/util/logger';
import { parseWindowState, restoreBounds, type SavedWindowState } from './window-state';

/** Where the bounds are kept (an electron-store instance fits). */
export interface WindowStateStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export interface MainWindowOptions {
  /** Absolute path of out/preload/preload.cjs. */
  preload: string;
  /** Absolute path of out/renderer/index.html. */
  indexFile: string;
  icon?: string;
  stateStore: WindowStateStore;
  hideOnClose(): boolean;
  log: Logger;
}

const STATE_KEY = 'mainWindow';
const MAX_RELOADS_AFTER_CRASH = 3;

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const { log } = opts;
  const saved = parseWindowState(opts.stateStore.get(STATE_KEY));
  const bounds = restoreBounds(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  );

  const win = new BrowserWindow({
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'MON_PS',
    icon: opts.icon,
    autoHideMenuBar: true,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15171c' : '#ffffff',
    webPreferences: {
      preload: opts.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // a middle click opens links in a new window: new windows are denied anyway, and the
      // feature is off so the page cannot even ask (electronegativity AUXCLICK_JS_CHECK)
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });

  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  let saveTimer: NodeJS.Timeout | null = null;
  const save = () => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = null;
    if (win.isDestroyed() || win.isMinimized()) return;
    const state: SavedWindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
    try {
      opts.stateStore.set(STATE_KEY, state);
    } catch (e) {
      log.warn('window state not saved', { message: e instanceof Error ? e.message : String(e) });
    }
  };
  const saveSoon = () => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(save, 500);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event as 'resize', saveSoon);

  // Windows log-off / shut-down: 'before-quit' is not emitted then, and a hidden-instead-of-
  // closed window would hold the session up.
  let sessionEnding = false;
  win.on('query-session-end', () => {
    sessionEnding = true;
  });
  win.on('close', (event) => {
    save();
    if (!sessionEnding && opts.hideOnClose()) {
      event.preventDefault();
      win.hide();
    }
  });

  let reloads = 0;
  win.webContents.on('render-process-gone', (_e, details) => {
    log.error('renderer gone', { reason: details.reason, exitCode: details.exitCode });
    if (details.reason !== 'clean-exit' && details.reason !== 'killed' && reloads < MAX_RELOADS_AFTER_CRASH) {
      reloads += 1;
      win.webContents.reload();
    }
  });
  win.webContents.on('did-fail-load', (_e, code, description, url) => {
    log.error('page failed to load', { code, description, url: url.slice(0, 200) });
  });

  void win
    .loadFile(opts.indexFile)
    .catch((e: unknown) => log.error('loadFile failed', { message: e instanceof Error ? e.message : String(e) }));
  return win;
}

/** Brings the window forward (second instance, tray, dock click). */
export function revealWindow(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}
