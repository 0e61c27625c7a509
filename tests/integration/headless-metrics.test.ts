/**
 * Prometheus /metrics on the headless host over a real socket: off by default, on with
 * `metrics: true`; on a network address the token is required (query, cookie or Bearer).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore, type Core } from '../../electron/core/create-core';
import { createMemorySecretStore } from '../../electron/core/settings/secret-store';
import { createMemorySettingsBackend } from '../../electron/core/settings/settings-service';
import { startHeadlessServer } from '../../electron/headless/server';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { tempDir } from '../helpers/fixtures';

const log = createLogger('test', { sinks: [silentSink] });
let core: Core;
const staticDir = join(tempDir(), 'renderer');

beforeAll(async () => {
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>MON_PS</title>');
  core = await createCore({
    dataDir: tempDir(),
    host: 'headless',
    version: 'test',
    log,
    secrets: createMemorySecretStore(),
    settingsBackend: createMemorySettingsBackend(),
    simulator: { minRequestIntervalMs: 0 },
    requestGapMs: 0,
  });
  await core.collector().runNow('manual');
});
afterAll(() => core.close());

describe('/metrics', () => {
  it('is off by default (the renderer answers, not metrics)', async () => {
    const server = await startHeadlessServer({ core, staticDir, log, metrics: false });
    const body = await (await fetch(`${server.url}metrics`)).text();
    expect(body).not.toMatch(/monps_/);
    await server.close();
  });

  it('on loopback: the collector, credit and opportunity figures in the Prometheus text format', async () => {
    const server = await startHeadlessServer({ core, staticDir, log, metrics: true });
    const res = await fetch(`${server.url}metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toMatch(/^# HELP monps_collector_runs_24h /m);
    expect(text).toMatch(/^monps_collector_runs_24h 1$/m);
    expect(text).toMatch(/^monps_demo_mode 1$/m);
    expect(text).toMatch(/^monps_open_opportunities \d+$/m);
    expect(text).toMatch(/^monps_data_age_seconds \d/m);
    expect(text).toMatch(/^monps_credits_planned_24h \d+$/m);
    expect(text).not.toMatch(/apiKey|demo\b.*key/i);
    await server.close();
  });

  it('off loopback: refused without the token, answered with a Bearer token', async () => {
    const server = await startHeadlessServer({ core, staticDir, log, metrics: true, host: '0.0.0.0', token: 'metrics-token-1234567890' });
    const url = server.url.replace('0.0.0.0', '127.0.0.1') + 'metrics';
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: 'Bearer wrong-token-000000000000' } })).status).toBe(401);
    const ok = await fetch(url, { headers: { authorization: 'Bearer metrics-token-1234567890' } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/monps_collector_health/);
    await server.close();
  });
});
