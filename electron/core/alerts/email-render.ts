/**
 * The two kinds of mail: an alert group (immediate) and the daily digest. HTML + plain text,
 * in the language given (texts from ./texts, numbers and dates with Intl).
 */
import type { AlertInstance, AlertTransition, Severity } from '../../../shared/domain/alerts';
import { collectorWord, fmt, severityLabel, t, type Lang } from './texts';
import type { MailMessage } from '../notify/mailer';
import { COLOURS, heading, page, para, rows } from './email-html';

/** Gmail clips messages above ~102 KB: lists are capped well below. */
const MAX_ITEMS = 100;

export interface AlertMailInput {
  /** The rule's name as shown to the user (see ruleDisplayName). */
  ruleName: string;
  severity: Severity;
  firing: AlertInstance[];
  resolved: AlertInstance[];
  now: number;
  lang: Lang;
}

/** One alert group's mail. */
export function renderAlertMail(x: AlertMailInput): MailMessage {
  const L = x.lang;
  const { when } = fmt(L);
  const SEV = (s: Severity) => severityLabel(L, s);
  const footer = t(L, 'mail.footer');
  const subject = x.firing.length
    ? t(L, 'mail.subject.firing', {
        severity: SEV(x.severity),
        rule: x.ruleName,
        count: x.firing.length > 1 ? ` (${x.firing.length})` : '',
      })
    : t(L, 'mail.subject.resolved', { rule: x.ruleName });
  const f = x.firing.slice(0, MAX_ITEMS);
  const r = x.resolved.slice(0, MAX_ITEMS);
  const since = (a: AlertInstance) => t(L, 'mail.since', { when: when(a.firedAt ?? a.activeAt) });
  const resolvedAt = (a: AlertInstance) => t(L, 'mail.resolvedAt', { when: when(a.resolvedAt ?? x.now) });
  const sent = t(L, 'mail.sentAt', { when: when(x.now) });
  const body =
    (f.length
      ? heading(t(L, 'mail.firing')) +
        rows(
          f.map((a) => ({ tag: SEV(a.severity), colour: COLOURS[a.severity], text: a.summary, meta: since(a) })),
          L,
        )
      : '') +
    (r.length
      ? heading(t(L, 'mail.resolved')) +
        rows(
          r.map((a) => ({ tag: t(L, 'state.resolved'), colour: COLOURS.ok, text: a.summary, meta: resolvedAt(a) })),
          L,
        )
      : '') +
    para(sent, COLOURS.muted);
  const html = page(
    subject,
    { text: subject.replace('[MON_PS] ', 'MON_PS — '), colour: x.firing.length ? COLOURS[x.severity] : COLOURS.ok },
    body,
    footer,
    L,
  );
  const text = [
    subject,
    '',
    ...(f.length ? [t(L, 'mail.firing.text'), ...f.map((a) => `- [${SEV(a.severity)}] ${a.summary} (${since(a)})`), ''] : []),
    ...(r.length ? [t(L, 'mail.resolved.text'), ...r.map((a) => `- ${a.summary} (${resolvedAt(a)})`), ''] : []),
    sent,
    footer,
  ].join('\n');
  return { subject, html, text };
}

export interface DigestInput {
  now: number;
  since: number;
  health: { collector: string; lastSuccessAt: number | null; creditsRemaining: number | null };
  firing: AlertInstance[];
  changes: AlertTransition[];
  bankroll: { bankrollCents: number; roi: number | null; winRate: number | null; nSettled: number; pending: number } | null;
  opportunities: { summary: string; firstSeenAt: number; commenceTime: number }[];
  lang: Lang;
}

/** The daily digest: health, firing alerts, bankroll, alerts fired and resolved, opportunities. */
export function renderDigest(d: DigestInput): MailMessage {
  const L = d.lang;
  const { when, eur, pct: pct100, num } = fmt(L);
  const pct = (r: number | null) => (r === null ? '—' : pct100(r * 100));
  const SEV = (s: Severity) => severityLabel(L, s);
  const footer = t(L, 'mail.footer');
  const none = t(L, 'digest.none');
  const crit = d.firing.filter((a) => a.severity === 'critical').length;
  const subject = t(L, 'digest.subject', {
    critical: crit ? t(L, 'digest.subject.critical', { count: crit }) : '',
    alerts: t(L, 'digest.alerts', { count: d.firing.length }),
    opportunities: t(L, 'digest.opps', { count: d.opportunities.length }),
  });
  const healthLine = t(L, 'digest.healthLine', {
    collector: collectorWord(L, d.health.collector),
    last: d.health.lastSuccessAt ? when(d.health.lastSuccessAt) : t(L, 'digest.never'),
    credits: d.health.creditsRemaining !== null ? num(d.health.creditsRemaining) : t(L, 'digest.unknownCredits'),
  });
  const bank = d.bankroll
    ? t(L, 'digest.bankrollLine', {
        bankroll: eur(d.bankroll.bankrollCents / 100),
        roi: pct(d.bankroll.roi),
        winRate: pct(d.bankroll.winRate),
        settled: num(d.bankroll.nSettled),
        pending: num(d.bankroll.pending),
      })
    : t(L, 'digest.noBankroll');
  const fired = d.changes.filter((x) => x.to === 'firing').slice(-MAX_ITEMS);
  const resolved = d.changes.filter((x) => x.to === 'resolved').slice(-MAX_ITEMS);
  const opps = d.opportunities.slice(0, MAX_ITEMS);
  const sinceTitle = t(L, 'digest.since', { when: when(d.since) });
  const body =
    heading(t(L, 'digest.health')) +
    para(healthLine) +
    heading(t(L, 'digest.firing')) +
    (d.firing.length
      ? rows(
          d.firing.slice(0, MAX_ITEMS).map((a) => ({ tag: SEV(a.severity), colour: COLOURS[a.severity], text: a.summary })),
          L,
        )
      : para(none)) +
    heading(t(L, 'digest.bankroll')) +
    para(bank) +
    heading(sinceTitle) +
    (fired.length || resolved.length
      ? rows(
          [
            ...fired.map((x) => ({ tag: t(L, 'digest.tag.fired'), colour: COLOURS.warning, text: x.summary, meta: when(x.at) })),
            ...resolved.map((x) => ({ tag: t(L, 'digest.tag.resolved'), colour: COLOURS.ok, text: x.summary, meta: when(x.at) })),
          ],
          L,
        )
      : para(t(L, 'digest.noChanges'))) +
    heading(t(L, 'digest.opportunities')) +
    (opps.length
      ? rows(
          opps.map((o) => ({
            tag: t(L, 'digest.tag.opportunity'),
            colour: COLOURS.info,
            text: o.summary,
            meta: t(L, 'digest.oppMeta', { seen: when(o.firstSeenAt), kickoff: when(o.commenceTime) }),
          })),
          L,
        )
      : para(none));
  const html = page(subject, { text: t(L, 'digest.banner'), colour: crit ? COLOURS.critical : '#344054' }, body, footer, L);
  const text = [
    subject,
    '',
    t(L, 'digest.health'),
    healthLine,
    '',
    t(L, 'digest.firing'),
    ...(d.firing.length ? d.firing.slice(0, MAX_ITEMS).map((a) => `- [${SEV(a.severity)}] ${a.summary}`) : [none]),
    '',
    t(L, 'digest.bankroll'),
    bank,
    '',
    sinceTitle,
    ...fired.map((x) => t(L, 'digest.fired', { when: when(x.at), summary: x.summary })),
    ...resolved.map((x) => t(L, 'digest.resolvedLine', { when: when(x.at), summary: x.summary })),
    '',
    t(L, 'digest.opportunities'),
    ...(opps.length ? opps.map((o) => t(L, 'digest.oppLine', { summary: o.summary, kickoff: when(o.commenceTime) })) : [none]),
    '',
    footer,
  ].join('\n');
  return { subject, html, text };
}
