/**
 * A collection hanging on the network (a real loopback server that accepts the request and
 * never answers) must not hold anything up: quitting the desktop app aborts its requests and
 * closes the database at once, and a demo/real switch in Settings replies at once.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { createCore, type Core } from '../../electron/core/create-core';
import { dispatch } from '../../electron/core/handlers/dispatch';
import { createMemorySettingsBackend } from '../../electron/core/settings/settings-service';
import { createMemorySecretStore } from '../../electron/core/settings/secret-store';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { tempDir } from '../helpers/fixtures';
import { launchMain, started, waitFor } from './load-main';

const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const log = createLogger('test', { sinks: [silentSink] });

/** A server that takes every request and never answers; counts requests and closed sockets. */
let server: Server;
let url: string;
const seen = { requests: 0, closedUnanswered: 0 };
beforeEach(async () => {
  seen.requests = 0;
  seen.closedUnanswered = 0;
  server = createServer((req: IncomingMessage) => {
    seen.requests++;
    req.socket.on('close', () => seen.closedUnanswered++);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

async function hangingCore(): Promise<Core> {
  const core = await createCore({
    dataDir: tempDir(),
    host: 'electron',
    version: 'test',
    log,
    secrets: createMemorySecretStore({ oddsApiKey: KEY }),
    settingsBackend: createMemorySettingsBackend({ baseUrl: url, sports: ['soccer_epl', 'basketball_nba'] }),
    requestGapMs: 0,
  });
  expect(core.settings.get().demoMode).toBe(false);
  core.start();
  await waitFor(() => seen.requests > 0, 'the collection to reach the server');
  return core;
}

it('closing the core aborts the hanging request and closes the database', async () => {
  const core = await hangingCore();
  const db = core.workspace().db;
  await core.close();
  expect(db.open).toBe(false);
  await waitFor(() => seen.closedUnanswered === seen.requests, 'the request to be cancelled');
  expect(seen.requests).toBe(1); // aborted, not retried, no next sport
});

it('switching to demo while a collection hangs replies at once and runs the demo', async () => {
  const core = await hangingCore();
  try {
    const res = await dispatch(core.handlers, 'settings:update', { forceDemo: true }, log);
    expect(res).toMatchObject({ ok: true, value: { demoMode: true } });
    expect(core.workspace().mode).toBe('demo');
    await waitFor(() => seen.closedUnanswered === seen.requests, 'the request to be cancelled');
    const runs = await dispatch(core.handlers, 'collector:get-status', {}, log);
    expect(runs).toMatchObject({ ok: true, value: { demo: true } });
  } finally {
    await core.close();
  }
});

it('quitting the desktop app during a hanging collection exits with the database closed and no failure logged', async () => {
  const l = launchMain({ env: { ODDS_API_KEY: KEY, ODDS_API_BASE_URL: url } });
  try {
    await started(l, CHANNELS);
    await waitFor(() => seen.requests > 0, 'the collection to reach the server');
    l.fake.module.app.quit();
    await waitFor(() => l.fake.state.exited, 'the app to exit');
    expect(l.fake.state.exitCode).toBe(0);
    // the server hears the socket close a moment after the client dropped it
    await waitFor(() => seen.closedUnanswered === seen.requests, 'the request to be cancelled');
    const logText = readFileSync(join(l.root, 'logs', 'main.log'), 'utf8');
    expect(logText).toMatch(/stopped/);
    expect(logText).not.toMatch(/shutdown failed/);
  } finally {
    await l.dispose();
  }
});
