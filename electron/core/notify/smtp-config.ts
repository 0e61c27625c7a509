/**
 * Where the SMTP server comes from: MONPS_SMTP_URL (smtp[s]://user:pass@host:port),
 * MONPS_EMAIL_FROM and MONPS_EMAIL_TO win over Settings; the password is a secret (the secret
 * store, or the URL) and is registered for redaction. Also: SMTP errors in words.
 *
 * TLS rule (`smtpTlsOf`): to any server not on this computer, the password and the alerts go
 * only over TLS — smtps (TLS from the first byte, "SSL" on, 465) or a STARTTLS upgrade that
 * is required (nodemailer `requireTLS`): a server that offers no STARTTLS gets nothing, not
 * even the login, and the message says so. Plain SMTP is allowed only on loopback (a local
 * relay, a bridge, tests). "Loopback" is decided on the host as written — localhost, 127.x.x.x,
 * ::1 — never on what a name resolves to (a DNS answer can change between the check and the
 * connection), so a name mapped to 127.0.0.1 still needs TLS.
 */
import type { AlertSettings, EmailStatus } from '../../../shared/domain/alerts';
import { isEmailAddress } from '../../../shared/ipc/email-address';
import { sharedT } from '../../../shared/i18n/catalogue';
import { renderMsg, type Msg, type MsgParam } from '../../../shared/i18n/messages';
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

/** localhost, 127.0.0.0/8 or ::1 (brackets allowed) — as written, nothing resolved. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const v4 = /^(?:::ffff:)?127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return v4 !== null && v4.slice(1).every((n) => Number(n) <= 255);
}

/** How a configuration talks to its server. */
export type SmtpTls = 'smtps' | 'starttls-required' | 'plain-loopback';

export function smtpTlsOf(c: Pick<SmtpConfig, 'host' | 'secure'>): SmtpTls {
  if (c.secure) return 'smtps';
  return isLoopbackHost(c.host) ? 'plain-loopback' : 'starttls-required';
}

/**
 * The nodemailer options of that rule. On loopback STARTTLS is still used when offered, and a
 * certificate is not checked there (nothing leaves the machine, and plain SMTP is allowed
 * anyway): local bridges such as Proton Mail Bridge present a self-signed one. Off loopback
 * certificates are verified (nodemailer's default).
 */
export function transportTls(c: Pick<SmtpConfig, 'host' | 'secure'>): {
  secure: boolean;
  requireTLS: boolean;
  tls?: { rejectUnauthorized: false };
} {
  const mode = smtpTlsOf(c);
  return {
    secure: mode === 'smtps',
    requireTLS: mode === 'starttls-required',
    ...(isLoopbackHost(c.host) ? { tls: { rejectUnauthorized: false as const } } : {}),
  };
}

/** Why a configuration cannot be used, for the UI's catalogue (`alerts.emailProblem.<code>`). */
export type SmtpProblemCode = 'SMTP_NONE' | 'SMTP_FROM' | 'SMTP_TO' | 'SMTP_URL';

export interface ResolvedSmtp {
  config: SmtpConfig | null;
  /** The reason in words (logs, CLI, e-mails), null when the configuration is usable. */
  problem: string | null;
  problemCode: SmtpProblemCode | null;
}

const unusable = (problemCode: SmtpProblemCode, problem: string): ResolvedSmtp => ({ config: null, problem, problemCode });

/** The configuration to use, or null with the reason it is incomplete. */
export function resolveSmtp(s: AlertSettings['email'], password: string | null, env: SmtpEnv): ResolvedSmtp {
  let base: Omit<SmtpConfig, 'from' | 'to'>;
  if (env.MONPS_SMTP_URL) {
    let u: URL;
    try {
      u = new URL(env.MONPS_SMTP_URL);
    } catch {
      return unusable('SMTP_URL', 'MONPS_SMTP_URL is not a URL (expected smtp[s]://user:pass@host:port)');
    }
    if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:')
      return unusable('SMTP_URL', 'MONPS_SMTP_URL must start with smtp:// or smtps://');
    const pass = u.password ? decodeURIComponent(u.password) : null;
    registerSecret(pass);
    base = {
      host: u.hostname,
      port: u.port ? Number(u.port) : u.protocol === 'smtps:' ? 465 : 587,
      secure: u.protocol === 'smtps:',
      user: decodeURIComponent(u.username),
      pass,
      source: 'env',
    };
  } else {
    if (!s.host) return unusable('SMTP_NONE', 'no SMTP server: fill in the e-mail settings or set MONPS_SMTP_URL');
    registerSecret(password);
    base = { host: s.host, port: s.port, secure: s.secure, user: s.user, pass: password, source: 'settings' };
  }
  const from = env.MONPS_EMAIL_FROM || s.from || base.user;
  const to = env.MONPS_EMAIL_TO || s.to;
  if (!isEmailAddress(from))
    return unusable(
      'SMTP_FROM',
      from ? `sender address "${from}" is not an e-mail address` : 'no sender: fill in "From" or set MONPS_EMAIL_FROM',
    );
  if (!isEmailAddress(to))
    return unusable(
      'SMTP_TO',
      to ? `recipient address "${to}" is not an e-mail address` : 'no recipient: fill in "To" or set MONPS_EMAIL_TO',
    );
  return { config: { ...base, from, to }, problem: null, problemCode: null };
}

/** "user@host:port", never the password. */
export function describeServer(c: Pick<SmtpConfig, 'user' | 'host' | 'port'>): string {
  return `${c.user ? c.user + '@' : ''}${c.host}:${c.port}`;
}

/** A nodemailer / socket error in words, with what to do, in English (logs, CLI). Never contains the password. */
export function smtpErrorMessage(e: unknown, c: Pick<SmtpConfig, 'host' | 'port' | 'secure'> | null): string {
  return redact(renderMsg(EN, smtpErrorMsg(e, c)));
}

const EN = sharedT('en');

/** The same error as a message code + params (`smtp.*`), for the reader's language; redacted params. */
export function smtpErrorMsg(e: unknown, c: Pick<SmtpConfig, 'host' | 'port' | 'secure'> | null): Msg {
  const m = describeSmtpError(e, c);
  const params: Record<string, MsgParam> = {};
  for (const [k, v] of Object.entries(m.params)) params[k] = k === 'where' && v === '' ? { t: 'smtp.theServer' } : redact(v);
  return { code: `smtp.${m.kind}`, params };
}

function describeSmtpError(
  e: unknown,
  c: Pick<SmtpConfig, 'host' | 'port' | 'secure'> | null,
): { kind: string; params: Record<string, string> } {
  const err = e as { code?: string; responseCode?: number; message?: string; command?: string; response?: string };
  const where = c ? `${c.host}:${c.port}` : ''; // '' = "the SMTP server" in the reader's words
  const inner = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET)\b/.exec(err.message ?? '')?.[1];
  const code = inner === 'ECONNREFUSED' ? 'ECONNREFUSED' : inner === 'ENOTFOUND' || inner === 'EAI_AGAIN' ? 'ENOTFOUND' : err.code;
  // TLS certificates are checked (expired, self-signed, another name): never sent past one
  if (
    /certificate|self[- ]signed|unable to verify|CERT_|altname/i.test(
      `${err.message ?? ''} ${(err as { originalCode?: string }).originalCode ?? ''}`,
    )
  ) {
    return { kind: 'cert', params: { where, detail: err.message ?? 'refused' } };
  }
  switch (code) {
    case 'EAUTH':
      return { kind: 'auth', params: { where, detail: String(err.responseCode ?? 'auth') } };
    case 'ECONNREFUSED':
      return { kind: 'refused', params: { where } };
    case 'ETIMEDOUT':
    case 'ESOCKET':
    case 'ECONNECTION':
      return { kind: 'unreachable', params: { where, detail: String(err.code) } };
    case 'EDNS':
    case 'ENOTFOUND':
      return { kind: 'unknownHost', params: { host: c?.host ?? '' } };
    case 'EENVELOPE':
      return { kind: 'envelope', params: { detail: err.message ?? '' } };
    case 'ETLS':
      // the server answered STARTTLS with an error: it offers no TLS upgrade (nothing was sent)
      if (err.command === 'STARTTLS' && err.response) return { kind: 'noStarttls', params: { where } };
      return { kind: 'tls', params: { where, detail: err.message ?? 'handshake' } };
    default:
      return { kind: 'other', params: { detail: err.message ?? String(e) } };
  }
}

/**
 * What the renderer may know about the channel. `given`: e-mail is on and a server was given
 * (Settings or MONPS_SMTP_URL), so a problem is worth saying outside the alerts page.
 */
export function emailStatusOf(
  config: SmtpConfig | null,
  problem: string | null,
  passwordSet: boolean,
  o: { pending: number; lastError: string | null; lastSentAt: number | null },
  given = false,
): EmailStatus {
  return {
    configured: config !== null,
    source: config?.source ?? null,
    server: config ? describeServer(config) : null,
    passwordSet,
    outboxPending: o.pending,
    lastError: o.lastError ?? problem,
    lastSentAt: o.lastSentAt,
    blocked: given ? (config ? o.lastError : problem) : null,
  };
}
