/**
 * One GET against The Odds API with retries: axios with a text body (JSON is parsed here, so a
 * malformed or truncated body becomes MALFORMED_RESPONSE), quota headers read on every answer,
 * exponential backoff with jitter for 429 / 5xx / timeouts / network errors only.
 */
import axios, { type AxiosResponse } from 'axios';
import type { Quota } from '../types';
import { classifyHttpError, OddsApiError, type OddsApiErrorCode } from './errors';
import { excerpt, redactAll } from './redact';
import { wireErrorBodySchema } from './wire-schemas';
import { backoffDelay as exponentialDelay } from '../../../../shared/util/backoff';

/** Where the client writes what it does; every text and object handed to it is redacted. */
export interface OddsApiLogger {
  info(msg: string, data?: object): void;
  warn(msg: string, data?: object): void;
}

/** Settings of the transport (already defaulted by the client). */
export interface TransportOptions {
  apiKey: string;
  timeoutMs: number;
  maxRetries: number;
  sleep: (ms: number) => Promise<void>;
  logger?: OddsApiLogger;
  /** Source of jitter, [0, 1). */
  random?: () => number;
  /** Aborts the request in flight and any wait between retries (stop, quit, settings switch, run deadline). */
  signal?: AbortSignal;
  /** Bodies longer than this are cut off while streaming (RESPONSE_TOO_LARGE). Default MAX_BODY_BYTES. */
  maxBodyBytes?: number;
}

/**
 * The largest body read. The largest real answer we have (NFL, us region, h2h+spreads+totals,
 * tests/fixtures) is 0.35 MB; every region (~70 books) × 5 markets × 300 events at ~400 bytes a
 * market is ~42 MB. 64 MiB is above any real /odds answer and keeps a hostile or broken upstream
 * from filling the memory: the download is aborted as soon as it passes this, and never retried.
 */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** A validated 2xx answer. */
export interface TransportResult<T> {
  body: T;
  quota: Quota;
  httpStatus: number;
  /** Redacted request URL. */
  url: string;
}

const BACKOFF_BASE_MS = 1000;
/** A Retry-After longer than this is not waited for in the same run: the error is returned (the next run retries). */
export const MAX_RETRY_AFTER_MS = 60_000;
const BACKOFF_CAP_MS = 30_000;

/** A header as a non-negative number; missing or garbage → null (unknown), never 0. */
function headerNumber(value: unknown): number | null {
  const s = Array.isArray(value) ? value[0] : value;
  if (typeof s !== 'string' && typeof s !== 'number') return null;
  const t = String(s).trim();
  return /^\d+(?:\.\d+)?$/.test(t) ? Number(t) : null;
}

/** Reads x-requests-remaining / -used / -last from response headers. */
export function parseQuota(headers: Record<string, unknown> | undefined): Quota {
  const h = headers ?? {};
  return {
    remaining: headerNumber(h['x-requests-remaining']),
    used: headerNumber(h['x-requests-used']),
    last: headerNumber(h['x-requests-last']),
  };
}

/** Delay before retry number `attempt` (0-based): 1 s, 2 s, 4 s … capped at 30 s, plus up to 50 % jitter. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  return Math.round(exponentialDelay(attempt, { baseMs: BACKOFF_BASE_MS, capMs: BACKOFF_CAP_MS, jitter: 0.5, random }));
}

const NO_QUOTA: Quota = { remaining: null, used: null, last: null };

/** Retry-After as ms: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: unknown, now = Date.now()): number | null {
  const s = String((Array.isArray(value) ? value[0] : value) ?? '').trim();
  if (!s) return null;
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  const at = Date.parse(s);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

/** Builds the error of a non-2xx answer. */
function httpError(res: AxiosResponse<string>, quota: Quota, url: string, secret: string): OddsApiError {
  const text = typeof res.data === 'string' ? res.data : '';
  let apiErrorCode: string | null = null;
  let detail = text ? `body: ${excerpt(text)}` : null;
  try {
    const parsed = wireErrorBodySchema.safeParse(JSON.parse(text));
    if (parsed.success) {
      apiErrorCode = parsed.data.error_code;
      detail = `${parsed.data.error_code}: ${excerpt(parsed.data.message, 300)}`;
    }
  } catch {
    // Not JSON (an HTML error page, an empty body): classify by status alone.
  }
  const code = classifyHttpError(res.status, apiErrorCode, quota);
  const retryAfterMs = parseRetryAfter((res.headers as Record<string, unknown>)['retry-after']);
  return new OddsApiError({
    code,
    httpStatus: res.status,
    apiErrorCode,
    quota,
    url,
    detail: detail && redactAll(detail, secret),
    retryAfterMs,
  });
}

/** Builds the error of a request that got no HTTP answer. */
function transportError(e: unknown, timedOut: boolean, url: string, opts: TransportOptions): OddsApiError {
  const ax = axios.isAxiosError(e) ? e : null;
  const axCode = ax?.code ?? null;
  let code: OddsApiErrorCode = 'NETWORK';
  if (axCode === 'ERR_BAD_RESPONSE' && /maxContentLength/.test(ax?.message ?? '')) code = 'RESPONSE_TOO_LARGE';
  else if (timedOut || axCode === 'ECONNABORTED' || axCode === 'ETIMEDOUT') code = 'TIMEOUT';
  else if (axCode === 'ERR_BAD_RESPONSE') code = 'MALFORMED_RESPONSE';
  const raw = e instanceof Error ? e.message : String(e);
  const detail =
    code === 'RESPONSE_TOO_LARGE'
      ? `body cut off after ${opts.maxBodyBytes ?? MAX_BODY_BYTES} bytes (no real answer is this large)`
      : redactAll(excerpt(`${axCode ?? 'error'}: ${raw}`), opts.apiKey);
  return new OddsApiError({ code, httpStatus: null, apiErrorCode: null, quota: NO_QUOTA, url, detail, timeoutMs: opts.timeoutMs });
}

/** The error of a request stopped through `signal` (the reason, e.g. "stopped", in detail). */
function abortedError(url: string, signal: AbortSignal): OddsApiError {
  const r: unknown = signal.reason;
  const why = r instanceof Error ? r.message : typeof r === 'string' ? r : 'aborted';
  return new OddsApiError({ code: 'ABORTED', httpStatus: null, apiErrorCode: null, quota: NO_QUOTA, url, detail: excerpt(why, 200) });
}

/** Waits `ms` with the injected sleep, or less when `signal` aborts. */
async function waitUnlessAborted(sleep: (ms: number) => Promise<void>, ms: number, signal?: AbortSignal): Promise<void> {
  if (!signal) return sleep(ms);
  if (signal.aborted) return;
  let onAbort = () => {};
  const aborted = new Promise<void>((resolve) => {
    onAbort = () => resolve();
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([sleep(ms), aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

function malformed(res: AxiosResponse<string>, quota: Quota, url: string, secret: string, detail: string): OddsApiError {
  return new OddsApiError({
    code: 'MALFORMED_RESPONSE',
    httpStatus: res.status,
    apiErrorCode: null,
    quota,
    url,
    detail: redactAll(detail, secret),
  });
}

/** A problem found in a body: where (path) and what. */
export interface ParseIssue {
  path: PropertyKey[];
  message: string;
}

/** What validates a body: a zod schema fits, and so does the fast /odds parser. */
export interface BodyParser<T> {
  safeParse(json: unknown): { success: true; data: T } | { success: false; error: { issues: ParseIssue[] } };
}

/** One attempt: resolves with the validated body or rejects with an OddsApiError. */
async function attempt<T>(fullUrl: string, url: string, schema: BodyParser<T>, opts: TransportOptions): Promise<TransportResult<T>> {
  const deadline = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([deadline, opts.signal]) : deadline;
  let res: AxiosResponse<string>;
  try {
    res = await axios.get<string>(fullUrl, {
      responseType: 'text',
      transformResponse: [(d: unknown) => d],
      validateStatus: () => true,
      timeout: opts.timeoutMs,
      signal,
      // A redirect would carry the key in its query string to wherever it points.
      maxRedirects: 0,
      // Streamed and aborted past the cap (decompressed bytes count), see MAX_BODY_BYTES.
      maxContentLength: opts.maxBodyBytes ?? MAX_BODY_BYTES,
      // axios sends https requests to an env proxy without a CONNECT tunnel, i.e. the key in clear.
      proxy: false,
      headers: { Accept: 'application/json' },
    });
  } catch (e) {
    if (opts.signal?.aborted) throw abortedError(url, opts.signal);
    throw transportError(e, deadline.aborted, url, opts);
  }
  const quota = parseQuota(res.headers as Record<string, unknown>);
  if (res.status < 200 || res.status > 299) throw httpError(res, quota, url, opts.apiKey);
  const text = typeof res.data === 'string' ? res.data : '';
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw malformed(res, quota, url, opts.apiKey, `not JSON (${text.length} chars): ${excerpt(text)}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
    throw malformed(res, quota, url, opts.apiKey, `unexpected shape: ${issues.join('; ')}`);
  }
  return { body: parsed.data, quota, httpStatus: res.status, url };
}

/**
 * GETs `fullUrl` (which carries the key) and validates the JSON body with `schema`.
 * Retries at most `maxRetries` times, only for retryable errors; a 429's Retry-After is the wait
 * when given (over MAX_RETRY_AFTER_MS: no retry in this call), else backoff. `signal` aborts
 * the request in flight and the wait (ABORTED, never retried). Rejects with an OddsApiError whose texts are all redacted.
 */
export async function getJson<T>(fullUrl: string, schema: BodyParser<T>, opts: TransportOptions): Promise<TransportResult<T>> {
  const url = redactAll(fullUrl, opts.apiKey);
  for (let n = 0; ; n++) {
    if (opts.signal?.aborted) throw abortedError(url, opts.signal);
    const started = Date.now();
    try {
      const result = await attempt(fullUrl, url, schema, opts);
      opts.logger?.info(`The Odds API GET ${url} → ${result.httpStatus}`, {
        httpStatus: result.httpStatus,
        ms: Date.now() - started,
        quota: result.quota,
        attempt: n + 1,
      });
      return result;
    } catch (e) {
      const err = e instanceof OddsApiError ? e : transportError(e, false, url, opts);
      const waitTooLong = err.retryAfterMs !== null && err.retryAfterMs > MAX_RETRY_AFTER_MS;
      if (!err.retryable || n >= opts.maxRetries || waitTooLong || opts.signal?.aborted) {
        opts.logger?.warn(`The Odds API GET ${url} failed: ${err.code}`, { ...err.toJSON(), attempts: n + 1 });
        throw err;
      }
      // The API's own Retry-After wins over our backoff (never less than it asks).
      const delay = err.retryAfterMs !== null ? err.retryAfterMs : backoffDelay(n, opts.random);
      opts.logger?.warn(`The Odds API GET ${url}: ${err.code}, retry ${n + 1}/${opts.maxRetries} in ${delay} ms`, {
        code: err.code,
        httpStatus: err.httpStatus,
        detail: err.detail,
        quota: err.quota,
      });
      await waitUnlessAborted(opts.sleep, delay, opts.signal);
    }
  }
}
