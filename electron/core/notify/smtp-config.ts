/**
 * Where the SMTP server comes from: MONPS_SMTP_URL (smtp[s]://user:pass@host:port),
 * MONPS_EMAIL_FROM and MONPS_EMAIL_TO win over Settings; the password is a secret (the secret
 * store, or the URL) and is registered for redaction. Also: SMTP errors in words.
 */
import type { EmailStatus } from '../../../shared/domain/alerts';
import type { AlertSettings } from '../../../shared/ipc/channels/alerts';
import { redact, registerSecret } from '../util/logger';

/** A resolved SMTP configuration (contains the password: never log or return it). */
export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  pass: string | null;
  from: string;
  to: string;
  source: 'env' | 'settings';
}

export interface SmtpEnv {
  MONPS_SMTP_URL?: string;
  MONPS_EMAIL_FROM?: string;
  MONPS_EMAIL_TO?: string;
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** The configuration to use, or null with the reason it is incomplete. */
export function resolveSmtp(s: AlertSettings['email'], password: string | null, env: SmtpEnv): { config: SmtpConfig | null; problem: string | null } {
  let base: Omit<SmtpConfig, 'from' | 'to'>;
  if (env.MONPS_SMTP_URL) {
    let u: URL;
    try {
      u = new URL(env.MONPS_SMTP_URL);
    } catch {
      return { config: null, problem: 'MONPS_SMTP_URL is not a URL (expected smtp[s]://user:pass@host:port)' };
    }
    if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') return { config: null, problem: 'MONPS_SMTP_URL must start with smtp:// or smtps://' };
    const pass = u.password ? decodeURIComponent(u.password) : null;
    registerSecret(pass);
    base = {
      host: u.hostname, port: u.port ? Number(u.port) : u.protocol === 'smtps:' ? 465 : 587, secure: u.protocol === 'smtps:',
      user: decodeURIComponent(u.username), pass, source: 'env',
    };
  } else {
    if (!s.host) return { config: null, problem: 'no SMTP server: fill in the e-mail settings or set MONPS_SMTP_URL' };
    registerSecret(password);
    base = { host: s.host, port: s.port, secure: s.secure, user: s.user, pass: password, source: 'settings' };
  }
  const from = env.MONPS_EMAIL_FROM || s.from || base.user;
  const to = env.MONPS_EMAIL_TO || s.to;
  if (!EMAIL.test(from)) return { config: null, problem: from ? `sender address "${from}" is not an e-mail address` : 'no sender: fill in "From" or set MONPS_EMAIL_FROM' };
  if (!EMAIL.test(to)) return { config: null, problem: to ? `recipient address "${to}" is not an e-mail address` : 'no recipient: fill in "To" or set MONPS_EMAIL_TO' };
  return { config: { ...base, from, to }, problem: null };
}

/** "user@host:port", never the password. */
export function describeServer(c: Pick<SmtpConfig, 'user' | 'host' | 'port'>): string {
  return `${c.user ? c.user + '@' : ''}${c.host}:${c.port}`;
}

/** A nodemailer / socket error in words, with what to do. Never contains the password. */
export function smtpErrorMessage(e: unknown, c: Pick<SmtpConfig, 'host' | 'port' | 'secure'> | null): string {
  return redact(describeSmtpError(e, c));
}

function describeSmtpError(e: unknown, c: Pick<SmtpConfig, 'host' | 'port' | 'secure'> | null): string {
  const err = e as { code?: string; responseCode?: number; message?: string };
  const where = c ? `${c.host}:${c.port}` : 'the SMTP server';
  const inner = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET)\b/.exec(err.message ?? '')?.[1];
  const code = inner === 'ECONNREFUSED' ? 'ECONNREFUSED' : inner === 'ENOTFOUND' || inner === 'EAI_AGAIN' ? 'ENOTFOUND' : err.code;
  switch (code) {
    case 'EAUTH':
      return `${where} refused the login (${err.responseCode ?? 'auth'}): check the user and password — Gmail needs an app password`;
    case 'ECONNREFUSED':
      return `nothing answers on ${where}: check the host and the port (465 = SSL, 587 = STARTTLS)`;
    case 'ETIMEDOUT':
    case 'ESOCKET':
    case 'ECONNECTION':
      return `could not talk to ${where} (${err.code}): check the host, the port and SSL (465 = SSL on, 587 = SSL off)`;
    case 'EDNS':
    case 'ENOTFOUND':
      return `unknown SMTP host ${c?.host ?? ''}: check the name`;
    case 'EENVELOPE':
      return `the server refused an address: ${err.message ?? ''}`;
    case 'ETLS':
      return `TLS failed with ${where}: try SSL ${c?.secure ? 'off (port 587)' : 'on (port 465)'}`;
    default:
      return `sending failed: ${err.message ?? String(e)}`;
  }
}

/** What the renderer may know about the channel. */
export function emailStatusOf(config: SmtpConfig | null, problem: string | null, passwordSet: boolean, o: { pending: number; lastError: string | null; lastSentAt: number | null }): EmailStatus {
  return {
    configured: config !== null,
    source: config?.source ?? null,
    server: config ? describeServer(config) : null,
    passwordSet,
    outboxPending: o.pending,
    lastError: o.lastError ?? problem,
    lastSentAt: o.lastSentAt,
  };
}
