/**
 * Secret hygiene for The Odds API client. The API takes the key in the query string, so every URL,
 * message, log line and error the client produces goes through these two functions first.
 */

/** What a secret is replaced with. */
export const REDACTED = 'REDACTED';

/** `apiKey=` / `api_key=` query parameters (any case), in a bare URL or inside a longer text. */
const KEY_PARAM = /([?&;]\s*(?:apikey|api_key|api-key)\s*=\s*)[^&#\s"'<>]*/gi;

/**
 * Replaces every occurrence of `secret` in `text` (raw, URL-encoded and form-encoded) with REDACTED.
 * Secrets shorter than 4 characters are ignored: replacing them would shred ordinary text.
 */
export function redactSecret(text: string, secret: string): string {
  if (!secret || secret.length < 4) return text;
  let out = text;
  const variants = new Set([secret, encodeURIComponent(secret), new URLSearchParams({ k: secret }).toString().slice(2)]);
  for (const v of variants) out = out.split(v).join(REDACTED);
  return out;
}

/** Replaces the value of every apiKey / api_key query parameter in `url` (or in any text) with REDACTED. */
export function redactUrl(url: string): string {
  return url.replace(KEY_PARAM, `$1${REDACTED}`);
}

/** Both redactions at once: the parameter values, then any stray copy of the secret. */
export function redactAll(text: string, secret: string): string {
  return redactSecret(redactUrl(text), secret);
}

/** Shortens a text for an error detail: single-line, at most `max` characters, with an ellipsis. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
