/**
 * Sending one message over SMTP with nodemailer (injectable, so tests can count attempts).
 * TLS as smtp-config.ts's rule says: smtps, or STARTTLS required off loopback.
 */
import nodemailer from 'nodemailer';
import { transportTls, type SmtpConfig } from './smtp-config';

export interface MailMessage {
  subject: string;
  html: string;
  text: string;
}

export interface Mailer {
  /** Resolves once the server accepted the message; rejects with nodemailer's error. */
  send(config: SmtpConfig, msg: MailMessage): Promise<void>;
  /** Connects and logs in without sending (the "test" button's first step). */
  verify(config: SmtpConfig): Promise<void>;
}

function transport(c: SmtpConfig) {
  return nodemailer.createTransport({
    host: c.host,
    port: c.port,
    ...transportTls(c),
    auth: c.user ? { user: c.user, pass: c.pass ?? '' } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
}

/** The real SMTP mailer. */
export const smtpMailer: Mailer = {
  async send(c, msg) {
    const t = transport(c);
    try {
      await t.sendMail({ from: `MON_PS <${c.from}>`, to: c.to, subject: msg.subject, html: msg.html, text: msg.text });
    } finally {
      t.close();
    }
  },
  async verify(c) {
    const t = transport(c);
    try {
      await t.verify();
    } finally {
      t.close();
    }
  },
};
