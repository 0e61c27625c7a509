/** The "send a test" e-mail. */
import type { MailMessage } from '../notify/mailer';
import { heading, page, para } from '../notify/email-html';

/** A short test message, HTML and plain text. */
export function testMail(now: number): MailMessage {
  const when = new Date(now).toLocaleString('fr-FR', { dateStyle: 'medium', timeStyle: 'short' });
  const subject = '[MON_PS] Test d’e-mail';
  const html = page(subject, { text: 'MON_PS — test', colour: '#067647' }, heading('Les alertes par e-mail fonctionnent.') + para(`Envoyé le ${when}.`), 'MON_PS');
  return { subject, html, text: `${subject}\n\nLes alertes par e-mail fonctionnent.\nEnvoyé le ${when}.\n` };
}
