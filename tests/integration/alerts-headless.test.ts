/**
 * End to end on the headless core with the shipped modules (the real bankroll module, the
 * alerts module reading MONPS_SMTP_URL from the environment) and a real SMTP server: a
 * bankroll below 900 € produces exactly one e-mail within two minutes, and a restart on the
 * same data folder produces no second one. Test-only settings: evaluation every second,
 * e-mail group wait 1 s (the defaults are 30 s and 30 s).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { createCore, type Core } from '../../electron/core/create-core';
import { DEFAULT_ALERT_SETTINGS } from '../../electron/core/alerts/default-rules';
import { dispatch } from '../../electron/core/handlers/dispatch';
import { createMemorySecretStore } from '../../electron/core/settings/secret-store';
import type { SettingsBackend } from '../../electron/core/settings/settings-service';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { tempDir } from '../helpers/fixtures';

const PASS = 'e2e-Smtp-pass-5521';
const raw: string[] = [];
let server: SMTPServer;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (a, _s, cb) => (a.password === PASS ? cb(null, { user: a.username }) : cb(new Error('bad login'))),
    onData(stream, _s, cb) {
      let d = '';
      stream.on('data', (c: Buffer) => (d += c.toString()));
      stream.on('end', () => (raw.push(d), cb()));
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.server.address() as AddressInfo).port;
  process.env.MONPS_SMTP_URL = `smtp://bettor:${PASS}@127.0.0.1:${port}`;
  process.env.MONPS_EMAIL_FROM = 'monps@example.com';
  process.env.MONPS_EMAIL_TO = 'me@example.com';
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function until(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return cond();
}

const dataDir = tempDir('monps-alerts-e2e-');
const backend: SettingsBackend = {
  store: { alerts: { ...DEFAULT_ALERT_SETTINGS, evalIntervalSeconds: 1, email: { ...DEFAULT_ALERT_SETTINGS.email, groupWaitSeconds: 1 } } },
};
const boot = async (): Promise<Core> => {
  const core = await createCore({
    dataDir,
    host: 'headless',
    version: 'test',
    log: createLogger('t', { sinks: [silentSink] }),
    secrets: createMemorySecretStore(),
    settingsBackend: backend,
    simulator: { minRequestIntervalMs: 0 },
    requestGapMs: 0,
  });
  core.start();
  return core;
};

describe('headless core: bankroll below 900 € → one e-mail', () => {
  it('sends exactly one e-mail within two minutes, and none more after a restart', async () => {
    const core = await boot();
    const dep = await dispatch(core.handlers, 'bankroll:add-transaction', { kind: 'deposit', amountCents: 85_000 });
    expect(dep.ok).toBe(true);
    const started = Date.now();
    expect(await until(() => raw.length >= 1, 120_000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(120_000);
    await new Promise((r) => setTimeout(r, 2500));
    expect(raw).toHaveLength(1);
    expect(raw[0]).toContain('Subject: =?UTF-8?Q?=5BMON=5FPS=5D_CRITIQUE');
    expect(raw[0]).not.toContain(PASS);
    await core.close();

    const again = await boot();
    await new Promise((r) => setTimeout(r, 4000));
    const ov = await dispatch(again.handlers, 'alerts:get-overview', {});
    expect(ov.ok && (ov.value as { firing: { ruleId: string }[] }).firing.map((a) => a.ruleId)).toContain('bankroll-critical');
    expect(raw).toHaveLength(1);
    expect(again.unhandledChannels().filter((c) => c.startsWith('alerts:'))).toEqual([]);
    await again.close();
  });
});
