/**
 * The Odds API client's failures, each answered by a loopback HTTP server: every error body of the
 * reference mapped to its code, retries with backoff only where they help, and the key never leaks.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createOddsApiClient, OddsApiError, type OddsApiClientOptions } from '../../electron/core/providers/odds-api';

const KEY = 'c0ffee42LEAKCHECKerrors9876abcde';
const DETAILS = 'https://the-odds-api.com/liveapi/guides/v4/api-error-codes.html';
const body = (error_code: string, message: string) => JSON.stringify({ message, error_code, details_url: DETAILS });

type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;
let server: Server | null = null;
const received: URL[] = [];

/** Starts a loopback server; `n` counts requests from 1. */
async function serve(handler: Handler): Promise<string> {
  received.length = 0;
  server = createServer((req, res) => {
    received.push(new URL(req.url ?? '/', 'http://127.0.0.1'));
    handler(req, res, received.length);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterEach(async () => {
  if (!server) return;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server!.close(() => resolve()));
  server = null;
});

const reply =
  (status: number, text: string, headers: Record<string, string> = {}, type = 'application/json'): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': type, ...headers });
    res.end(text);
  };
const ODDS_OK = JSON.stringify([
  {
    id: 'e1',
    sport_key: 'soccer_epl',
    sport_title: 'EPL',
    commence_time: '2024-10-19T11:30:00Z',
    home_team: 'A',
    away_team: 'B',
    bookmakers: [],
  },
]);

/** A client with recorded sleeps and logs; nothing really waits. */
function setup(baseUrl: string, extra: Partial<OddsApiClientOptions> = {}) {
  const sleeps: number[] = [];
  const logs: { level: string; msg: string; data?: object }[] = [];
  const client = createOddsApiClient({
    baseUrl,
    apiKey: KEY,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    logger: { info: (msg, data) => logs.push({ level: 'info', msg, data }), warn: (msg, data) => logs.push({ level: 'warn', msg, data }) },
    ...extra,
  });
  return { client, sleeps, logs };
}

/** Runs the call, expects an OddsApiError and checks that the key is nowhere in it or in the logs. */
async function failure(call: Promise<unknown>, logs: unknown[]): Promise<OddsApiError> {
  const err = await call.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(OddsApiError);
  const e = err as OddsApiError;
  for (const text of [
    e.message,
    e.url,
    JSON.stringify(e),
    String(e),
    e.stack ?? '',
    inspect(e, { depth: 5 }),
    e.detail ?? '',
    JSON.stringify(logs),
  ]) {
    expect(text).not.toContain(KEY);
    expect(text).not.toContain('LEAKCHECK');
  }
  expect(e.url).toContain('apiKey=REDACTED');
  expect(Object.keys(e)).not.toContain('config');
  expect(Object.keys(e)).not.toContain('request');
  return e;
}

const getOdds = (c: ReturnType<typeof setup>['client']) => c.getOdds('soccer_epl', { regions: ['eu'], markets: ['h2h'] });

describe('odds-api client errors', () => {
  it.each([
    [
      'INVALID_KEY',
      401,
      body('INVALID_KEY', 'API key is not valid. Get an API key at https://the-odds-api.com'),
      { 'x-requests-remaining': '120' },
    ],
    ['MISSING_KEY', 401, body('MISSING_KEY', 'API key is missing'), {}],
    ['DEACTIVATED_KEY', 401, body('DEACTIVATED_KEY', 'API key is deactivated'), {}],
    [
      'HISTORICAL_UNAVAILABLE',
      401,
      body('HISTORICAL_UNAVAILABLE_ON_FREE_USAGE_PLAN', 'Historical odds are only available on paid usage plans.'),
      {},
    ],
    ['UNKNOWN_SPORT', 404, body('UNKNOWN_SPORT', 'Unknown sport'), {}],
    ['EVENT_NOT_FOUND', 404, body('EVENT_NOT_FOUND', 'Event not found'), {}],
    ['INVALID_MARKET', 422, body('INVALID_MARKET', 'Markets not supported by this endpoint: player_points'), {}],
    ['INVALID_REGION', 422, body('INVALID_REGION', 'One or more regions invalid'), {}],
    [
      'INVALID_PARAMETER',
      422,
      body('INVALID_COMMENCE_TIME_FROM', 'Invalid commenceTimeFrom parameter. The format must be YYYY-MM-DDTHH:MM:SSZ'),
      {},
    ],
  ] as const)('%s from HTTP %i, not retried', async (code, status, text, headers) => {
    const { client, sleeps, logs } = setup(await serve(reply(status, text, headers)));
    const e = await failure(getOdds(client), logs);
    expect(e.code).toBe(code);
    expect(e.httpStatus).toBe(status);
    expect(e.apiErrorCode).toBe(JSON.parse(text).error_code);
    expect(e.retryable).toBe(false);
    expect(received).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('401 OUT_OF_USAGE_CREDITS carries the zero quota and a user sentence', async () => {
    const headers = { 'x-requests-remaining': '0', 'x-requests-used': '500', 'x-requests-last': '0' };
    const { client, logs } = setup(
      await serve(
        reply(401, body('OUT_OF_USAGE_CREDITS', 'Usage quota has been reached. See usage plans at https://the-odds-api.com'), headers),
      ),
    );
    const e = await failure(getOdds(client), logs);
    expect(e.code).toBe('OUT_OF_USAGE_CREDITS');
    expect(e.quota).toEqual({ remaining: 0, used: 500, last: 0 });
    expect(e.message).toBe('The monthly credits of The Odds API are used up — collection resumes when they reset on the 1st');
  });

  it('401 INVALID_KEY without quota headers: quota unknown (null), never 0', async () => {
    const { client, logs } = setup(await serve(reply(401, body('INVALID_KEY', 'API key is not valid.'))));
    const e = await failure(client.getSports(), logs);
    expect(e.code).toBe('INVALID_KEY');
    expect(e.quota).toEqual({ remaining: null, used: null, last: null });
    expect(e.message).toBe('The Odds API key was refused — open Settings and check it');
  });

  it('429 then 200: retried once after a backed-off sleep', async () => {
    const base = await serve((req, res, n) =>
      (n === 1 ? reply(429, body('EXCEEDED_FREQ_LIMIT', 'Too many requests')) : reply(200, ODDS_OK, { 'x-requests-last': '1' }))(
        req,
        res,
        n,
      ),
    );
    const { client, sleeps } = setup(base);
    const r = await getOdds(client);
    expect(r.data).toHaveLength(1);
    expect(r.quota.last).toBe(1);
    expect(received).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThanOrEqual(1000);
    expect(sleeps[0]).toBeLessThanOrEqual(1500);
  });

  it('429 forever: gives up after maxRetries with growing waits', async () => {
    const { client, sleeps, logs } = setup(await serve(reply(429, body('EXCEEDED_FREQ_LIMIT', 'Too many requests'))), { maxRetries: 3 });
    const e = await failure(getOdds(client), logs);
    expect(e.code).toBe('EXCEEDED_FREQ_LIMIT');
    expect(e.retryable).toBe(true);
    expect(received).toHaveLength(4);
    expect(sleeps).toHaveLength(3);
    sleeps.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(1000 * 2 ** i);
      expect(ms).toBeLessThanOrEqual(1500 * 2 ** i);
    });
    expect(logs.filter((l) => l.level === 'warn')).toHaveLength(4);
  });

  it('500 then 200: retried', async () => {
    const base = await serve((req, res, n) =>
      (n === 1 ? reply(500, 'Internal Server Error', {}, 'text/plain') : reply(200, ODDS_OK))(req, res, n),
    );
    const { client, sleeps } = setup(base);
    await expect(getOdds(client)).resolves.toMatchObject({ httpStatus: 200 });
    expect(received).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
  });

  it('a server that never answers: TIMEOUT after the retries', async () => {
    const { client, sleeps, logs } = setup(await serve(() => {}), { timeoutMs: 200, maxRetries: 1 });
    const started = Date.now();
    const e = await failure(getOdds(client), logs);
    expect(e.code).toBe('TIMEOUT');
    expect(e.httpStatus).toBeNull();
    expect(e.retryable).toBe(true);
    expect(received).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('connection refused: NETWORK', async () => {
    const base = await serve(() => {});
    server!.close();
    server = null;
    const { client, logs } = setup(base, { maxRetries: 2 });
    const e = await failure(getOdds(client), logs);
    expect(e.code).toBe('NETWORK');
    expect(e.retryable).toBe(true);
  });

  it.each([
    ['malformed JSON', '{"id": nope'],
    ['truncated JSON', ODDS_OK.slice(0, 60)],
    ['an HTML page with status 200', '<html><body>Captive portal</body></html>'],
    ['an empty body', ''],
    ['the wrong shape', JSON.stringify({ data: [] })],
  ])('%s: MALFORMED_RESPONSE with a short excerpt, not retried', async (_name, text) => {
    const { client, sleeps, logs } = setup(await serve(reply(200, text, { 'x-requests-last': '1' })));
    const e = await failure(getOdds(client), logs);
    expect(e.code).toBe('MALFORMED_RESPONSE');
    expect(e.httpStatus).toBe(200);
    expect(e.quota.last).toBe(1);
    expect(e.detail).toEqual(expect.any(String));
    expect(e.detail!.length).toBeLessThan(260);
    expect(sleeps).toEqual([]);
  });

  it('HTML 502 error page echoing the URL: SERVER_ERROR, retried, redacted', async () => {
    const base = await serve((req, res) =>
      reply(502, `<html><h1>502 Bad Gateway</h1><p>${req.url}</p></html>`, {}, 'text/html')(req, res, 0),
    );
    const { client, sleeps, logs } = setup(base, { maxRetries: 2 });
    const e = await failure(getOdds(client), logs);
    expect(e.code).toBe('SERVER_ERROR');
    expect(e.apiErrorCode).toBeNull();
    expect(e.detail).toContain('apiKey=REDACTED');
    expect(sleeps).toHaveLength(2);
  });

  it('a 422 whose message quotes the key stays redacted', async () => {
    const { client, logs } = setup(await serve(reply(422, body('INVALID_EVENT_IDS', `bad ids for key ${KEY}`))));
    const e = await failure(client.getEvents('soccer_epl', { eventIds: ['x'] }), logs);
    expect(e.code).toBe('INVALID_PARAMETER');
    expect(e.apiErrorCode).toBe('INVALID_EVENT_IDS');
    expect(e.detail).toContain('REDACTED');
  });

  it('commence times go out without milliseconds; impossible requests are refused before sending', async () => {
    const { client, logs } = setup(await serve(reply(200, ODDS_OK)));
    await getOdds(client);
    await client.getOdds('soccer_epl', {
      regions: ['eu'],
      markets: ['h2h'],
      commenceTimeFrom: Date.UTC(2024, 9, 19, 11, 30, 0, 450),
      commenceTimeTo: Date.UTC(2024, 9, 20) + 1,
    });
    expect(received[1].searchParams.get('commenceTimeFrom')).toBe('2024-10-19T11:30:00Z');
    expect(received[1].searchParams.get('commenceTimeTo')).toBe('2024-10-20T00:00:00Z');
    for (const call of [
      client.getOdds('soccer_epl', { markets: ['h2h'] }),
      client.getOdds('soccer_epl', { regions: ['eu'], markets: [] }),
      client.getEvents('soccer_epl', { commenceTimeFrom: 2000, commenceTimeTo: 1000 }),
      client.getScores('soccer_epl', { daysFrom: 4 as 3 }),
    ])
      expect((await failure(call, logs)).code).toBe('INVALID_PARAMETER');
    expect(received).toHaveLength(2);
    expect(JSON.stringify(logs)).not.toContain(KEY);
  });
});
