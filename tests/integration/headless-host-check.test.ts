/**
 * DNS rebinding against the real headless host: raw HTTP requests and WebSocket upgrades with a
 * forged Host (a name an attacker points at 127.0.0.1) or a foreign Origin are refused; the
 * addresses the host serves (127.0.0.1, localhost, [::1], the --host given) are accepted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect as netConnect } from 'node:net';
import { join } from 'node:path';
import { createCore, type Core } from '../../electron/core/create-core';
import { createMemorySecretStore } from '../../electron/core/settings/secret-store';
import { createMemorySettingsBackend } from '../../electron/core/settings/settings-service';
import { startHeadlessServer, type HeadlessServer } from '../../electron/headless/server';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { tempDir } from '../helpers/fixtures';

const log = createLogger('test', { sinks: [silentSink] });
let core: Core;
let server: HeadlessServer;
let port: number;
const staticDir = join(tempDir(), 'renderer');

beforeAll(async () => {
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>MON_PS</title>');
  core = await createCore({
    dataDir: tempDir(),
    host: 'headless',
    version: 'test',
    log,
    noSimulator: true,
    secrets: createMemorySecretStore(),
    settingsBackend: createMemorySettingsBackend(),
  });
  server = await startHeadlessServer({ core, staticDir, log });
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server.close();
  await core.close();
});

/** A GET with exactly these headers (Host included), on 127.0.0.1. */
function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, setHost: false }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A raw upgrade request; resolves with the status line the host answered. */
function rawUpgrade(host: string, origin?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = netConnect(port, '127.0.0.1', () => {
      s.write(
        `GET /ws HTTP/1.1\r\nHost: ${host}\r\n${origin ? `Origin: ${origin}\r\n` : ''}Upgrade: websocket\r\nConnection: Upgrade\r\n` +
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
      );
    });
    let got = '';
    s.on('data', (d) => {
      got += d;
      if (got.includes('\r\n')) {
        resolve(got.split('\r\n')[0]);
        s.destroy();
      }
    });
    s.on('error', reject);
  });
}

describe('Host and Origin checks', () => {
  it.each(['evil.example:PORT', 'evil.example', '127.0.0.1.nip.io:PORT', 'localhost:1', 'LOCALHOST.evil:PORT'])(
    'refuses an HTTP request with Host %s',
    async (h) => {
      const res = await rawGet('/healthz', h ? { host: h.replace('PORT', String(port)) } : {});
      expect(res.status).toBe(421);
      expect(res.body).toMatch(/Host header/);
    },
  );

  it('refuses an HTTP request without a Host header', async () => {
    expect((await rawGet('/healthz', {})).status).toBe(400); // Node's own HTTP/1.1 rule
  });

  it.each(['127.0.0.1:PORT', 'localhost:PORT', '[::1]:PORT', 'LocalHost:PORT'])('serves Host %s', async (h) => {
    const res = await rawGet('/healthz', { host: h.replace('PORT', String(port)) });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toHaveProperty('health');
  });

  it('refuses an upgrade whose Host and Origin both name the attacker (DNS rebinding)', async () => {
    const h = `evil.example:${port}`;
    expect(await rawUpgrade(h, `http://${h}`)).toMatch(/^HTTP\/1\.1 403/);
    expect(await rawUpgrade(h)).toMatch(/^HTTP\/1\.1 403/);
  });

  it('refuses an upgrade from a foreign Origin and accepts the served ones', async () => {
    const h = `127.0.0.1:${port}`;
    expect(await rawUpgrade(h, 'http://evil.example')).toMatch(/403/);
    expect(await rawUpgrade(h, 'null')).toMatch(/403/);
    expect(await rawUpgrade(h, `http://${h}`)).toMatch(/^HTTP\/1\.1 101/);
    expect(await rawUpgrade(`localhost:${port}`, `http://localhost:${port}`)).toMatch(/^HTTP\/1\.1 101/);
  });

  it('refuses a cross-origin GET of the API shell', async () => {
    const res = await rawGet('/', { host: `127.0.0.1:${port}`, origin: 'http://evil.example' });
    expect(res.status).toBe(421);
  });
});
