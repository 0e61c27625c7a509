/**
 * One named logger per module. Every line passes through the redactor, which knows the
 * current secrets (API key, SMTP password), so a secret can never reach a log sink.
 */
import { appendFileSync } from 'node:fs';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(msg: string, data?: Record<string, unknown>): void;
  info(msg: string, data?: Record<string, unknown>): void;
  warn(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
  child(name: string): Logger;
}

const secrets = new Set<string>();

/** Registers a secret that must never be written anywhere (min. 4 chars). */
export function registerSecret(secret: string | null | undefined): void {
  if (secret && secret.length >= 4) secrets.add(secret);
}

/** Replaces every registered secret and every apiKey=… query value with REDACTED. */
export function redact(text: string): string {
  let out = text.replace(/((?:api_?key|apiKey|password|pass|token)=)[^&\s"']+/gi, '$1REDACTED');
  for (const s of secrets) out = out.split(s).join('REDACTED');
  return out;
}

export interface LogSink {
  (line: string, level: LogLevel): void;
}

const levels: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLogger(name: string, opts: { sinks?: LogSink[]; level?: LogLevel } = {}): Logger {
  const sinks = opts.sinks ?? [consoleSink];
  const min = levels[opts.level ?? ((process.env.MONPS_LOG_LEVEL as LogLevel) || 'info')] ?? 20;
  const write = (level: LogLevel, msg: string, data?: Record<string, unknown>) => {
    if (levels[level] < min) return;
    let line = `${new Date().toISOString()} ${level.toUpperCase()} [${name}] ${msg}`;
    if (data && Object.keys(data).length) line += ' ' + safeJson(data);
    line = redact(line);
    for (const sink of sinks) sink(line, level);
  };
  return {
    debug: (m, d) => write('debug', m, d),
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
    child: (n) => createLogger(`${name}:${n}`, opts),
  };
}

function safeJson(data: Record<string, unknown>): string {
  try {
    return JSON.stringify(data, (_k, v) => (v instanceof Error ? { name: v.name, message: v.message } : v));
  } catch {
    return '[unserialisable]';
  }
}

export const consoleSink: LogSink = (line, level) => {
  if (level === 'error' || level === 'warn') console.error(line);
  else if (process.env.MONPS_LOG_STDOUT !== '0') console.log(line);
};

export const silentSink: LogSink = () => {};

export function fileSink(file: string): LogSink {
  return (line) => {
    try {
      appendFileSync(file, line + '\n', { mode: 0o600 }); // mode: only when it creates the file
    } catch {
      /* a log write must never break the app */
    }
  };
}
