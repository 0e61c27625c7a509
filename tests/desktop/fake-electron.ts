/**
 * A stand-in for the `electron` module, for running the BUILT main bundle (out/main/main.cjs)
 * and preload (out/preload/preload.cjs) in plain Node (the Electron binary cannot be
 * downloaded on the machines this is built on). It records what the app asks of Electron and
 * follows Electron's documented behaviour where the app depends on it:
 *
 * - `app.quit()`: 'before-quit' (cancellable), then every window is asked to close (a window
 *   that prevents 'close' cancels the quit; 'window-all-closed' is NOT emitted during a quit),
 *   then 'will-quit' (cancellable), then 'quit'. `app.exit()` skips all of them.
 * - `app.whenReady()` resolves once 'ready' was emitted; `requestSingleInstanceLock()` is false
 *   when another instance holds it; 'second-instance' is emitted by `launchSecondInstance()`.
 * - Every new webContents emits app 'web-contents-created' before anything loads in it.
 * - `ipcMain.handle` on a channel that already has a handler throws; invoking a channel with no
 *   handler rejects; request and reply payloads (and `webContents.send` payloads) are copied
 *   with the structured clone algorithm, so functions or class instances do not pass.
 * - Closing the last window emits 'window-all-closed' (outside a quit).
 *
 * Facts taken from the Electron API docs (app, ipcMain, BrowserWindow, webContents, Tray).
 */
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface FakeOptions {
  /** Folder standing for userData, logs, appData… (one sub-folder each). */
  root: string;
  /** app.getAppPath(): the checkout (out/ is read from there). */
  appPath: string;
  /** Another instance already holds the single-instance lock. */
  lockHeld?: boolean;
  /** `new Tray()` throws, as on a desktop without a status area. */
  noTray?: boolean;
  /** safeStorage.isEncryptionAvailable() */
  encryption?: boolean;
  /** safeStorage.getSelectedStorageBackend() (Linux). */
  storageBackend?: string;
}

export interface Call {
  api: string;
  args: unknown[];
}

class CancellableEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

export function createFakeElectron(opts: FakeOptions) {
  const calls: Call[] = [];
  const record = (api: string, ...args: unknown[]) => calls.push({ api, args });
  const windows: FakeBrowserWindow[] = [];
  const trays: FakeTray[] = [];
  const notifications: FakeNotification[] = [];
  let applicationMenu: FakeMenu | null = null;
  let quitting = false;
  let readyEmitted = false;
  const state = { exited: false, exitCode: null as number | null, quitEmitted: false };
  let nextId = 1;

  // ---- app ---------------------------------------------------------------------------------
  class FakeApp extends EventEmitter {
    isPackaged = true;
    name = 'MON_PS';
    whenReady(): Promise<void> {
      if (readyEmitted) return Promise.resolve();
      return new Promise((resolve) => this.once('ready', () => resolve()));
    }
    isReady(): boolean {
      return readyEmitted;
    }
    getPath(name: string): string {
      return join(opts.root, name);
    }
    getAppPath(): string {
      return opts.appPath;
    }
    getVersion(): string {
      return '0.0.0-fake';
    }
    getName(): string {
      return this.name;
    }
    requestSingleInstanceLock(): boolean {
      record('app.requestSingleInstanceLock');
      return !opts.lockHeld;
    }
    enableSandbox(): void {
      record('app.enableSandbox');
    }
    setAppUserModelId(id: string): void {
      record('app.setAppUserModelId', id);
    }
    setAppLogsPath(): void {
      record('app.setAppLogsPath');
    }
    setAboutPanelOptions(o: unknown): void {
      record('app.setAboutPanelOptions', o);
    }
    showAboutPanel(): void {
      record('app.showAboutPanel');
    }
    focus(): void {
      record('app.focus');
    }
    quit(): void {
      record('app.quit');
      if (state.exited) return;
      const before = new CancellableEvent();
      this.emit('before-quit', before);
      if (before.defaultPrevented) return;
      quitting = true;
      for (const w of [...windows]) {
        if (!w.isDestroyed()) w.close();
        if (!w.isDestroyed()) {
          quitting = false; // a window refused to close: the quit is cancelled
          return;
        }
      }
      const will = new CancellableEvent();
      this.emit('will-quit', will);
      if (will.defaultPrevented) {
        quitting = false;
        return;
      }
      state.quitEmitted = true;
      this.emit('quit', new CancellableEvent(), 0);
      state.exited = true;
      state.exitCode = 0;
    }
    exit(code = 0): void {
      record('app.exit', code);
      state.exited = true;
      state.exitCode = code;
    }
  }
  const app = new FakeApp();

  // ---- webContents / session ---------------------------------------------------------------
  class FakeSession {
    permissionRequestHandler: ((...a: unknown[]) => void) | null = null;
    permissionCheckHandler: ((...a: unknown[]) => boolean) | null = null;
    setPermissionRequestHandler(fn: (...a: unknown[]) => void): void {
      this.permissionRequestHandler = fn;
    }
    setPermissionCheckHandler(fn: (...a: unknown[]) => boolean): void {
      this.permissionCheckHandler = fn;
    }
  }

  class FakeWebContents extends EventEmitter {
    id = nextId++;
    url = '';
    destroyed = false;
    session = new FakeSession();
    windowOpenHandler: ((d: { url: string }) => { action: string }) | null = null;
    sent: { channel: string; payload: unknown }[] = [];
    /** The main frame, as an IPC event's senderFrame. */
    get mainFrame() {
      return { url: this.url, parent: null, top: null as unknown, routingId: 1 };
    }
    send(channel: string, ...args: unknown[]): void {
      if (this.destroyed) throw new Error('Object has been destroyed');
      this.sent.push({ channel, payload: clone(args[0]) });
      // the page's ipcRenderer.on listeners get (event, payload), the payload cloned
      if (windows[0]?.webContents === this) ipcRenderer.emit(channel, { sender: null }, clone(args[0]));
    }
    getURL(): string {
      return this.url;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    reload(): void {
      record('webContents.reload');
    }
    setWindowOpenHandler(fn: (d: { url: string }) => { action: string }): void {
      this.windowOpenHandler = fn;
    }
    openDevTools(): void {
      record('webContents.openDevTools');
    }
    /** What happens when the page tries to navigate: true when the app let it go. */
    tryNavigate(url: string, event = 'will-navigate'): boolean {
      const e = Object.assign(new CancellableEvent(), { url });
      this.emit(event, e, url);
      return !e.defaultPrevented;
    }
    /** What happens on window.open / target=_blank. */
    tryOpenWindow(url: string): string {
      if (!this.windowOpenHandler) return 'allow';
      return this.windowOpenHandler({ url }).action;
    }
    tryAttachWebview(): boolean {
      const e = new CancellableEvent();
      this.emit('will-attach-webview', e, {}, {});
      return !e.defaultPrevented;
    }
    requestPermission(permission: string, requestingUrl = this.url): Promise<boolean> {
      return new Promise((resolve) => {
        const h = this.session.permissionRequestHandler;
        if (!h) return resolve(true);
        h(this, permission, resolve, { requestingUrl });
      });
    }
  }

  function newWebContents(): FakeWebContents {
    const wc = new FakeWebContents();
    // documented: emitted when a new webContents is created, before it loads anything
    app.emit('web-contents-created', new CancellableEvent(), wc);
    return wc;
  }

  // ---- BrowserWindow -----------------------------------------------------------------------
  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows(): FakeBrowserWindow[] {
      return windows.filter((w) => !w.isDestroyed());
    }
    id = nextId++;
    options: Record<string, unknown>;
    webContents: FakeWebContents;
    visible = false;
    minimized = false;
    maximized = false;
    destroyed = false;
    focused = false;
    constructor(options: Record<string, unknown> = {}) {
      super();
      this.options = options;
      record('new BrowserWindow', options);
      windows.push(this);
      this.webContents = newWebContents();
      if (options.show !== false) this.visible = true;
    }
    async loadFile(file: string): Promise<void> {
      record('BrowserWindow.loadFile', file);
      this.webContents.url = pathToFileURL(file).href;
      await Promise.resolve();
      this.webContents.emit('did-finish-load');
      this.emit('ready-to-show');
    }
    async loadURL(url: string): Promise<void> {
      this.webContents.url = url;
      await Promise.resolve();
      this.emit('ready-to-show');
    }
    show(): void {
      this.visible = true;
      this.focused = true;
      this.emit('show');
    }
    hide(): void {
      this.visible = false;
      this.focused = false;
      this.emit('hide');
    }
    focus(): void {
      this.focused = true;
      record('BrowserWindow.focus');
    }
    isVisible(): boolean {
      return this.visible;
    }
    isFocused(): boolean {
      return this.focused;
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    minimize(): void {
      this.minimized = true;
    }
    restore(): void {
      this.minimized = false;
    }
    maximize(): void {
      this.maximized = true;
    }
    isMaximized(): boolean {
      return this.maximized;
    }
    getNormalBounds() {
      return { x: 10, y: 10, width: 1280, height: 800 };
    }
    setMenuBarVisibility(): void {}
    isDestroyed(): boolean {
      return this.destroyed;
    }
    /** Like a click on the close button: 'close' can be prevented. */
    close(): void {
      if (this.destroyed) return;
      const e = new CancellableEvent();
      this.emit('close', e);
      if (e.defaultPrevented) return;
      this.destroy();
    }
    destroy(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      this.visible = false;
      this.webContents.destroyed = true;
      this.emit('closed');
      if (!quitting && windows.every((w) => w.isDestroyed())) app.emit('window-all-closed');
    }
  }

  // ---- ipcMain / ipcRenderer ---------------------------------------------------------------
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  class FakeIpcMain extends EventEmitter {
    handle(channel: string, fn: (event: unknown, ...args: unknown[]) => unknown): void {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, fn);
    }
    handleOnce(channel: string, fn: (event: unknown, ...args: unknown[]) => unknown): void {
      this.handle(channel, (...a) => {
        handlers.delete(channel);
        return fn(...a);
      });
    }
    removeHandler(channel: string): void {
      handlers.delete(channel);
    }
  }
  const ipcMain = new FakeIpcMain();

  /** ipcRenderer.invoke as seen from a page: payload and reply structured-cloned. */
  async function invokeFrom(
    frame: { url: string; parent: unknown } | null,
    sender: unknown,
    channel: string,
    ...args: unknown[]
  ): Promise<unknown> {
    const copied = args.map((a) => clone(a)); // throws DataCloneError for functions, as Electron does
    const fn = handlers.get(channel);
    if (!fn) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    const event = { senderFrame: frame, sender, processId: 1, frameId: 1 };
    return clone(await fn(event, ...copied));
  }

  /** The preload's ipcRenderer, bound to the main window (its first one). */
  class FakeIpcRenderer extends EventEmitter {
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      const wc = windows[0]?.webContents;
      return invokeFrom(wc ? wc.mainFrame : null, wc, channel, ...args);
    }
    send(): void {
      throw new Error('the app must not use ipcRenderer.send');
    }
    sendSync(): never {
      throw new Error('the app must not use ipcRenderer.sendSync');
    }
  }
  const ipcRenderer = new FakeIpcRenderer();
  const exposed = new Map<string, unknown>();
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown): void {
      record('contextBridge.exposeInMainWorld', key);
      if (exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object`);
      exposed.set(key, api);
    },
  };

  // ---- Menu / Tray / nativeImage -----------------------------------------------------------
  interface MenuItem {
    label?: string;
    role?: string;
    accelerator?: string;
    type?: string;
    enabled?: boolean;
    click?: (...a: unknown[]) => void;
    submenu?: MenuItem[] | FakeMenu;
  }
  class FakeMenu {
    constructor(public items: MenuItem[]) {}
    static buildFromTemplate(template: MenuItem[]): FakeMenu {
      return new FakeMenu(
        template.map((i) => ({ ...i, submenu: Array.isArray(i.submenu) ? FakeMenu.buildFromTemplate(i.submenu) : i.submenu })),
      );
    }
    static setApplicationMenu(menu: FakeMenu | null): void {
      record('Menu.setApplicationMenu', menu);
      applicationMenu = menu;
    }
    static getApplicationMenu(): FakeMenu | null {
      return applicationMenu;
    }
    /** Every item, depth first. */
    flat(): MenuItem[] {
      return this.items.flatMap((i) => [i, ...(i.submenu instanceof FakeMenu ? i.submenu.flat() : [])]);
    }
  }

  class FakeImage {
    constructor(public path: string | null) {}
    isEmpty(): boolean {
      return !this.path || !existsSync(this.path);
    }
  }
  const nativeImage = {
    createFromPath: (p: string) => new FakeImage(p),
    createEmpty: () => new FakeImage(null),
  };

  class FakeTray extends EventEmitter {
    tooltip = '';
    menu: FakeMenu | null = null;
    image: unknown;
    destroyed = false;
    constructor(image: unknown) {
      super();
      if (opts.noTray) throw new Error('no status area on this desktop');
      this.image = image;
      trays.push(this);
    }
    setToolTip(t: string): void {
      this.tooltip = t;
    }
    setContextMenu(m: FakeMenu): void {
      this.menu = m;
    }
    setImage(i: unknown): void {
      this.image = i;
    }
    destroy(): void {
      this.destroyed = true;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
  }

  // ---- Notification / powerMonitor / safeStorage / shell / dialog / screen -------------------
  class FakeNotification extends EventEmitter {
    static isSupported(): boolean {
      return true;
    }
    shown = false;
    constructor(public options: Record<string, unknown>) {
      super();
      notifications.push(this);
    }
    show(): void {
      this.shown = true;
      setImmediate(() => this.emit('show', {}));
    }
    close(): void {
      this.emit('close', {});
    }
  }

  const powerMonitor = new EventEmitter();
  const safeStorage = {
    isEncryptionAvailable: () => opts.encryption ?? true,
    encryptString: (s: string) => Buffer.from('fake-enc:' + s, 'utf8'),
    decryptString: (b: Buffer) => {
      const s = b.toString('utf8');
      if (!s.startsWith('fake-enc:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return s.slice('fake-enc:'.length);
    },
    getSelectedStorageBackend: () => opts.storageBackend ?? 'gnome_libsecret',
  };
  const shell = {
    openExternal: async (url: string) => void record('shell.openExternal', url),
    openPath: async (p: string) => {
      record('shell.openPath', p);
      return '';
    },
    showItemInFolder: (p: string) => void record('shell.showItemInFolder', p),
  };
  const dialog = {
    showErrorBox: (title: string, content: string) => void record('dialog.showErrorBox', title, content),
    showMessageBox: async (...a: unknown[]) => {
      record('dialog.showMessageBox', ...a);
      return { response: 0, checkboxChecked: false };
    },
  };
  const workArea = { x: 0, y: 0, width: 1920, height: 1080 };
  const screen = {
    getAllDisplays: () => [{ id: 1, workArea, bounds: workArea }],
    getPrimaryDisplay: () => ({ id: 1, workArea, bounds: workArea }),
  };
  const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false });

  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    ipcRenderer,
    contextBridge,
    Menu: FakeMenu,
    Tray: FakeTray,
    nativeImage,
    Notification: FakeNotification,
    powerMonitor,
    safeStorage,
    shell,
    dialog,
    screen,
    nativeTheme,
  };

  return {
    /** What `require('electron')` returns. */
    module,
    calls,
    windows,
    trays,
    notifications,
    exposed,
    handlers,
    state,
    applicationMenu: () => applicationMenu,
    /** Emits 'ready' as Electron does once initialised. */
    ready(): void {
      readyEmitted = true;
      app.emit('ready', new CancellableEvent(), {});
    },
    /** A second launch of the app: Electron emits 'second-instance' in the first one. */
    launchSecondInstance(argv: string[] = [], cwd = opts.root): void {
      app.emit('second-instance', new CancellableEvent(), argv, cwd, {});
    },
    /** An IPC call from any frame (e.g. a foreign page or a sub-frame). */
    invokeFrom,
    calledWith: (api: string) => calls.filter((c) => c.api === api),
  };
}
