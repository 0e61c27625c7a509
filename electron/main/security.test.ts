import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createLogger, silentSink } from '../core/util/logger';
import { applySecurityPolicy, isAppUrl, isPermissionAllowed, isSafeExternalUrl, isTrustedSender } from './security';

const ROOT = 'file:///home/bettor/MON_PS/out/renderer/';
const INDEX = ROOT + 'index.html';
const log = createLogger('test', { sinks: [silentSink] });

describe('isAppUrl', () => {
  it.each([
    INDEX,
    INDEX + '#/odds',
    INDEX + '?lang=fr',
    ROOT + 'assets/index-abc123.js',
    ROOT + 'assets/../index.html',
    'file://localhost/home/bettor/MON_PS/out/renderer/index.html', // localhost is the empty host
  ])('accepts %s', (url) => expect(isAppUrl(url, ROOT)).toBe(true));

  it.each([
    ['another site', 'https://evil.com'],
    ['another site, app path', 'https://evil.com/home/bettor/MON_PS/out/renderer/index.html'],
    ['http', 'http://localhost/index.html'],
    ['a system file', 'file:///etc/passwd'],
    ['out of the folder with ..', ROOT + '../../../../../etc/passwd'],
    ['out of the folder with encoded ..', ROOT + '%2e%2e/%2e%2e/secrets.json'],
    ['encoded slash', ROOT + '..%2F..%2F..%2Fetc%2Fpasswd'],
    ['encoded backslash', ROOT + '..%5C..%5Cwindows'],
    ['encoded NUL', ROOT + 'index.html%00.png'],
    ['a sibling folder sharing the prefix', 'file:///home/bettor/MON_PS/out/renderer-evil/index.html'],
    ['the folder itself', ROOT],
    ['the folder without its slash', 'file:///home/bettor/MON_PS/out/renderer'],
    ['a UNC host', 'file://evil.com/home/bettor/MON_PS/out/renderer/index.html'],
    ['credentials', 'file://user@evil.com/home/bettor/MON_PS/out/renderer/index.html'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: with the path in it', 'javascript://file:///home/bettor/MON_PS/out/renderer/index.html'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['data: base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['blob:', 'blob:file:///0b7a8b9e-0000-4000-8000-000000000000'],
    ['about:blank', 'about:blank'],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
    ['a custom scheme', 'app://renderer/index.html'],
    ['https with ?next=file://', 'https://evil.com/?next=' + encodeURIComponent(INDEX)],
    ['https with the app URL in the fragment', 'https://evil.com/#' + INDEX],
    ['empty', ''],
    ['garbage', 'not a url'],
    ['a relative path', 'index.html'],
    ['absurdly long', INDEX + '#' + 'a'.repeat(5000)],
  ])('refuses %s', (_why, url) => expect(isAppUrl(url, ROOT)).toBe(false));

  it('refuses everything when the root is not a local file URL', () => {
    expect(isAppUrl(INDEX, 'https://evil.com/')).toBe(false);
    expect(isAppUrl(INDEX, 'not a url')).toBe(false);
  });

  it('ignores case only when asked (Windows, macOS)', () => {
    const winRoot = 'file:///C:/Users/Bettor/MON_PS/out/renderer/';
    const lower = 'file:///c:/users/bettor/mon_ps/out/renderer/index.html';
    expect(isAppUrl(lower, winRoot)).toBe(false);
    expect(isAppUrl(lower, winRoot, { caseInsensitive: true })).toBe(true);
    expect(isAppUrl('file:///C:/Windows/system32/drivers/etc/hosts', winRoot, { caseInsensitive: true })).toBe(false);
  });

  it('treats a backslash as a separator, as the URL parser does', () => {
    expect(isAppUrl('file:///home/bettor/MON_PS/out/renderer\\..\\..\\..\\etc\\passwd', ROOT)).toBe(false);
  });

  it('handles paths with spaces and non-ASCII letters', () => {
    const root = 'file:///home/b%C3%A9ttor/My%20Apps/out/renderer/';
    expect(isAppUrl('file:///home/b%C3%A9ttor/My%20Apps/out/renderer/index.html', root)).toBe(true);
    expect(isAppUrl('file:///home/bettor/My%20Apps/out/renderer/index.html', root)).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it.each([
    'https://the-odds-api.com',
    'https://the-odds-api.com/account/',
    'https://www.the-odds-api.com/liveapi/guides/v4/',
    'https://THE-ODDS-API.COM/', // hosts are case-insensitive
  ])('accepts %s', (url) => expect(isSafeExternalUrl(url)).toBe(true));

  it.each([
    ['another site', 'https://evil.com'],
    ['http', 'http://the-odds-api.com'],
    ['a lookalike suffix', 'https://the-odds-api.com.evil.com/'],
    ['a lookalike prefix', 'https://evilthe-odds-api.com/'],
    ['a lookalike with a hyphen', 'https://the-odds-api-com.evil.com/'],
    ['an IDN homograph', 'https://the-οdds-api.com/'], // Greek omicron
    ['user@host', 'https://the-odds-api.com@evil.com/'],
    ['user:pass@host', 'https://user:pass@the-odds-api.com/'],
    ['backslash trick', 'https://evil.com\\@the-odds-api.com/'],
    ['another port', 'https://the-odds-api.com:8443/'],
    ['the host in the query', 'https://evil.com/?next=https://the-odds-api.com'],
    ['the host in the path', 'https://evil.com/the-odds-api.com'],
    ['file:', 'file:///etc/passwd'],
    ['file: with ?next=', 'file:///etc/passwd?next=https://the-odds-api.com'],
    ['javascript:', 'javascript:alert(document.domain)'],
    ['javascript: hiding the host', 'javascript://the-odds-api.com/%0aalert(1)'],
    ['data:', 'data:text/html,https://the-odds-api.com'],
    ['a custom protocol handler', 'ms-msdt:/id PCWDiagnostic'],
    ['smb', 'smb://the-odds-api.com/share'],
    ['an IP address', 'https://127.0.0.1/'],
    ['a trailing-dot host', 'https://the-odds-api.com./'],
    ['empty', ''],
    ['garbage', '::::'],
  ])('refuses %s', (_why, url) => expect(isSafeExternalUrl(url)).toBe(false));

  it('takes another allow-list', () => {
    expect(isSafeExternalUrl('https://github.com/x', ['github.com'])).toBe(true);
    expect(isSafeExternalUrl('https://the-odds-api.com', ['github.com'])).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('accepts the top frame of the app index, with any route', () => {
    expect(isTrustedSender({ url: INDEX, parent: null }, INDEX)).toBe(true);
    expect(isTrustedSender({ url: INDEX + '#/settings', parent: null }, INDEX)).toBe(true);
    expect(isTrustedSender({ url: INDEX + '?x=1', parent: null }, INDEX)).toBe(true);
  });

  it.each([
    ['no frame (destroyed)', null],
    ['another page of the app', { url: ROOT + 'other.html', parent: null }],
    ['a sub-frame', { url: INDEX, parent: {} }],
    ['a web page', { url: 'https://evil.com/index.html', parent: null }],
    ['a UNC host with the same path', { url: 'file://evil.com/home/bettor/MON_PS/out/renderer/index.html', parent: null }],
    ['a system file', { url: 'file:///etc/passwd', parent: null }],
    ['a path that only starts like the index', { url: INDEX + '.evil.html', parent: null }],
    ['an encoded slash', { url: 'file:///home/bettor/MON_PS/out/renderer%2Findex.html', parent: null }],
    ['data:', { url: 'data:text/html,hi', parent: null }],
    ['about:blank', { url: 'about:blank', parent: null }],
    ['empty', { url: '', parent: null }],
  ])('refuses %s', (_why, frame) => expect(isTrustedSender(frame, INDEX)).toBe(false));
});

describe('isPermissionAllowed', () => {
  it('allows only clipboard writes, only to the app', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', INDEX, ROOT)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.com/', ROOT)).toBe(false);
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'unknown']) {
      expect(isPermissionAllowed(p, INDEX, ROOT)).toBe(false);
    }
  });
});

/** A webContents with just what applySecurityPolicy touches. */
function fakeContents() {
  const emitter = new EventEmitter();
  let windowOpen: ((d: { url: string }) => { action: string }) | null = null;
  let requestHandler: ((...a: unknown[]) => void) | null = null;
  let checkHandler: ((...a: unknown[]) => boolean) | null = null;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (h: typeof windowOpen) => (windowOpen = h),
    getURL: () => INDEX,
    session: {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
    },
  });
  const navigate = (event: string, url: string) => {
    const e = { url, preventDefault: vi.fn() };
    emitter.emit(event, e);
    return e.preventDefault.mock.calls.length > 0;
  };
  return {
    contents: contents as unknown as WebContents,
    navigate,
    windowOpen: (url: string) => windowOpen!({ url }),
    request: (permission: string, requestingUrl: string) =>
      new Promise<boolean>((resolve) => requestHandler!(contents, permission, resolve, { requestingUrl })),
    check: (permission: string, requestingUrl: string) => checkHandler!(contents, permission, 'file://', { requestingUrl }),
  };
}

describe('applySecurityPolicy', () => {
  function setup() {
    const f = fakeContents();
    const openExternal = vi.fn(async () => {});
    applySecurityPolicy(f.contents, { appRoot: ROOT, openExternal, log });
    return { ...f, openExternal };
  }

  it('keeps navigation inside the app and refuses the rest', () => {
    const f = setup();
    expect(f.navigate('will-navigate', INDEX + '#/bets')).toBe(false);
    expect(f.navigate('will-navigate', 'https://evil.com')).toBe(true);
    expect(f.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(f.navigate('will-redirect', 'https://evil.com')).toBe(true);
    expect(f.navigate('will-frame-navigate', 'data:text/html,x')).toBe(true);
    expect(f.navigate('will-attach-webview', INDEX)).toBe(true);
    expect(f.openExternal).not.toHaveBeenCalled();
  });

  it('opens an allow-listed link clicked in the page in the browser, nothing else', () => {
    const f = setup();
    expect(f.navigate('will-navigate', 'https://the-odds-api.com/account/')).toBe(true);
    expect(f.openExternal).toHaveBeenCalledWith('https://the-odds-api.com/account/');
  });

  it('denies every new window and opens only allow-listed https links outside', () => {
    const f = setup();
    expect(f.windowOpen('https://the-odds-api.com/')).toEqual({ action: 'deny' });
    expect(f.windowOpen('https://evil.com/')).toEqual({ action: 'deny' });
    expect(f.windowOpen('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(f.windowOpen(INDEX)).toEqual({ action: 'deny' });
    expect(f.openExternal.mock.calls).toEqual([['https://the-odds-api.com/']]);
  });

  it('denies permissions by default', async () => {
    const f = setup();
    expect(await f.request('media', INDEX)).toBe(false);
    expect(await f.request('notifications', INDEX)).toBe(false);
    expect(await f.request('clipboard-sanitized-write', 'https://evil.com/')).toBe(false);
    expect(await f.request('clipboard-sanitized-write', INDEX)).toBe(true);
    expect(f.check('geolocation', INDEX)).toBe(false);
  });
});
