/**
 * Where the WebSocket goes: always the host that served the page (the CSP allows ws: in
 * general; this function is what keeps it to the same host).
 */
export function buildWsUrl(location: Pick<Location, 'protocol' | 'host' | 'search' | 'hash'>, path: string): string | null {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return null;
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const url = new URL(`${scheme}//${location.host}${path}`);
  const token = readToken(location.search, location.hash);
  if (token) url.searchParams.set('token', token);
  return url.toString();
}

/** The `token` from `?token=` or from the hash (`#token=…` or `#/x?token=…`), or null. */
export function readToken(search: string, hash: string): string | null {
  const fromQuery = new URLSearchParams(search).get('token');
  if (fromQuery) return fromQuery;
  const h = hash.replace(/^#/, '');
  const q = h.includes('?') ? h.slice(h.indexOf('?') + 1) : h;
  return new URLSearchParams(q).get('token') || null;
}
