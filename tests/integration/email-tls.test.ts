/**
 * Issue #9 item 12 against a real SMTP server (smtp-server):
 * - on loopback, a server without STARTTLS still gets the mail, from monps@localhost;
 * - off loopback (this machine's own non-loopback address, so no network is needed), a
 *   server without STARTTLS gets nothing — no login, no message — and the error says why;
 *   a server offering STARTTLS with a certificate nobody signed is refused too;
 * - a host whose e-mail configuration cannot be used says why at start, in the log and in
 *   what the Status page reads (alerts:get-overview's email.blocked); a fresh install with no
 *   server given says nothing.
 */
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { SMTPServer } from 'smtp-server';
import type { AlertsOverview } from '../../shared/domain/alerts';
import { afterEach, describe, expect, it } from 'vitest';
import { makeAlertsModule } from '../../electron/core/alerts/alerts-module';
import { dispatch } from '../../electron/core/handlers/dispatch';
import { smtpMailer } from '../../electron/core/notify/mailer';
import { smtpErrorMessage, type SmtpConfig } from '../../electron/core/notify/smtp-config';
import { createLogger } from '../../electron/core/util/logger';
import { createHeadlessCore } from '../../electron/headless/create-headless-core';
import { tempDir } from '../helpers/fixtures';
import { bench, newWorld } from './alerts-harness';
import { someModules } from '../../electron/core/module-kit/combine';

const USER = 'bettor';
const PASS = 'S3cret-smtp-pw-9931';

interface Box {
  server: SMTPServer;
  port: number;
  auths: number;
  mails: { from: string; to: string[]; data: string; secure: boolean }[];
}

function startSmtp(host: string, starttls: boolean): Promise<Box> {
  const box: Box = { server: null as unknown as SMTPServer, port: 0, auths: 0, mails: [] };
  box.server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    ...(starttls ? {} : { disabledCommands: ['STARTTLS'] }),
    onAuth(auth, _s, cb) {
      box.auths++;
      if (auth.username === USER && auth.password === PASS) cb(null, { user: USER });
      else cb(new Error('Invalid username or password'));
    },
    onData(stream, session, cb) {
      let data = '';
      stream.on('data', (c: Buffer) => (data += c.toString('utf8')));
      stream.on('end', () => {
        const env = session.envelope;
        box.mails.push({
          from: env.mailFrom ? env.mailFrom.address : '',
          to: env.rcptTo.map((r) => r.address),
          data,
          secure: session.secure,
        });
        cb();
      });
    },
  });
  return new Promise((resolve) =>
    box.server.listen(0, host, () => {
      box.port = (box.server.server.address() as AddressInfo).port;
      resolve(box);
    }),
  );
}

const servers: SMTPServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((r) => s.close(() => r()))));
});

/** This machine's first non-loopback IPv4 address (reachable without any network). */
const ownAddress =
  Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address ?? null;

const config = (host: string, port: number, over: Partial<SmtpConfig> = {}): SmtpConfig => ({
  host,
  port,
  secure: false,
  user: USER,
  pass: PASS,
  from: 'monps@localhost',
  to: 'me@localhost',
  source: 'env',
  ...over,
});
const msg = { subject: 'MON_PS test', html: '<p>bankroll 850,00 €</p>', text: 'bankroll 850,00 €' };

describe('e-mail TLS rule against a real SMTP server', () => {
  it('on loopback, plain SMTP without STARTTLS delivers, from monps@localhost to me@localhost', async () => {
    const box = await startSmtp('127.0.0.1', false);
    servers.push(box.server);
    await smtpMailer.send(config('127.0.0.1', box.port), msg);
    expect(box.mails).toHaveLength(1);
    expect(box.mails[0]).toMatchObject({ from: 'monps@localhost', to: ['me@localhost'] });
    expect(box.auths).toBe(1);
  });

  it('on loopback, a STARTTLS server with a self-signed or expired certificate (a local bridge) is used, over TLS', async () => {
    const box = await startSmtp('127.0.0.1', true);
    servers.push(box.server);
    await smtpMailer.send(config('127.0.0.1', box.port), msg);
    expect(box.mails).toHaveLength(1);
    expect(box.mails[0]!.secure).toBe(true); // upgraded with STARTTLS, not plain
  });

  it.skipIf(ownAddress === null)(
    'off loopback, a server without STARTTLS gets neither the login nor the mail, and the error says why',
    async () => {
      const box = await startSmtp(ownAddress!, false);
      servers.push(box.server);
      const c = config(ownAddress!, box.port);
      const err = await smtpMailer.send(c, msg).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).not.toBeNull();
      expect(smtpErrorMessage(err, c)).toBe(
        `${ownAddress}:${box.port} offers no STARTTLS: off this computer MON_PS sends the login and the alerts only over TLS — turn SSL on (port 465), or use a server that offers STARTTLS (port 587); nothing was sent`,
      );
      expect(box.auths).toBe(0);
      expect(box.mails).toHaveLength(0);
      // verify (the "test" button) is refused the same way
      const v = await smtpMailer.verify(c).then(
        () => null,
        (e: unknown) => e,
      );
      expect(smtpErrorMessage(v, c)).toMatch(/offers no STARTTLS/);
      expect(box.auths).toBe(0);
    },
  );

  it.skipIf(ownAddress === null)(
    'an alert mailed to that server stays in the outbox, and the reason is what the Status page shows',
    async () => {
      const box = await startSmtp(ownAddress!, false);
      servers.push(box.server);
      const w = newWorld();
      w.bankroll.bankrollCents = 85_000; // below the 900 € of bankroll-critical: mailed at once
      const b = bench(w, undefined, {
        mailer: smtpMailer,
        env: {
          MONPS_SMTP_URL: `smtp://${USER}:${PASS}@${ownAddress}:${box.port}`,
          MONPS_EMAIL_FROM: 'monps@localhost',
          MONPS_EMAIL_TO: 'me@localhost',
        },
      });
      try {
        await b.time.advance(40_000);
        await b.mod.engine.runOnce();
        const ov = await b.mod.handlers!['alerts:get-overview']!({ historyLimit: 10 });
        expect(ov.email).toMatchObject({
          configured: true,
          outboxPending: 1,
          blocked: expect.stringMatching(new RegExp(`^${ownAddress!.replace(/\./g, '\\.')}:${box.port} offers no STARTTLS`)),
        });
        expect(ov.email.blocked).not.toContain(PASS);
        expect(box.auths).toBe(0);
        expect(box.mails).toHaveLength(0);
      } finally {
        await b.close();
      }
    },
  );

  it.skipIf(ownAddress === null)('off loopback, STARTTLS with a certificate nobody signed is refused before the login', async () => {
    const box = await startSmtp(ownAddress!, true); // smtp-server's built-in self-signed certificate
    servers.push(box.server);
    const c = config(ownAddress!, box.port);
    const err = await smtpMailer.send(c, msg).then(
      () => null,
      (e: unknown) => e,
    );
    // (its certificate has expired, and it names no such host: either way it is not trusted)
    expect(smtpErrorMessage(err, c)).toMatch(
      new RegExp(`^the TLS certificate of ${ownAddress!.replace(/\./g, '\\.')}:${box.port} is not valid \\(.+\\): .*nothing was sent$`),
    );
    expect(box.auths).toBe(0);
    expect(box.mails).toHaveLength(0);
  });

  it('a configuration that cannot be used is reported at start (log) and in what the Status page reads', async () => {
    const dir = tempDir();
    const lines: string[] = [];
    const log = createLogger('test', { sinks: [(l) => void lines.push(l)] });
    const env = { MONPS_SMTP_URL: `smtp://${USER}:${PASS}@mail.example.com:587`, MONPS_EMAIL_FROM: 'monps@localhost' }; // no recipient
    const open = () => createHeadlessCore(dir, log, { noSimulator: true, modules: someModules(makeAlertsModule({ env })) });
    let core = await open();
    expect((await dispatch(core.handlers, 'alerts:update-settings', { email: { enabled: true } })).ok).toBe(true);
    await core.close();

    core = await open(); // the next start
    try {
      core.start();
      expect(lines.filter((l) => l.includes('e-mail alerts cannot be sent'))).toEqual([
        expect.stringMatching(/WARN .*e-mail alerts cannot be sent: no recipient: fill in "To" or set MONPS_EMAIL_TO$/),
      ]);
      const ov = await dispatch(core.handlers, 'alerts:get-overview', {});
      const why = 'no recipient: fill in "To" or set MONPS_EMAIL_TO';
      expect(ov.ok && (ov.value as AlertsOverview).email).toMatchObject({ configured: false, lastError: why, blocked: why });
      expect(lines.join('\n')).not.toContain(PASS);
    } finally {
      await core.close();
    }
  });

  it('a fresh install (no server given) is not a problem: no warning, nothing on the Status page', async () => {
    const lines: string[] = [];
    const core = await createHeadlessCore(tempDir(), createLogger('test', { sinks: [(l) => void lines.push(l)] }), {
      noSimulator: true,
      modules: someModules(makeAlertsModule({ env: {} })),
    });
    try {
      core.start();
      expect(lines.filter((l) => l.includes('e-mail'))).toEqual([]);
      const ov = await dispatch(core.handlers, 'alerts:get-overview', {});
      expect(ov.ok && (ov.value as AlertsOverview).email).toMatchObject({ configured: false, blocked: null });
    } finally {
      await core.close();
    }
  });
});
