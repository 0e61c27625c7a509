/** The two kinds of mail: an alert group (immediate) and the daily digest. HTML + plain text. */
import type { AlertInstance, AlertTransition, Severity } from '../../../shared/domain/alerts';
import type { MailMessage } from './mailer';
import { COLOURS, heading, page, para, rows } from './email-html';

const SEV: Record<Severity, string> = { critical: 'CRITIQUE', warning: 'ATTENTION', info: 'INFO' };
const when = (ms: number) => new Date(ms).toLocaleString('fr-FR', { dateStyle: 'medium', timeStyle: 'short' });
/** Gmail clips messages above ~102 KB: lists are capped well below. */
const MAX_ITEMS = 100;
const FOOTER = 'MON_PS — réglez les alertes dans l’application : Alertes et Réglages.';

export interface AlertMailInput {
  ruleName: string;
  severity: Severity;
  firing: AlertInstance[];
  resolved: AlertInstance[];
  now: number;
}

/** One alert group's mail. */
export function renderAlertMail(x: AlertMailInput): MailMessage {
  const subject = x.firing.length
    ? `[MON_PS] ${SEV[x.severity]} · ${x.ruleName}${x.firing.length > 1 ? ` (${x.firing.length})` : ''}`
    : `[MON_PS] RÉSOLU · ${x.ruleName}`;
  const f = x.firing.slice(0, MAX_ITEMS);
  const r = x.resolved.slice(0, MAX_ITEMS);
  const body =
    (f.length ? heading('En cours') + rows(f.map((a) => ({ tag: SEV[a.severity], colour: COLOURS[a.severity], text: a.summary, meta: `depuis ${when(a.firedAt ?? a.activeAt)}` }))) : '') +
    (r.length ? heading('Résolu') + rows(r.map((a) => ({ tag: 'RÉSOLU', colour: COLOURS.ok, text: a.summary, meta: `résolu ${when(a.resolvedAt ?? x.now)}` }))) : '') +
    para(`Envoyé le ${when(x.now)}.`, COLOURS.muted);
  const html = page(subject, { text: subject.replace('[MON_PS] ', 'MON_PS — '), colour: x.firing.length ? COLOURS[x.severity] : COLOURS.ok }, body, FOOTER);
  const text = [
    subject,
    '',
    ...(f.length ? ['En cours :', ...f.map((a) => `- [${SEV[a.severity]}] ${a.summary} (depuis ${when(a.firedAt ?? a.activeAt)})`), ''] : []),
    ...(r.length ? ['Résolu :', ...r.map((a) => `- ${a.summary} (résolu ${when(a.resolvedAt ?? x.now)})`), ''] : []),
    `Envoyé le ${when(x.now)}.`,
    FOOTER,
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
}

const eur = (cents: number) => `${(cents / 100).toFixed(2).replace('.', ',')} €`;
const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1).replace('.', ',')} %`);

/** The daily digest: health, firing alerts, bankroll, alerts fired and resolved, opportunities. */
export function renderDigest(d: DigestInput): MailMessage {
  const crit = d.firing.filter((a) => a.severity === 'critical').length;
  const subject = `[MON_PS] Résumé du jour · ${crit ? `${crit} critique · ` : ''}${d.firing.length} alerte(s) · ${d.opportunities.length} opportunité(s)`;
  const healthLine = `Collecteur : ${d.health.collector} · dernière collecte réussie : ${d.health.lastSuccessAt ? when(d.health.lastSuccessAt) : 'aucune'} · crédits restants : ${d.health.creditsRemaining ?? 'inconnus'}`;
  const bank = d.bankroll
    ? `Bankroll ${eur(d.bankroll.bankrollCents)} · ROI ${pct(d.bankroll.roi)} · réussite ${pct(d.bankroll.winRate)} · ${d.bankroll.nSettled} paris réglés, ${d.bankroll.pending} en cours`
    : 'Bankroll : pas encore de données.';
  const fired = d.changes.filter((t) => t.to === 'firing').slice(-MAX_ITEMS);
  const resolved = d.changes.filter((t) => t.to === 'resolved').slice(-MAX_ITEMS);
  const opps = d.opportunities.slice(0, MAX_ITEMS);
  const body =
    heading('Santé') + para(healthLine) +
    heading('Alertes en cours') + (d.firing.length ? rows(d.firing.slice(0, MAX_ITEMS).map((a) => ({ tag: SEV[a.severity], colour: COLOURS[a.severity], text: a.summary }))) : para('Aucune.')) +
    heading('Bankroll') + para(bank) +
    heading(`Depuis le ${when(d.since)}`) +
    (fired.length || resolved.length
      ? rows([...fired.map((t) => ({ tag: 'DÉCLENCHÉE', colour: COLOURS.warning, text: t.summary, meta: when(t.at) })), ...resolved.map((t) => ({ tag: 'RÉSOLUE', colour: COLOURS.ok, text: t.summary, meta: when(t.at) }))])
      : para('Aucune alerte déclenchée ni résolue.')) +
    heading('Opportunités ouvertes') +
    (opps.length ? rows(opps.map((o) => ({ tag: 'OPPORT.', colour: COLOURS.info, text: o.summary, meta: `vue le ${when(o.firstSeenAt)} · coup d’envoi ${when(o.commenceTime)}` }))) : para('Aucune.'));
  const html = page(subject, { text: 'MON_PS — résumé du jour', colour: crit ? COLOURS.critical : '#344054' }, body, FOOTER);
  const text = [
    subject, '', 'Santé', healthLine, '',
    'Alertes en cours', ...(d.firing.length ? d.firing.slice(0, MAX_ITEMS).map((a) => `- [${SEV[a.severity]}] ${a.summary}`) : ['Aucune.']), '',
    'Bankroll', bank, '',
    `Depuis le ${when(d.since)}`, ...fired.map((t) => `- déclenchée ${when(t.at)} : ${t.summary}`), ...resolved.map((t) => `- résolue ${when(t.at)} : ${t.summary}`), '',
    'Opportunités ouvertes', ...(opps.length ? opps.map((o) => `- ${o.summary} (coup d’envoi ${when(o.commenceTime)})`) : ['Aucune.']), '',
    FOOTER,
  ].join('\n');
  return { subject, html, text };
}
