/**
 * The one error type of The Odds API client. It is built by the client from plain values — it never
 * holds an axios config, request or response (those contain the key in the URL) — and every text
 * in it is already redacted.
 */
import type { Quota } from '../types';
import { redactUrl } from './redact';

/** What went wrong, classified by the API's `error_code` first and the HTTP status second. */
export type OddsApiErrorCode =
  | 'MISSING_KEY'
  | 'INSECURE_BASE_URL'
  | 'INVALID_KEY'
  | 'DEACTIVATED_KEY'
  | 'OUT_OF_USAGE_CREDITS'
  | 'HISTORICAL_UNAVAILABLE'
  | 'UNKNOWN_SPORT'
  | 'EVENT_NOT_FOUND'
  | 'INVALID_MARKET'
  | 'INVALID_REGION'
  | 'INVALID_PARAMETER'
  | 'EXCEEDED_FREQ_LIMIT'
  | 'SERVER_ERROR'
  | 'TIMEOUT'
  | 'NETWORK'
  | 'MALFORMED_RESPONSE'
  /** Cancelled by us (closing, collection stopped, run deadline): not retried. */
  | 'ABORTED'
  | 'RESPONSE_TOO_LARGE'
  | 'UNEXPECTED_STATUS';

/** Codes worth retrying with backoff; every other code fails the same way again (and may be billed). */
const RETRYABLE: ReadonlySet<OddsApiErrorCode> = new Set(['EXCEEDED_FREQ_LIMIT', 'SERVER_ERROR', 'TIMEOUT', 'NETWORK']);

/** Wire `error_code` → our code. Codes not listed fall back to the HTTP status. */
const API_CODES: Readonly<Record<string, OddsApiErrorCode>> = {
  MISSING_KEY: 'MISSING_KEY',
  INVALID_KEY: 'INVALID_KEY',
  DEACTIVATED_KEY: 'DEACTIVATED_KEY',
  OUT_OF_USAGE_CREDITS: 'OUT_OF_USAGE_CREDITS',
  HISTORICAL_UNAVAILABLE_ON_FREE_USAGE_PLAN: 'HISTORICAL_UNAVAILABLE',
  UNKNOWN_SPORT: 'UNKNOWN_SPORT',
  EVENT_NOT_FOUND: 'EVENT_NOT_FOUND',
  INVALID_MARKET: 'INVALID_MARKET',
  INVALID_MARKET_COMBO: 'INVALID_MARKET',
  MISSING_MARKET: 'INVALID_MARKET',
  INVALID_REGION: 'INVALID_REGION',
  MISSING_REGION: 'INVALID_REGION',
  EXCEEDED_FREQ_LIMIT: 'EXCEEDED_FREQ_LIMIT',
};

/** The user-facing sentence of each code (technical detail goes to `detail`). */
function sentence(code: OddsApiErrorCode, httpStatus: number | null, timeoutMs?: number): string {
  switch (code) {
    case 'INSECURE_BASE_URL':
      return 'The Odds API address is not https (nor this computer): the key was not sent — fix the address in Settings or ODDS_API_BASE_URL';
    case 'MISSING_KEY':
      return 'No key for The Odds API is set — open Settings and enter it';
    case 'INVALID_KEY':
      return 'The Odds API key was refused — open Settings and check it';
    case 'DEACTIVATED_KEY':
      return 'The Odds API key is deactivated (the subscription ended) — renew it or enter another key in Settings';
    case 'OUT_OF_USAGE_CREDITS':
      return 'The monthly credits of The Odds API are used up — collection resumes when they reset on the 1st';
    case 'HISTORICAL_UNAVAILABLE':
      return 'Historical odds are only available on a paid plan of The Odds API';
    case 'UNKNOWN_SPORT':
      return 'The Odds API does not know this sport or league (tournament keys exist only while they run) — check the league';
    case 'EVENT_NOT_FOUND':
      return 'The Odds API no longer lists this event — it has probably finished';
    case 'INVALID_MARKET':
      return 'The Odds API refused a market of this request — only h2h, spreads, totals and outrights work for a whole league';
    case 'INVALID_REGION':
      return 'The Odds API refused the regions or bookmakers of this request — check them in Settings';
    case 'INVALID_PARAMETER':
      return 'The Odds API refused a parameter of this request';
    case 'EXCEEDED_FREQ_LIMIT':
      return 'The Odds API asked us to slow down (too many requests at once)';
    case 'SERVER_ERROR':
      return `The Odds API is having trouble${httpStatus ? ` (HTTP ${httpStatus})` : ''} — it will be tried again later`;
    case 'TIMEOUT':
      return `The Odds API did not answer${timeoutMs ? ` within ${Math.round(timeoutMs / 100) / 10} s` : ' in time'} — check the connection`;
    case 'NETWORK':
      return 'The Odds API could not be reached — check the internet connection';
    case 'ABORTED':
      return 'The request to The Odds API was cancelled (MON_PS is closing, collection stopped or the run ran out of time)';
    case 'RESPONSE_TOO_LARGE':
      return 'The Odds API sent an answer far larger than any real one — it was cut off, nothing was stored, and it is not downloaded again';
    case 'MALFORMED_RESPONSE':
      return 'The Odds API sent an answer that could not be read';
    case 'UNEXPECTED_STATUS':
      return `The Odds API answered with an unexpected HTTP ${httpStatus ?? 'status'}`;
  }
}

/** Fields of an OddsApiError; all strings must already be redacted. */
export interface OddsApiErrorInit {
  code: OddsApiErrorCode;
  httpStatus: number | null;
  apiErrorCode: string | null;
  quota: Quota;
  url: string;
  /** Technical detail for logs: the API's message, a body excerpt, a schema issue. */
  detail?: string | null;
  /** Used in the TIMEOUT sentence. */
  timeoutMs?: number;
  /** A 429's Retry-After, in ms (null: none or unreadable). */
  retryAfterMs?: number | null;
}

/** An Odds API failure with a user-facing `message`, safe to log, serialize and show. */
export class OddsApiError extends Error {
  readonly code: OddsApiErrorCode;
  readonly httpStatus: number | null;
  /** The raw `error_code` of the body (e.g. INVALID_COMMENCE_TIME_FROM), null when there was none. */
  readonly apiErrorCode: string | null;
  readonly quota: Quota;
  readonly retryable: boolean;
  /** The request URL with the key replaced by REDACTED. */
  readonly url: string;
  /** Technical detail (redacted, short) for logs; not meant for the bettor. */
  readonly detail: string | null;
  /** How long the API asked us to wait before the next request (Retry-After), when it said. */
  readonly retryAfterMs: number | null;

  constructor(init: OddsApiErrorInit) {
    super(sentence(init.code, init.httpStatus, init.timeoutMs));
    this.name = 'OddsApiError';
    this.code = init.code;
    this.httpStatus = init.httpStatus;
    this.apiErrorCode = init.apiErrorCode;
    this.quota = { ...init.quota };
    this.retryable = RETRYABLE.has(init.code);
    this.url = redactUrl(init.url);
    this.detail = init.detail ?? null;
    this.retryAfterMs = init.retryAfterMs ?? null;
  }

  /** A plain, redacted object (no stack, no cause) for logs and IPC. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      httpStatus: this.httpStatus,
      apiErrorCode: this.apiErrorCode,
      quota: this.quota,
      retryable: this.retryable,
      url: this.url,
      detail: this.detail,
      retryAfterMs: this.retryAfterMs,
    };
  }
}

/**
 * Classifies an HTTP error answer: by `error_code` when the body has one, else by status.
 * A 401 without a known code means "credits used up" when the quota says 0 remain, else a bad key.
 */
export function classifyHttpError(httpStatus: number, apiErrorCode: string | null, quota: Quota): OddsApiErrorCode {
  if (apiErrorCode) {
    const known = API_CODES[apiErrorCode];
    if (known) return known;
    if (apiErrorCode.startsWith('HISTORICAL_UNAVAILABLE')) return 'HISTORICAL_UNAVAILABLE';
    if (httpStatus === 400 || httpStatus === 422) return 'INVALID_PARAMETER';
  }
  if (httpStatus === 401) return quota.remaining === 0 ? 'OUT_OF_USAGE_CREDITS' : 'INVALID_KEY';
  if (httpStatus === 400 || httpStatus === 422) return 'INVALID_PARAMETER';
  if (httpStatus === 429) return 'EXCEEDED_FREQ_LIMIT';
  if (httpStatus >= 500 && httpStatus <= 599) return 'SERVER_ERROR';
  return 'UNEXPECTED_STATUS';
}
