/**
 * Issue #9 item 12, the pure rules: which hosts count as loopback (plain SMTP allowed), what
 * nodemailer is told, and which sender/recipient addresses are valid (RFC 5321: no dot needed).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_SETTINGS } from '../../electron/core/alerts/default-rules';
import { isLoopbackHost, resolveSmtp, smtpErrorMessage, smtpTlsOf, transportTls } from '../../electron/core/notify/smtp-config';
import { emailSettingsSchema } from '../../shared/ipc/channels/alerts';
import { isEmailAddress } from '../../shared/ipc/email-address';

describe('loopback, as written', () => {
  it.each(['localhost', 'LOCALHOST', 'localhost.', '127.0.0.1', '127.1.2.3', '::1', '[::1]', '::ffff:127.0.0.1'])('%s is loopback', (h) => {
    expect(isLoopbackHost(h)).toBe(true);
  });
  it.each([
    'smtp.gmail.com',
    '192.0.2.2',
    '10.0.0.1',
    '0.0.0.0',
    '::',
    '127.0.0.256',
    '128.0.0.1',
    'localhost.example.com',
    'mylocalhost',
    '127.0.0.1.nip.io',
    '',
  ])('%s is not (a name that resolves to 127.0.0.1 still needs TLS)', (h) => expect(isLoopbackHost(h)).toBe(false));
});

describe('the TLS rule', () => {
  it('smtps anywhere; STARTTLS required off loopback; plain only on loopback', () => {
    expect(smtpTlsOf({ host: 'smtp.gmail.com', secure: true })).toBe('smtps');
    expect(smtpTlsOf({ host: 'smtp.gmail.com', secure: false })).toBe('starttls-required');
    expect(smtpTlsOf({ host: '192.0.2.2', secure: false })).toBe('starttls-required');
    expect(smtpTlsOf({ host: '127.0.0.1', secure: false })).toBe('plain-loopback');
    expect(transportTls({ host: 'mail.example.com', secure: false })).toEqual({ secure: false, requireTLS: true });
    expect(transportTls({ host: 'mail.example.com', secure: true })).toEqual({ secure: true, requireTLS: false });
    expect(transportTls({ host: 'localhost', secure: false })).toEqual({
      secure: false,
      requireTLS: false,
      tls: { rejectUnauthorized: false },
    });
    expect(transportTls({ host: '127.0.0.1', secure: true })).toEqual({
      secure: true,
      requireTLS: false,
      tls: { rejectUnauthorized: false },
    });
  });
  it('says plainly when a server offers no STARTTLS, and when TLS fails', () => {
    const c = { host: 'mail.example.com', port: 587, secure: false };
    const noStarttls = Object.assign(new Error('Error upgrading connection with STARTTLS'), {
      code: 'ETLS',
      command: 'STARTTLS',
      response: '502 5.5.2 Error: command not recognized',
    });
    expect(smtpErrorMessage(noStarttls, c)).toBe(
      'mail.example.com:587 offers no STARTTLS: off this computer MON_PS sends the login and the alerts only over TLS — turn SSL on (port 465), or use a server that offers STARTTLS (port 587); nothing was sent',
    );
    const badCert = Object.assign(new Error('Error initiating TLS - self-signed certificate'), {
      code: 'ETLS',
      command: 'STARTTLS',
      response: false,
    });
    expect(smtpErrorMessage(badCert, c)).toMatch(
      /^the TLS certificate of mail\.example\.com:587 is not valid \(Error initiating TLS - self-signed certificate\)/,
    );
    const handshake = Object.assign(new Error('Error initiating TLS - wrong version number'), {
      code: 'ETLS',
      command: 'STARTTLS',
      response: false,
    });
    expect(smtpErrorMessage(handshake, c)).toMatch(
      /^TLS failed with mail\.example\.com:587 \(Error initiating TLS - wrong version number\): .*nothing was sent$/,
    );
  });
});

describe('addresses (RFC 5321)', () => {
  it.each([
    'monps@localhost',
    'root@nas',
    'me@example.com',
    'first.last+tag@sub.example.co.uk',
    'me@[192.0.2.1]',
    'me@[IPv6:::1]',
    'élodie@exemple.fr',
    "o'brien@example.ie",
  ])('%s is valid', (a) => {
    expect(isEmailAddress(a)).toBe(true);
  });
  it.each([
    'nope',
    '@localhost',
    'monps@',
    'a b@example.com',
    'a@b c',
    '<a@b.c>',
    'a..b@example.com',
    '.a@example.com',
    'a.@example.com',
    'a@-bad.com',
    'a@bad-.com',
    'a@b..c',
    'a@[300.0.0.1]',
    'a,b@c.d',
    `${'x'.repeat(65)}@example.com`,
    `a@${'b'.repeat(250)}.com`,
  ])('%s is not', (a) => expect(isEmailAddress(a)).toBe(false));
  it('monps@localhost goes through the settings schema and the SMTP configuration', () => {
    const parsed = emailSettingsSchema.safeParse({ ...DEFAULT_ALERT_SETTINGS.email, from: 'monps@localhost', to: 'me@localhost' });
    expect(parsed.success).toBe(true);
    expect(emailSettingsSchema.safeParse({ ...DEFAULT_ALERT_SETTINGS.email, to: 'me at home' }).error?.issues[0]?.message).toBe(
      'to: not an e-mail address',
    );
    const r = resolveSmtp(DEFAULT_ALERT_SETTINGS.email, null, {
      MONPS_SMTP_URL: 'smtp://127.0.0.1:2525',
      MONPS_EMAIL_FROM: 'monps@localhost',
      MONPS_EMAIL_TO: 'root@localhost',
    });
    expect(r.problem).toBeNull();
    expect(r.config).toMatchObject({ from: 'monps@localhost', to: 'root@localhost' });
  });
});
