/**
 * E-mail against a real SMTP server (smtp-server, with AUTH) started by the test: content,
 * both parts, no secret in it, Gmail-friendly HTML, clear messages for a refused login, a
 * wrong port and a malformed address, and the outbox retrying once the server is back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { smtpMailer } from '../../electron/core/notify/mailer';
import { sharedT } from '../../shared/i18n/catalogue';
import { renderMsg } from '../../shared/i18n/messages';
import { bench, newWorld, type Bench } from './alerts-harness';

const USER = 'bettor';
const PASS = 'S3cret-smtp-pw-7781';

interface Mailbox {
  server: SMTPServer;
  port: number;
  raw: string[];
}

function startSmtp(port = 0): Promise<Mailbox> {
  const raw: string[] = [];
  const server = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _s, cb) {
      if (auth.username === USER && auth.password === PASS) cb(null, { user: USER });
      else cb(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onData(stream, _s, cb) {
      let data = '';
      stream.on('data', (c: Buffer) => (data += c.toString('utf8')));
      stream.on('end', () => {
        raw.push(data);
        cb();
      });
    },
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ server, port: (server.server.address() as AddressInfo).port, raw })),
  );
}

const stop = (m: Mailbox) => new Promise<void>((r) => m.server.close(() => r()));
const decodeQp = (s: string) =>
  Buffer.from(
    s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  ).toString('utf8');
const env = (port: number, pass = PASS) => ({
  MONPS_SMTP_URL: `smtp://${USER}:${pass}@127.0.0.1:${port}`,
  MONPS_EMAIL_FROM: 'monps@example.com',
  MONPS_EMAIL_TO: 'me@example.com',
});

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});
const track = (b: Bench) => (cleanup.push(() => b.close()), b);

describe('e-mail over real SMTP', () => {
  it('a critical alert is mailed once: both parts, table HTML under 100 KB, no secret', async () => {
    const box = await startSmtp();
    cleanup.push(() => stop(box));
    const w = newWorld();
    w.bankroll.bankrollCents = 85_000;
    const b = track(bench(w, undefined, { mailer: smtpMailer, env: env(box.port) }));
    await b.time.advance(40_000);
    await b.mod.engine.runOnce();
    expect(box.raw).toHaveLength(1);
    const mail = box.raw[0]!;
    expect(mail).toContain('Subject: =?UTF-8?Q?=5BMON=5FPS=5D_CRITIQUE_=C2=B7_Bankroll_?=');
    expect(mail).toContain('multipart/alternative');
    expect(mail).toContain('Content-Type: text/plain');
    expect(mail).toContain('Content-Type: text/html');
    const body = decodeQp(mail);
    expect(body).toContain('role="presentation"');
    expect(body).toMatch(/Bankroll 850,00\s€ sous 900,00\s€/); // Intl fr-FR: a no-break space before €
    expect(mail).not.toContain(PASS);
    expect(Buffer.byteLength(mail)).toBeLessThan(100_000);
    const ov = await b.mod.handlers['alerts:get-overview']({ historyLimit: 10 });
    expect(ov.email).toMatchObject({ configured: true, source: 'env', server: `${USER}@127.0.0.1:${box.port}`, outboxPending: 0 });
    expect(JSON.stringify(ov)).not.toContain(PASS);
  });

  it('"send a test": works, then a refused login and a wrong port give clear messages without the password', async () => {
    const box = await startSmtp();
    cleanup.push(() => stop(box));
    const ok = track(bench(newWorld(), undefined, { mailer: smtpMailer, env: env(box.port) }));
    const sent = await ok.mod.handlers['alerts:test-channel']({ channel: 'email' });
    expect(sent).toMatchObject({ ok: true, message: 'test e-mail sent to me@example.com' });
    // the page shows it in the reader's language
    expect(renderMsg(sharedT('fr'), sent.msg!)).toBe('e-mail de test envoyé à me@example.com');
    expect(decodeQp(box.raw[0]!)).toContain('Les alertes par e-mail fonctionnent.');

    const bad = track(bench(newWorld(), undefined, { mailer: smtpMailer, env: env(box.port, 'wrong-password-123') }));
    const refused = await bad.mod.handlers['alerts:test-channel']({ channel: 'email' });
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/refused the login.*app password/);
    expect(refused.message).not.toContain('wrong-password-123');
    expect(renderMsg(sharedT('fr'), refused.msg!)).toMatch(/a refusé la connexion.*mot de passe d’application/);
    expect(JSON.stringify(refused.msg)).not.toContain('wrong-password-123');

    const closed = await startSmtp();
    const deadPort = closed.port;
    await stop(closed);
    const wrongPort = track(bench(newWorld(), undefined, { mailer: smtpMailer, env: env(deadPort) }));
    const r = await wrongPort.mod.handlers['alerts:test-channel']({ channel: 'email' });
    expect(r).toMatchObject({
      ok: false,
      message: `nothing answers on 127.0.0.1:${deadPort}: check the host and the port (465 = SSL, 587 = STARTTLS)`,
    });
    expect(renderMsg(sharedT('fr'), r.msg!)).toBe(
      `rien ne répond sur 127.0.0.1:${deadPort} : vérifiez le serveur et le port (465 = SSL, 587 = STARTTLS)`,
    );
  });

  it('a malformed address or a non-numeric threshold is refused in words; the SMTP password is a secret', async () => {
    const b = track(bench(newWorld(), undefined, { mailer: smtpMailer, env: {} }));
    const h = b.mod.handlers;
    expect(() => h['alerts:update-settings']({ email: { to: 'not-an-address' } })).toThrow(/to: not an e-mail address/);
    const rules = (await h['alerts:get-settings']({})).rules;
    expect(() => h['alerts:update-settings']({ rules: [{ ...rules[0]!, threshold: Number('abc') }] })).toThrow(
      /threshold must be a number/,
    );
    const v = await h['alerts:update-settings']({
      email: { host: '127.0.0.1', port: 1, user: 'me@example.com', to: 'me@example.com' },
      smtpPassword: 'pw-never-shown-42',
    });
    expect(v.smtpPasswordSet).toBe(true);
    expect(JSON.stringify(v)).not.toContain('pw-never-shown-42');
    const test = await h['alerts:test-channel']({ channel: 'email' });
    expect(test).toMatchObject({ ok: false, message: expect.stringMatching(/nothing answers on 127.0.0.1:1/) });
    expect(test.message).not.toContain('pw-never-shown-42');
  });

  it('the outbox keeps a mail written while the server is down and sends it once when it is back', async () => {
    const first = await startSmtp();
    const port = first.port;
    await stop(first);
    const w = newWorld();
    w.bankroll.bankrollCents = 85_000;
    const b = track(bench(w, undefined, { mailer: smtpMailer, env: env(port) }));
    await b.time.advance(40_000);
    await b.mod.engine.runOnce();
    let ov = await b.mod.handlers['alerts:get-overview']({ historyLimit: 10 });
    expect(ov.email.outboxPending).toBe(1);
    expect(ov.email.lastError).toMatch(/nothing answers/);
    expect(ov.notifications.find((n) => n.channel === 'email')).toMatchObject({ status: 'failed' });

    const box = await startSmtp(port);
    cleanup.push(() => stop(box));
    await b.time.advance(60_000); // past the backoff
    await b.mod.engine.runOnce();
    await b.time.advance(15 * 60_000);
    await b.mod.engine.runOnce();
    expect(box.raw).toHaveLength(1);
    ov = await b.mod.handlers['alerts:get-overview']({ historyLimit: 10 });
    expect(ov.email.outboxPending).toBe(0);
    expect(ov.notifications.find((n) => n.channel === 'email')).toMatchObject({ status: 'sent' });
  });
});
