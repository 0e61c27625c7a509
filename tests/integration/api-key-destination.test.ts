/**
 * The API key only goes to https or to http on loopback. A capture server on 127.0.0.1 is
 * reached as http://0.0.0.0:PORT (Linux routes 0.0.0.0 to this machine, but it is not a loopback
 * address the policy allows): it must never see a request, whichever way the address was set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCore, type Core } from '../../electron/core/create-core';
import { dispatch } from '../../electron/core/handlers/dispatch';
import { createMemorySecretStore } from '../../electron/core/settings/secret-store';
import { createMemorySettingsBackend } from '../../electron/core/settings/settings-service';
import { createOddsApiClient } from '../../electron/core/providers/odds-api/client';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { keyUnsafeUrlReason } from '../../shared/ipc/key-safe-url';
import { tempDir } from '../helpers/fixtures';

const KEY = 'abcdef0123456789abcdef0123456789';
const log = createLogger('test', { sinks: [silentSink] });
const seen: string[] = [];
let capture: Server;
let port: number;
const cores: Core[] = [];

beforeAll(async () => {
  capture = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
  });
  await new Promise<void>((r) => capture.listen(0, '127.0.0.1', () => r()));
  port = (capture.address() as AddressInfo).port;
});
afterAll(async () => {
  for (const c of cores) await c.close();
  await new Promise((r) => capture.close(r));
});

async function realCore(envBaseUrl?: string): Promise<Core> {
  const core = await createCore({
    dataDir: tempDir(),
    host: 'headless',
    version: 'test',
    log,
    envBaseUrl,
    requestGapMs: 0,
    secrets: createMemorySecretStore({ oddsApiKey: KEY }),
    settingsBackend: createMemorySettingsBackend(),
  });
  cores.push(core);
  return core;
}

describe('where the API key may go', () => {
  it.each([
    ['https://api.the-odds-api.com', true],
    ['http://127.0.0.1:4000', true],
    ['http://localhost:4000/v4', true],
    ['http://[::1]:4000', true],
    ['http://0.0.0.0:4000', false],
    ['http://api.the-odds-api.com', false],
    ['http://192.168.1.10', false],
    ['ftp://127.0.0.1', false],
    ['http://127.0.0.1.nip.io', false],
    ['not a url', false],
  ])('%s → allowed %s', (url, allowed) => expect(keyUnsafeUrlReason(url) === null).toBe(allowed));

  it('settings:update refuses a plain-http base URL off loopback, naming the field, and keeps the old one', async () => {
    const core = await realCore();
    const res = await dispatch(core.handlers, 'settings:update', { baseUrl: `http://0.0.0.0:${port}` });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('INVALID_REQUEST');
    expect(res.error.message).toMatch(/baseUrl.*only sent over https/);
    expect(core.settings.get().baseUrl).toBe('https://api.the-odds-api.com');
    expect(seen).toEqual([]);
  });

  it('ODDS_API_BASE_URL off loopback: test-key and a collection say why and send nothing', async () => {
    const core = await realCore(`http://0.0.0.0:${port}`);
    const res = await dispatch(core.handlers, 'settings:test-key', {});
    expect(res.ok).toBe(true);
    const test = res as { ok: true; value: { ok: boolean; message: string } };
    expect(test.value.ok).toBe(false);
    expect(test.value.message).toMatch(/not https.*key was not sent/);
    const run = await core.collector().runNow('manual');
    expect(run.status).toBe('failed');
    expect(run.errorCode).toBe('INSECURE_BASE_URL');
    expect(core.collector().status().lastError?.action).toMatch(/https/);
    expect(seen).toEqual([]);
  });

  it('http on loopback still works (the simulator, tests)', async () => {
    const api = createOddsApiClient({ baseUrl: `http://127.0.0.1:${port}`, apiKey: KEY, maxRetries: 0 });
    await api.getSports();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain(KEY);
  });
});
