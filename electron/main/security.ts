/**
 * The window security policy. The decisions are pure functions over `new URL()` (never string
 * prefixes of the raw text), tested with hostile URLs in security.test.ts; applySecurityPolicy
 * only wires them to a webContents. This file imports electron for types only, so the tests
 * run in plain Node.
 */
import type { Session, WebContents } from 'electron';
import type { Logger } from '../core/util/logger';

/** Hosts (and their subdomains) a link may open in the user's browser. */
export const EXTERNAL_HOSTS: readonly string[] = ['the-odds-api.com'];

/** A URL longer than this is refused outright: nothing legitimate in the app is that long. */
const MAX_URL_LENGTH = 4096;
/** Encoded '/', '\' and NUL: a file URL path holding them could escape the folder once decoded. */
const ENCODED_SEPARATOR = /%(2f|5c|00)/i;

function parse(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A local file URL: no host (a UNC share would be one), no credentials, no encoded separators. */
function localFileUrl(url: unknown): URL | null {
  const u = parse(url);
  if (!u || u.protocol !== 'file:' || u.host !== '' || u.username !== '' || u.password !== '') return null;
  if (ENCODED_SEPARATOR.test(u.pathname)) return null;
  return u;
}

function comparablePath(pathname: string, caseInsensitive: boolean): string | null {
  let p: string;
  try {
    p = decodeURIComponent(pathname);
  } catch {
    return null; // malformed escapes
  }
  return caseInsensitive ? p.toLowerCase() : p;
}

export interface PathOptions {
  /** Windows and macOS file systems ignore case. */
  caseInsensitive?: boolean;
}

/**
 * True when `url` is a page of the app: a local file:// URL inside `appRoot` (the file URL of
 * the renderer folder). `..` segments are resolved by the URL parser before the comparison.
 */
export function isAppUrl(url: string, appRoot: string, opts: PathOptions = {}): boolean {
  const u = localFileUrl(url);
  const root = localFileUrl(appRoot);
  if (!u || !root) return false;
  const rootPath = comparablePath(root.pathname.endsWith('/') ? root.pathname : root.pathname + '/', !!opts.caseInsensitive);
  const path = comparablePath(u.pathname, !!opts.caseInsensitive);
  if (rootPath === null || path === null) return false;
  return path.length > rootPath.length && path.slice(0, rootPath.length) === rootPath;
}

/**
 * True when `url` may be handed to the OS browser: https on the default port, no credentials,
 * a host from the allow-list (or one of its subdomains, on a dot boundary).
 */
export function isSafeExternalUrl(url: string, allowedHosts: readonly string[] = EXTERNAL_HOSTS): boolean {
  const u = parse(url);
  if (!u || u.protocol !== 'https:' || u.username !== '' || u.password !== '' || u.port !== '') return false;
  const host = u.hostname;
  return allowedHosts.some((h) => host === h || host.endsWith('.' + h));
}

/** What the sender check needs of an IPC event's senderFrame (WebFrameMain fits). */
export interface FrameLike {
  readonly url: string;
  readonly parent?: unknown;
}

/**
 * The IPC sender check (Electron security checklist #17): the request must come from the top
 * frame of the app's own index.html. Any query or #route is fine; another file, another host,
 * a sub-frame or a destroyed frame (null) is not.
 */
export function isTrustedSender(frame: FrameLike | null | undefined, indexUrl: string, opts: PathOptions = {}): boolean {
  if (!frame || (frame.parent !== null && frame.parent !== undefined)) return false;
  const u = localFileUrl(frame.url);
  const index = localFileUrl(indexUrl);
  if (!u || !index) return false;
  const a = comparablePath(u.pathname, !!opts.caseInsensitive);
  const b = comparablePath(index.pathname, !!opts.caseInsensitive);
  return a !== null && a === b;
}

type PermissionName = Parameters<Parameters<Session['setPermissionRequestHandler']>[0] & object>[1];

/** Permissions the app's own pages may use; everything else, and every other page, is denied. */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set<PermissionName>(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string, appRoot: string, opts: PathOptions = {}): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl, appRoot, opts);
}

export interface SecurityPolicyOptions extends PathOptions {
  /** File URL of the renderer folder. */
  appRoot: string;
  /** shell.openExternal, injected so this module stays free of electron at runtime. */
  openExternal: (url: string) => Promise<void>;
  log: Logger;
}

/**
 * Applies the policy to one webContents (call it from app 'web-contents-created', so every
 * window and frame gets it): no navigation or redirect away from the app, no new windows
 * (allow-listed https links open in the browser), no <webview>, permissions denied by default.
 */
export function applySecurityPolicy(contents: WebContents, opts: SecurityPolicyOptions): void {
  const { appRoot, log } = opts;
  const isApp = (url: string) => isAppUrl(url, appRoot, opts);
  const openOutside = (url: string) => {
    if (!isSafeExternalUrl(url)) return;
    opts.openExternal(url).catch((e: unknown) => log.warn('openExternal failed', { message: String(e) }));
  };

  contents.on('will-navigate', (event) => {
    if (isApp(event.url)) return;
    event.preventDefault();
    log.warn('navigation refused', { url: event.url.slice(0, 200) });
    openOutside(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (isApp(event.url)) return;
    event.preventDefault();
    log.warn('frame navigation refused', { url: event.url.slice(0, 200) });
  });
  contents.on('will-redirect', (event) => {
    if (isApp(event.url)) return;
    event.preventDefault();
    log.warn('redirect refused', { url: event.url.slice(0, 200) });
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('webview refused');
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });

  const session = contents.session;
  session.setPermissionRequestHandler((wc, permission, callback, details) => {
    const allowed = isPermissionAllowed(permission, details.requestingUrl ?? wc.getURL(), appRoot, opts);
    if (!allowed) log.warn('permission refused', { permission });
    callback(allowed);
  });
  session.setPermissionCheckHandler((_wc, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? requestingOrigin, appRoot, opts),
  );
}
