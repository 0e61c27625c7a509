/** Who may talk to the headless host: pure decisions, tested with hostile input. */
import { timingSafeEqual } from 'node:crypto';
import { networkInterfaces } from 'node:os';

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}

export function tokenMatches(expected: string | null, given: string | null | undefined): boolean {
  if (expected === null) return true;
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A WebSocket upgrade is same-origin when its Origin header names exactly the host the page
 * was served from (scheme http(s), same host:port). Browsers always send Origin; a missing
 * one (a script, not a page) is accepted only when a token protects the host or it is loopback.
 */
export function isSameOriginUpgrade(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (origin === undefined) return true;
  if (!hostHeader) return false;
  let o: URL;
  try {
    o = new URL(origin);
  } catch {
    return false;
  }
  return (o.protocol === 'http:' || o.protocol === 'https:') && o.host === hostHeader.toLowerCase();
}

export function tokenFromUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url, 'http://x').searchParams.get('token');
  } catch {
    return null;
  }
}

export function tokenFromCookie(cookie: string | undefined): string | null {
  const m = /(?:^|;\s*)monps_token=([^;]+)/.exec(cookie ?? '');
  return m ? decodeURIComponent(m[1]) : null;
}

/**
 * The `host:port` values a browser may put in the Host header to reach this host: the loopback
 * names (127.0.0.1, localhost, [::1]) and the --host given; bound to a wildcard address (0.0.0.0,
 * ::) the machine's own interface addresses. Anything else — a DNS name an attacker points at
 * 127.0.0.1 (DNS rebinding) — is refused. Port 80 may also be written without a port.
 */
export function servedHosts(bindHost: string, port: number, interfaces = networkInterfaces()): Set<string> {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]']);
  const bare = bindHost.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === '0.0.0.0' || bare === '::') {
    for (const list of Object.values(interfaces)) {
      for (const a of list ?? [])
        if (bare === '::' || a.family === 'IPv4') names.add(a.family === 'IPv6' ? `[${a.address.split('%')[0]}]` : a.address);
    }
  } else {
    names.add(bare.includes(':') ? `[${bare}]` : bare);
  }
  const out = new Set<string>();
  for (const n of names) {
    out.add(`${n}:${port}`);
    if (port === 80) out.add(n);
  }
  return out;
}

/** The Host header names one of the served addresses (case-insensitive, nothing else). */
export function isServedHost(hostHeader: string | undefined, served: ReadonlySet<string>): boolean {
  return !!hostHeader && served.has(hostHeader.trim().toLowerCase());
}

/**
 * An Origin is allowed when absent (a script, not a page: the token and the Host check still
 * apply) or when it is http(s)://one of the served addresses. `null`, file:, extensions: refused.
 */
export function isServedOrigin(origin: string | undefined, served: ReadonlySet<string>): boolean {
  if (origin === undefined) return true;
  let o: URL;
  try {
    o = new URL(origin);
  } catch {
    return false;
  }
  return (o.protocol === 'http:' || o.protocol === 'https:') && served.has(o.host.toLowerCase());
}
