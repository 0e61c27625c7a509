/**
 * Where the The Odds API key may be sent: https anywhere, plain http only to this computer
 * (127.0.0.0/8, localhost, ::1 — the simulator and tests). Any other base URL would carry the
 * key in clear (it travels in the query string), so it is refused before any request.
 */
export function keyUnsafeUrlReason(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return `${raw.slice(0, 100)} is not a URL`;
  }
  if (u.protocol === 'https:') return null;
  const host = u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const loopback = host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
  if (u.protocol === 'http:' && loopback) return null;
  const shown = `${u.protocol}//${u.host}`;
  return u.protocol === 'http:'
    ? `${shown} is refused: the API key is only sent over https, or over http to this computer (127.0.0.1, localhost, [::1])`
    : `${shown} is refused: use an https:// address`;
}
