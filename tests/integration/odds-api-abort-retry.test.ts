/**
 * Retries that never hang the user, against loopback servers: Retry-After on 429 is the wait,
 * a redirect is not followed, a silent upstream is abandoned as soon as the run is stopped
 * (stop, quit) or passes its deadline, and a wait between retries is cut short by an abort.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/create-core';
import { createOddsApiClient, OddsApiError } from '../../electron/core/providers/odds-api';
import { createMemorySecretStore } from '../../electron/core/settings/secret-store';
import { createMemorySettingsBackend } from '../../electron/core/settings/settings-service';
import { ManualTime } from '../../electron/core/util/clock';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { tempDir } from '../helpers/fixtures';

const KEY = 'abcdef0123456789abcdef0123456789';
const log = createLogger('test', { sinks: [silentSink] });
const servers: Server[] = [];

async function serve(
  handler: (req: IncomingMessage, res: ServerResponse, n: number) => void,
): Promise<{ url: string; count: () => number }> {
  let n = 0;
  const server = createServer((req, res) => handler(req, res, ++n));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, count: () => n };
}
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e as OddsApiError,
  );
const SPORTS = '[{"key":"soccer_epl","group":"Soccer","title":"EPL","description":"","active":true,"has_outrights":false}]';
const ODDS = { regions: ['eu'], markets: ['h2h'] };

describe('Retry-After and redirects', () => {
  it('waits what Retry-After asks on a 429, then succeeds', async () => {
    const up = await serve((_q, res, n) => {
      if (n === 1)
        res
          .writeHead(429, { 'retry-after': '7', 'content-type': 'application/json' })
          .end('{"message":"slow down","error_code":"EXCEEDED_FREQ_LIMIT"}');
      else res.writeHead(200, { 'content-type': 'application/json' }).end(SPORTS);
    });
    const sleeps: number[] = [];
    const api = createOddsApiClient({ baseUrl: up.url, apiKey: KEY, sleep: async (ms) => void sleeps.push(ms) });
    const r = await api.getSports();
    expect(r.data).toHaveLength(1);
    expect(sleeps).toEqual([7000]);
    expect(up.count()).toBe(2);
  });

  it('gives up at once when Retry-After asks for longer than a run can wait', async () => {
    const up = await serve((_q, res) => res.writeHead(429, { 'retry-after': '3600' }).end(''));
    const sleeps: number[] = [];
    const api = createOddsApiClient({ baseUrl: up.url, apiKey: KEY, sleep: async (ms) => void sleeps.push(ms) });
    const err = await failure(api.getSports());
    expect(err.code).toBe('EXCEEDED_FREQ_LIMIT');
    expect(err.retryAfterMs).toBe(3_600_000);
    expect(sleeps).toEqual([]);
    expect(up.count()).toBe(1);
  });

  it('never follows a redirect (it would carry the key elsewhere)', async () => {
    const elsewhere = await serve((_q, res) => res.end('[]'));
    const up = await serve((_q, res) => res.writeHead(302, { location: `${elsewhere.url}/v4/sports` }).end());
    const err = await failure(createOddsApiClient({ baseUrl: up.url, apiKey: KEY, maxRetries: 0 }).getSports());
    expect(err.code).toBe('UNEXPECTED_STATUS');
    expect(elsewhere.count()).toBe(0);
  });
});

describe('aborting', () => {
  it('abandons a request to a silent upstream as soon as the signal aborts', async () => {
    const ctl = new AbortController();
    const up = await serve(() => ctl.abort('stopped')); // never answers
    const api = createOddsApiClient({ baseUrl: up.url, apiKey: KEY, signal: ctl.signal, timeoutMs: 600_000 });
    const err = await failure(api.getOdds('soccer_epl', ODDS));
    expect(err.code).toBe('ABORTED');
    expect(err.retryable).toBe(false);
    expect(up.count()).toBe(1);
  });

  it('cuts a wait between retries short', async () => {
    const ctl = new AbortController();
    const up = await serve((_q, res) => res.writeHead(503).end());
    const api = createOddsApiClient({
      baseUrl: up.url,
      apiKey: KEY,
      signal: ctl.signal,
      sleep: () => {
        ctl.abort('quit');
        return new Promise(() => undefined); // would wait forever
      },
    });
    const err = await failure(api.getSports());
    expect(err.code).toBe('ABORTED');
    expect(err.detail).toBe('quit');
    expect(up.count()).toBe(1);
  });

  async function hangingCore(onRequest: (core: Awaited<ReturnType<typeof createCore>>) => void, time?: ManualTime) {
    let core!: Awaited<ReturnType<typeof createCore>>;
    const up = await serve(() => onRequest(core));
    core = await createCore({
      dataDir: tempDir(),
      host: 'headless',
      version: 'test',
      log,
      envBaseUrl: up.url,
      requestGapMs: 0,
      clock: time,
      scheduler: time,
      secrets: createMemorySecretStore({ oddsApiKey: KEY }),
      settingsBackend: createMemorySettingsBackend({ sports: ['soccer_epl', 'soccer_france_ligue_one'] }),
    });
    return { core, up };
  }

  it('stop() ends a collection run waiting on a silent upstream, and records why', async () => {
    const { core, up } = await hangingCore((c) => c.collector().stop());
    const run = await core.collector().runNow('manual');
    expect(run.status).toBe('failed');
    expect(run.errorCode).toBe('ABORTED');
    expect(run.errorMessage).toMatch(/stopped/);
    expect(up.count()).toBe(1); // the second sport was not requested
    await core.close();
  });

  it('quitting while a request hangs closes promptly', async () => {
    let closing: Promise<void> | null = null;
    const { core } = await hangingCore((c) => void (closing = c.close()));
    const run = await core.collector().runNow('manual');
    expect(run.errorCode).toBe('ABORTED');
    await closing;
  });

  it('a run that passes its total deadline is stopped and says so', async () => {
    const time = new ManualTime(Date.UTC(2026, 0, 1));
    const { core } = await hangingCore(() => void time.set(time.now() + 6 * 60_000), time);
    const run = await core.collector().runNow('manual');
    expect(run.status).toBe('failed');
    expect(run.errorCode).toBe('ABORTED');
    expect(run.errorMessage).toMatch(/took longer than 300 s/);
    expect(core.collector().status().lastError?.action).toMatch(/time limit/);
    await core.close();
  });
});
