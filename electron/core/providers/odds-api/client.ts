/**
 * The Odds API v4 client: builds the request URLs, sends them through the retrying transport and
 * returns normalized data with the quota of the answer. See README.md in this folder.
 */
import type { NormalizedEvent, NormalizedScoreEvent, NormalizedSport, ProviderResponse } from '../types';
import { distinctKeys } from './cost';
import { OddsApiError } from './errors';
import { normalizeEvents, normalizeScores, normalizeSports, type NormalizeOddsOptions, type OddsFormat } from './normalize';
import { redactAll, redactUrl } from './redact';
import { eventOddsParser, oddsEventsParser } from './fast-odds-parser';
import { formatCommenceTime } from './time';
import { getJson, type OddsApiLogger, type TransportOptions } from './transport';
import { wireEventsSchema, wireScoreEventsSchema, wireSportsSchema } from './wire-schemas';
import { keyUnsafeUrlReason } from '../../../../shared/ipc/key-safe-url';

export { estimateOddsCost, type OddsCostInput } from './cost';
export { formatCommenceTime } from './time';
export type { OddsApiLogger } from './transport';

/** Settings of createOddsApiClient. */
export interface OddsApiClientOptions {
  /** Host, e.g. `https://api.the-odds-api.com` (a trailing `/v4` is accepted too). */
  baseUrl: string;
  apiKey: string;
  /** Per attempt, whole request included. Default 15000. */
  timeoutMs?: number;
  /** Retries of 429 / 5xx / timeout / network failures. Default 3. */
  maxRetries?: number;
  /** Waits between retries; injectable for tests. Default: setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  logger?: OddsApiLogger;
  /** Aborts every request in flight and every wait between retries (ABORTED). */
  signal?: AbortSignal;
  /** Bodies past this are cut off (RESPONSE_TOO_LARGE). Default MAX_BODY_BYTES (64 MiB). */
  maxBodyBytes?: number;
}

/** Query of `GET /v4/sports/{sport}/odds`. Times are epoch ms. `bookmakers` win over `regions`. */
export interface OddsQuery {
  regions?: string[];
  bookmakers?: string[];
  markets: string[];
  oddsFormat?: OddsFormat;
  commenceTimeFrom?: number;
  commenceTimeTo?: number;
  eventIds?: string[];
}

/** Query of `GET /v4/sports/{sport}/events/{eventId}/odds` (any market key, props included). */
export type EventOddsQuery = Pick<OddsQuery, 'regions' | 'bookmakers' | 'markets' | 'oddsFormat'>;

/** Query of `GET /v4/sports/{sport}/events` (free). */
export interface EventsQuery {
  commenceTimeFrom?: number;
  commenceTimeTo?: number;
  eventIds?: string[];
}

/** Query of `GET /v4/sports/{sport}/scores` (1 credit; 2 with daysFrom). */
export interface ScoresQuery {
  daysFrom?: 1 | 2 | 3;
  eventIds?: string[];
}

/** The client. Every method rejects with an OddsApiError (redacted) on failure. */
export interface OddsApiClient {
  getSports(q?: { all?: boolean }): Promise<ProviderResponse<NormalizedSport[]>>;
  getEvents(sport: string, q?: EventsQuery): Promise<ProviderResponse<NormalizedEvent[]>>;
  getOdds(sport: string, q: OddsQuery): Promise<ProviderResponse<NormalizedEvent[]>>;
  getEventOdds(sport: string, eventId: string, q: EventOddsQuery): Promise<ProviderResponse<NormalizedEvent>>;
  getScores(sport: string, q?: ScoresQuery): Promise<ProviderResponse<NormalizedScoreEvent[]>>;
}

type Params = Record<string, string | undefined>;

const list = (keys: readonly string[] | undefined): string | undefined => {
  const d = distinctKeys(keys);
  return d.length > 0 ? d.join(',') : undefined;
};
const time = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : formatCommenceTime(ms));

/**
 * Creates a client of The Odds API v4. A `baseUrl` the key must not go to (not https, not http on
 * loopback — see keyUnsafeUrlReason) gives a client whose every call rejects with
 * INSECURE_BASE_URL before anything is sent; that is also what callers record and show.
 */
export function createOddsApiClient(opts: OddsApiClientOptions): OddsApiClient {
  const unsafe = keyUnsafeUrlReason(opts.baseUrl);
  if (unsafe) return refusingClient(opts.baseUrl, unsafe);
  const root = new URL(opts.baseUrl.trim()).toString().replace(/\/+$/, '').replace(/\/v4$/, '');
  const transport: TransportOptions = {
    apiKey: opts.apiKey,
    timeoutMs: opts.timeoutMs ?? 15_000,
    maxRetries: Math.max(0, opts.maxRetries ?? 3),
    sleep: opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    logger: opts.logger,
    signal: opts.signal,
    maxBodyBytes: opts.maxBodyBytes,
  };

  const buildUrl = (path: string, params: Params): string => {
    const u = new URL(`${root}/v4${path}`);
    u.searchParams.set('apiKey', opts.apiKey);
    for (const [k, v] of Object.entries(params)) if (v !== undefined) u.searchParams.set(k, v);
    return u.toString();
  };

  /** A request refused before sending it (it would only earn a 4xx, possibly billed). */
  const refuse = (path: string, detail: string): OddsApiError =>
    new OddsApiError({
      code: 'INVALID_PARAMETER',
      httpStatus: null,
      apiErrorCode: null,
      quota: { remaining: null, used: null, last: null },
      url: redactAll(buildUrl(path, {}), opts.apiKey),
      detail,
    });

  const checkWindow = (path: string, from?: number, to?: number): void => {
    for (const t of [from, to]) if (t !== undefined && !Number.isFinite(t)) throw refuse(path, 'commenceTime is not a time');
    if (from !== undefined && to !== undefined && to <= from) throw refuse(path, 'commenceTimeTo must be later than commenceTimeFrom');
  };

  const checkOdds = (path: string, q: EventOddsQuery): void => {
    if (!list(q.markets)) throw refuse(path, 'at least one market is required');
    if (!list(q.bookmakers) && !list(q.regions)) throw refuse(path, 'regions or bookmakers are required');
  };

  const oddsParams = (q: EventOddsQuery): Params => {
    const bookmakers = list(q.bookmakers);
    return {
      ...(bookmakers ? { bookmakers } : { regions: list(q.regions) }),
      markets: list(q.markets),
      oddsFormat: q.oddsFormat ?? 'decimal',
    };
  };

  const normalizeOptions = (q: EventOddsQuery, url: string): NormalizeOddsOptions => {
    let dropped = 0;
    return {
      oddsFormat: q.oddsFormat ?? 'decimal',
      onDroppedOutcome: (info) => {
        if (dropped++ === 0) opts.logger?.warn(`The Odds API GET ${url}: outcome with an impossible price dropped`, info);
      },
    };
  };

  const sportPath = (sport: string) => `/sports/${encodeURIComponent(sport)}`;

  return {
    async getSports(q = {}) {
      const r = await getJson(buildUrl('/sports', { all: q.all === undefined ? undefined : String(q.all) }), wireSportsSchema, transport);
      return { data: normalizeSports(r.body), quota: r.quota, httpStatus: r.httpStatus, url: r.url };
    },

    async getEvents(sport, q = {}) {
      const path = `${sportPath(sport)}/events`;
      checkWindow(path, q.commenceTimeFrom, q.commenceTimeTo);
      const params = { commenceTimeFrom: time(q.commenceTimeFrom), commenceTimeTo: time(q.commenceTimeTo), eventIds: list(q.eventIds) };
      const r = await getJson(buildUrl(path, params), wireEventsSchema, transport);
      return { data: normalizeEvents(r.body), quota: r.quota, httpStatus: r.httpStatus, url: r.url };
    },

    async getOdds(sport, q) {
      const path = `${sportPath(sport)}/odds`;
      checkOdds(path, q);
      checkWindow(path, q.commenceTimeFrom, q.commenceTimeTo);
      const params = {
        ...oddsParams(q),
        commenceTimeFrom: time(q.commenceTimeFrom),
        commenceTimeTo: time(q.commenceTimeTo),
        eventIds: list(q.eventIds),
      };
      const url = buildUrl(path, params);
      const r = await getJson(url, oddsEventsParser(normalizeOptions(q, redactUrl(url))), transport);
      return { data: r.body, quota: r.quota, httpStatus: r.httpStatus, url: r.url };
    },

    async getEventOdds(sport, eventId, q) {
      const path = `${sportPath(sport)}/events/${encodeURIComponent(eventId)}/odds`;
      checkOdds(path, q);
      const url = buildUrl(path, oddsParams(q));
      const r = await getJson(url, eventOddsParser(normalizeOptions(q, redactUrl(url))), transport);
      return { data: r.body, quota: r.quota, httpStatus: r.httpStatus, url: r.url };
    },

    async getScores(sport, q = {}) {
      const path = `${sportPath(sport)}/scores`;
      if (q.daysFrom !== undefined && ![1, 2, 3].includes(q.daysFrom)) throw refuse(path, 'daysFrom must be 1, 2 or 3');
      const params = { daysFrom: q.daysFrom === undefined ? undefined : String(q.daysFrom), eventIds: list(q.eventIds) };
      const r = await getJson(buildUrl(path, params), wireScoreEventsSchema, transport);
      const data = normalizeScores(r.body, (info) => opts.logger?.warn(`The Odds API GET ${r.url}: scores that are not numbers`, info));
      return { data, quota: r.quota, httpStatus: r.httpStatus, url: r.url };
    },
  };
}

/** A client that sends nothing: the key must not go to this base URL. */
function refusingClient(baseUrl: string, why: string): OddsApiClient {
  const fail = async (): Promise<never> => {
    let shown = baseUrl.slice(0, 200);
    try {
      const u = new URL(baseUrl);
      shown = `${u.protocol}//${u.host}`;
    } catch {
      // not a URL: shown as given (it cannot hold the key: the key is added to the query later)
    }
    throw new OddsApiError({
      code: 'INSECURE_BASE_URL',
      httpStatus: null,
      apiErrorCode: null,
      quota: { remaining: null, used: null, last: null },
      url: shown,
      detail: why,
    });
  };
  return { getSports: fail, getEvents: fail, getOdds: fail, getEventOdds: fail, getScores: fail };
}
