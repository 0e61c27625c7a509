/** Who may talk to the headless host: pure decisions, tested with hostile input. */
import { timingSafeEqual } from 'node:crypto';

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
