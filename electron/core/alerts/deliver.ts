/**
 * Delivering one planned send. Desktop: the OS notification, then (only if it was shown) the
 * notification log. E-mail: the message, its attempt row and the log written in one
 * transaction with the outbox row — durable before any network, so a restart neither loses
 * nor repeats it; the outbox then sends and records the result.
 */
import type { AlertInstance, Severity } from '../../../shared/domain/alerts';
import type { DesktopNotifier } from '../notify/desktop';
import { renderAlertMail } from './email-render';
import type { Outbox } from '../notify/outbox';
import type { Logger } from '../util/logger';
import type { AlertsRepo } from './alerts-repo';
import type { PlannedSend } from './plan-notifications';
import { ruleDisplayName, t, type Lang } from './texts';

export interface DeliverDeps {
  repo: AlertsRepo;
  outbox: Outbox;
  desktop: DesktopNotifier;
  log: Logger;
  /** The user's language (Settings): titles, subjects and bodies are written in it. */
  language(): Lang;
  /** In-app: every desktop-routed message is also pushed to the renderer. */
  onNotified(n: { title: string; body: string; page: string; severity: Severity; at: number }): void;
}

const pageOf = (s: PlannedSend) =>
  s.rule.kind === 'opportunity'
    ? 'opportunities'
    : s.rule.kind === 'bankroll' || s.rule.kind === 'roi' || s.rule.kind === 'winRate'
      ? 'analytics'
      : 'alerts';

/** Title and body of a desktop notification for one group, in `lang`. */
export function desktopText(s: PlannedSend, lang: Lang): { title: string; body: string } {
  const list = (as: AlertInstance[]) =>
    as
      .slice(0, 4)
      .map((a) => a.summary)
      .join('\n') + (as.length > 4 ? `\n${t(lang, 'desktop.more', { n: as.length - 4 })}` : '');
  const name = ruleDisplayName(s.rule, lang);
  if (s.firing.length === 0) return { title: t(lang, 'desktop.resolved', { rule: name }), body: list(s.resolved) };
  const n = s.firing.length;
  return { title: `${name}${n > 1 ? ` (${n})` : ''}`, body: list(s.firing) };
}

/** Sends one planned message; never throws. */
export async function deliver(s: PlannedSend, now: number, d: DeliverDeps): Promise<void> {
  const writeLog = () => d.repo.writeLog(s.groupKey, s.channel, s.log.firing, s.log.resolved, now);
  if (s.firing.length === 0 && s.resolved.length === 0) {
    writeLog(); // "all resolved" on a channel that does not send resolved: only clear the log
    return;
  }
  const counts = { firing: s.firing.length, resolved: s.resolved.length };
  const lang = d.language();
  if (s.channel === 'email') {
    const msg = renderAlertMail({
      ruleName: ruleDisplayName(s.rule, lang),
      severity: s.rule.severity,
      firing: s.firing,
      resolved: s.resolved,
      now,
      lang,
    });
    d.repo.transaction(() => {
      const id = d.repo.addNotification({
        channel: 'email',
        groupKey: s.groupKey,
        subject: msg.subject,
        at: now,
        status: 'queued',
        error: null,
        ...counts,
      });
      d.outbox.add(msg, id);
      writeLog();
    });
    return;
  }
  const { title, body } = desktopText(s, lang);
  const page = pageOf(s);
  d.onNotified({ title, body, page, severity: s.rule.severity, at: now });
  try {
    await d.desktop.notify({ title, body, page, severity: s.rule.severity });
    d.repo.transaction(() => {
      d.repo.addNotification({ channel: 'desktop', groupKey: s.groupKey, subject: title, at: now, status: 'sent', error: null, ...counts });
      writeLog();
    });
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    d.log.warn('desktop notification failed', { group: s.groupKey, error });
    d.repo.addNotification({ channel: 'desktop', groupKey: s.groupKey, subject: title, at: now, status: 'failed', error, ...counts });
  }
}
