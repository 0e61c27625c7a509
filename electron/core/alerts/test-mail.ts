/** The "send a test" e-mail. */
import type { MailMessage } from '../notify/mailer';
import { heading, page, para } from './email-html';
import { fmt, t, type Lang } from './texts';

/** A short test message, HTML and plain text, in `lang`. */
export function testMail(now: number, lang: Lang): MailMessage {
  const subject = t(lang, 'test.mail.subject');
  const works = t(lang, 'test.mail.body');
  const sent = t(lang, 'mail.sentAt', { when: fmt(lang).when(now) });
  const html = page(subject, { text: t(lang, 'test.title'), colour: '#067647' }, heading(works) + para(sent), 'MON_PS', lang);
  return { subject, html, text: `${subject}\n\n${works}\n${sent}\n` };
}
