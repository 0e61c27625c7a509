/**
 * The headless host over real sockets: the typed API over a WebSocket, pushed events,
 * validation errors in the envelope, cross-origin upgrades refused, tokens off loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { createCore, type Core } from '../../electron/core/create-core';
import { createMemorySecretStore } from '../../electron/core/settings/secret-store';
import { createMemorySettingsBackend } from '../../electron/core/settings/settings-service';
import { startHeadlessServer, type HeadlessServer } from '../../electron/headless/server';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { tempDir } from '../helpers/fixtures';

const log = createLogger('test', { sinks: [silentSink] });
let core: Core;
let server: HeadlessServer;
const staticDir = join(tempDir(), 'renderer');

function connect(url: string, origin?: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, origin ? { origin } : {});
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

function call(
  ws: WebSocket,
  id: number,
  channel: string,
  req: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  return new Promise((resolve) => {
    const onMsg = (data: WebSocket.RawData) => {
      const msg = JSON.parse(String(data));
      if (msg.id === id) {
        ws.off('message', onMsg);
        resolve(msg.result);
      }
    };
    ws.on('message', onMsg);
    ws.send(JSON.stringify({ id, channel, req }));
  });
}

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
  server = await startHeadlessServer({ core, staticDir, log });
});
afterAll(async () => {
  await server.close();
  await core.close();
});

describe('headless host', () => {
  it('binds to 127.0.0.1 and serves the renderer', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('MON_PS');
    expect((await fetch(server.url + '../../etc/passwd')).status).toBe(200); // normalised to the app shell, never outside
  });

  it('answers typed requests, validates payloads and pushes events', async () => {
    const ws = await connect(server.url.replace('http', 'ws') + 'ws', server.url.slice(0, -1));
    const info = await call(ws, 1, 'app:get-info', {});
    expect(info.ok).toBe(true);
    expect((info.value as { demo: boolean }).demo).toBe(true);

    const bad = await call(ws, 2, 'settings:update', { intervalMinutes: -5 });
    expect(bad.ok).toBe(false);
    expect(bad.error?.code).toBe('INVALID_REQUEST');
    expect(bad.error?.message).toMatch(/intervalMinutes/);

    const unknown = await call(ws, 3, 'db:run-sql', { sql: 'DROP TABLE events' });
    expect(unknown.error?.code).toBe('INVALID_REQUEST');

    const pushed = new Promise<string[]>((resolve) => {
      const names: string[] = [];
      ws.on('message', (d) => {
        const m = JSON.parse(String(d));
        if (m.event) names.push(m.event);
        if (m.event === 'collector:run-finished') resolve(names);
      });
    });
    const run = await call(ws, 4, 'collector:run-now', {});
    expect(run.ok).toBe(true);
    expect((run.value as { status: string }).status).toBe('ok');
    expect(await pushed).toContain('collector:run-finished');
    const events = await call(ws, 5, 'odds:list-events', {});
    expect((events.value as unknown[]).length).toBeGreaterThan(0);
    ws.close();
  });

  it('refuses a cross-origin WebSocket upgrade', async () => {
    await expect(connect(server.url.replace('http', 'ws') + 'ws', 'http://evil.example')).rejects.toThrow(/403/);
  });

  it('refuses to listen off loopback without a token, and requires it when given', async () => {
    await expect(startHeadlessServer({ core, staticDir, log, host: '0.0.0.0', port: 0 })).rejects.toThrow(/--token/);
    const guarded = await startHeadlessServer({ core, staticDir, log, host: '127.0.0.2', port: 0, token: 'tok-123456' });
    try {
      expect((await fetch(guarded.url)).status).toBe(401);
      expect((await fetch(guarded.url + '?token=tok-123456')).status).toBe(200);
      await expect(connect(guarded.url.replace('http', 'ws') + 'ws')).rejects.toThrow(/401/);
      const ok = await connect(guarded.url.replace('http', 'ws') + 'ws?token=tok-123456');
      ok.close();
    } finally {
      await guarded.close();
    }
  });
});
