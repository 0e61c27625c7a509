/** MONPS_SMTP_URL parsing, addresses, error words, and the e-mail bodies (size, parts, escaping). */
import { describe, expect, it } from 'vitest';
import { resolveSmtp, smtpErrorMessage } from '../../electron/core/notify/smtp-config';
import { renderAlertMail, renderDigest } from '../../electron/core/alerts/email-render';
import { DEFAULT_ALERT_SETTINGS } from '../../electron/core/alerts/default-rules';
import { redact } from '../../electron/core/util/logger';
import type { AlertInstance } from '../../shared/domain/alerts';

const S = DEFAULT_ALERT_SETTINGS.email;

describe('resolveSmtp', () => {
  it('reads smtps://user:pass@host:port and registers the password as a secret', () => {
    const { config } = resolveSmtp(S, null, {
      MONPS_SMTP_URL: 'smtps://me%40gmail.com:app%20pw-123@smtp.gmail.com',
      MONPS_EMAIL_TO: 'me@gmail.com',
    });
    expect(config).toMatchObject({
      host: 'smtp.gmail.com',
      port: 465,
      secure: true,
      user: 'me@gmail.com',
      pass: 'app pw-123',
      from: 'me@gmail.com',
      source: 'env',
    });
    expect(redact('login with app pw-123 failed')).toBe('login with REDACTED failed');
  });
  it.each([
    [{ MONPS_SMTP_URL: 'http://x' }, /must start with smtp/],
    [{ MONPS_SMTP_URL: 'not a url' }, /not a URL/],
    [{ MONPS_SMTP_URL: 'smtp://u@h:25', MONPS_EMAIL_FROM: 'a@b.c' }, /no recipient/],
    [
      { MONPS_SMTP_URL: 'smtp://u@h:25', MONPS_EMAIL_FROM: 'a@b.c', MONPS_EMAIL_TO: 'nope' },
      /recipient address "nope" is not an e-mail address/,
    ],
    [{}, /no SMTP server/],
  ])('%j → a clear problem', (env, re) => {
    const r = resolveSmtp(S, null, env);
    expect(r.config).toBeNull();
    expect(r.problem).toMatch(re);
  });
  it('words for SMTP failures', () => {
    const c = { host: 'smtp.x.com', port: 587, secure: false };
    expect(smtpErrorMessage(Object.assign(new Error('535 auth'), { code: 'EAUTH', responseCode: 535 }), c)).toMatch(
      /refused the login \(535\)/,
    );
    expect(smtpErrorMessage(Object.assign(new Error('getaddrinfo ENOTFOUND smtp.x.com'), { code: 'EDNS' }), c)).toBe(
      'unknown SMTP host smtp.x.com: check the name',
    );
  });
});

describe('e-mail bodies', () => {
  const a = (i: number): AlertInstance => ({
    fingerprint: `f${i}`,
    ruleId: 'new-opportunity',
    ruleName: 'Opp',
    kind: 'opportunity',
    severity: 'info',
    labels: {},
    summary: `<script>alert(${i})</script> Surebet ${'x'.repeat(200)}`,
    value: 1,
    state: 'firing',
    activeAt: 0,
    firedAt: 0,
    resolvedAt: null,
    lastTrueAt: 0,
    startsAt: null,
    muted: null,
  });
  it('escape HTML, keep a plain-text part, stay under 100 KB even with 1 000 alerts', () => {
    const many = Array.from({ length: 1000 }, (_, i) => a(i));
    const m = renderAlertMail({ ruleName: 'Opp', severity: 'info', firing: many, resolved: [], now: 0, lang: 'fr' });
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;');
    expect(m.text).toContain('<script>alert(0)</script>');
    expect(Buffer.byteLength(m.html)).toBeLessThan(100_000);
    const d = renderDigest({
      now: 0,
      since: 0,
      health: { collector: 'ok', lastSuccessAt: 0, creditsRemaining: 400 },
      firing: many,
      changes: [],
      bankroll: null,
      opportunities: many.map((x) => ({ summary: x.summary, firstSeenAt: 0, commenceTime: 0 })),
      lang: 'fr',
    });
    expect(Buffer.byteLength(d.html)).toBeLessThan(100_000);
    expect(d.subject.replace(/\u202f/g, ' ')).toBe('[MON_PS] Résumé du jour · 1 000 alertes · 1 000 opportunités');
  });
});
