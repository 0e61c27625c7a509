/**
 * Every user-facing text of the alert engine (summaries, desktop notifications, e-mails, the
 * digest, the tray tooltip, default rule names) in French and English. French is the reference:
 * the English table is typed on its keys, so a missing translation fails to compile. `{name}`
 * placeholders; numbers, money (€) and dates go through Intl for the language (fr-FR / en-GB).
 *
 * Decisions (see README "Language"):
 * - Texts are rendered in the language of the moment they are produced. An alert's summary is
 *   recomputed at every evaluation, so a firing alert follows a language switch at the next
 *   evaluation; history rows, resolved alerts and e-mails already queued keep their text.
 * - Default rule names stay user data in the settings. A default rule (known id) whose name is
 *   still one of its default names, in any language, was never edited and is shown in the
 *   user's language (`ruleDisplayName`); an edited name is shown as typed.
 */
import type { AlertRule, Severity } from '../../../shared/domain/alerts';
import type { CollectorHealth, Language } from '../../../shared/domain/collector';

export type Lang = Language;

/** The reference table (French). */
export const fr = {
  // summaries (conditions.ts)
  'sum.bankroll': 'Bankroll {value} sous {threshold}',
  'sum.roi': 'ROI {value} sur {n} paris réglés (seuil {threshold})',
  'sum.winRate': 'Taux de réussite {value} sur {n} paris (seuil {threshold})',
  'sum.collectorFailed': 'Dernière collecte en échec : {error}',
  'sum.collectorFailed.unknown': 'erreur',
  'sum.collectorLate': 'Aucune collecte lancée depuis {minutes} min (attendu toutes les {interval} min)',
  'sum.noData': 'Aucune collecte réussie depuis {hours} h',
  'sum.quotaExhausted': 'Crédits The Odds API épuisés : plus aucun appel payant avant la remise à zéro du {resumes} ; la collecte reprend alors d’elle-même',
  'sum.quotaLow': 'Crédits restants : {remaining} sur {plan} ({share}, seuil {threshold})',
  'sum.emailFailing': 'Envoi des e-mails en échec ({n} tentatives) : {error}',
  'sum.emailFailing.unknown': 'erreur inconnue',
  // severities and states
  'sev.critical': 'CRITIQUE',
  'sev.warning': 'ATTENTION',
  'sev.info': 'INFO',
  'state.resolved': 'RÉSOLU',
  // desktop (deliver.ts)
  'desktop.resolved': 'Résolu · {rule}',
  'desktop.more': '… +{n}',
  // alert e-mail (email-render.ts)
  'mail.subject.firing': '[MON_PS] {severity} · {rule}{count}',
  'mail.subject.resolved': '[MON_PS] RÉSOLU · {rule}',
  'mail.firing': 'En cours',
  'mail.resolved': 'Résolu',
  'mail.firing.text': 'En cours :',
  'mail.resolved.text': 'Résolu :',
  'mail.since': 'depuis {when}',
  'mail.resolvedAt': 'résolu {when}',
  'mail.sentAt': 'Envoyé le {when}.',
  'mail.footer': 'MON_PS — réglez les alertes dans l’application : Alertes et Réglages.',
  'mail.more': '+ {n} (voir l’application)',
  // digest
  'digest.subject': '[MON_PS] Résumé du jour · {critical}{alerts} alerte(s) · {opportunities} opportunité(s)',
  'digest.subject.critical': '{n} critique · ',
  'digest.banner': 'MON_PS — résumé du jour',
  'digest.health': 'Santé',
  'digest.healthLine': 'Collecteur : {collector} · dernière collecte réussie : {last} · crédits restants : {credits}',
  'digest.never': 'aucune',
  'digest.unknownCredits': 'inconnus',
  'digest.firing': 'Alertes en cours',
  'digest.none': 'Aucune.',
  'digest.bankroll': 'Bankroll',
  'digest.bankrollLine': 'Bankroll {bankroll} · ROI {roi} · réussite {winRate} · {settled} paris réglés, {pending} en cours',
  'digest.noBankroll': 'Bankroll : pas encore de données.',
  'digest.since': 'Depuis le {when}',
  'digest.tag.fired': 'DÉCLENCHÉE',
  'digest.tag.resolved': 'RÉSOLUE',
  'digest.fired': '- déclenchée {when} : {summary}',
  'digest.resolvedLine': '- résolue {when} : {summary}',
  'digest.noChanges': 'Aucune alerte déclenchée ni résolue.',
  'digest.opportunities': 'Opportunités ouvertes',
  'digest.tag.opportunity': 'OPPORT.',
  'digest.oppMeta': 'vue le {seen} · coup d’envoi {kickoff}',
  'digest.oppLine': '- {summary} (coup d’envoi {kickoff})',
  'collector.ok': 'OK',
  'collector.warning': 'à surveiller',
  'collector.error': 'en erreur',
  'collector.idle': 'à l’arrêt',
  // test messages
  'test.mail.subject': '[MON_PS] Test d’e-mail',
  'test.mail.body': 'Les alertes par e-mail fonctionnent.',
  'test.title': 'MON_PS — test',
  'test.desktop': 'Notification de test.',
  'test.inapp': 'Notification de test dans l’application.',
  // tray (overview.ts)
  'tray.ok': 'tout va bien',
  'tray.warning': 'à surveiller',
  'tray.critical': 'critique',
  'tray.lastCollection': 'Dernière collecte : {time}',
  'tray.never': 'jamais',
  'tray.opportunities': 'Opportunités ouvertes : {n}',
  // default rule names (default-rules.ts)
  'rule.bankroll-critical': 'Bankroll critique',
  'rule.roi-negative': 'ROI négatif',
  'rule.winrate-low': 'Taux de réussite bas',
  'rule.collector-down': 'Collecteur en panne',
  'rule.no-data': 'Aucune donnée collectée',
  'rule.new-opportunity': 'Nouvelle opportunité',
  'rule.quota-low': 'Crédits bas',
  'rule.email-failing': 'Envoi des e-mails en échec',
};

export type TextKey = keyof typeof fr;

/** English: every key of the French table, no more, no less. */
export const en: Record<TextKey, string> = {
  'sum.bankroll': 'Bankroll {value} below {threshold}',
  'sum.roi': 'ROI {value} over {n} settled bets (threshold {threshold})',
  'sum.winRate': 'Win rate {value} over {n} bets (threshold {threshold})',
  'sum.collectorFailed': 'Last collection failed: {error}',
  'sum.collectorFailed.unknown': 'error',
  'sum.collectorLate': 'No collection started for {minutes} min (expected every {interval} min)',
  'sum.noData': 'No successful collection for {hours} h',
  'sum.quotaExhausted': 'The Odds API credits exhausted: no paid call until the reset on {resumes}; collection then resumes by itself',
  'sum.quotaLow': 'Credits remaining: {remaining} of {plan} ({share}, threshold {threshold})',
  'sum.emailFailing': 'E-mail delivery failing ({n} attempts): {error}',
  'sum.emailFailing.unknown': 'unknown error',
  'sev.critical': 'CRITICAL',
  'sev.warning': 'WARNING',
  'sev.info': 'INFO',
  'state.resolved': 'RESOLVED',
  'desktop.resolved': 'Resolved · {rule}',
  'desktop.more': '… +{n}',
  'mail.subject.firing': '[MON_PS] {severity} · {rule}{count}',
  'mail.subject.resolved': '[MON_PS] RESOLVED · {rule}',
  'mail.firing': 'Firing',
  'mail.resolved': 'Resolved',
  'mail.firing.text': 'Firing:',
  'mail.resolved.text': 'Resolved:',
  'mail.since': 'since {when}',
  'mail.resolvedAt': 'resolved {when}',
  'mail.sentAt': 'Sent on {when}.',
  'mail.footer': 'MON_PS — set up alerts in the app: Alerts and Settings.',
  'mail.more': '+ {n} (see the app)',
  'digest.subject': '[MON_PS] Daily summary · {critical}{alerts} alert(s) · {opportunities} opportunity(ies)',
  'digest.subject.critical': '{n} critical · ',
  'digest.banner': 'MON_PS — daily summary',
  'digest.health': 'Health',
  'digest.healthLine': 'Collector: {collector} · last successful collection: {last} · credits remaining: {credits}',
  'digest.never': 'none',
  'digest.unknownCredits': 'unknown',
  'digest.firing': 'Firing alerts',
  'digest.none': 'None.',
  'digest.bankroll': 'Bankroll',
  'digest.bankrollLine': 'Bankroll {bankroll} · ROI {roi} · win rate {winRate} · {settled} settled bets, {pending} pending',
  'digest.noBankroll': 'Bankroll: no data yet.',
  'digest.since': 'Since {when}',
  'digest.tag.fired': 'FIRED',
  'digest.tag.resolved': 'RESOLVED',
  'digest.fired': '- fired {when}: {summary}',
  'digest.resolvedLine': '- resolved {when}: {summary}',
  'digest.noChanges': 'No alert fired or resolved.',
  'digest.opportunities': 'Open opportunities',
  'digest.tag.opportunity': 'OPPORT.',
  'digest.oppMeta': 'seen {seen} · kick-off {kickoff}',
  'digest.oppLine': '- {summary} (kick-off {kickoff})',
  'collector.ok': 'OK',
  'collector.warning': 'needs attention',
  'collector.error': 'failing',
  'collector.idle': 'idle',
  'test.mail.subject': '[MON_PS] Test e-mail',
  'test.mail.body': 'E-mail alerts work.',
  'test.title': 'MON_PS — test',
  'test.desktop': 'Test notification.',
  'test.inapp': 'In-app test notification.',
  'tray.ok': 'all good',
  'tray.warning': 'needs attention',
  'tray.critical': 'critical',
  'tray.lastCollection': 'Last collection: {time}',
  'tray.never': 'never',
  'tray.opportunities': 'Open opportunities: {n}',
  'rule.bankroll-critical': 'Critical bankroll',
  'rule.roi-negative': 'Negative ROI',
  'rule.winrate-low': 'Low win rate',
  'rule.collector-down': 'Collector down',
  'rule.no-data': 'No data collected',
  'rule.new-opportunity': 'New opportunity',
  'rule.quota-low': 'Low credits',
  'rule.email-failing': 'E-mail delivery failing',
};

const TABLES: Record<Lang, Record<TextKey, string>> = { fr, en };

/** Any value → a supported language (French, the app's default, for anything else). */
export function langOf(v: unknown): Lang {
  return v === 'en' ? 'en' : 'fr';
}

/** The text for `key` in `lang`, `{name}` placeholders replaced (unknown ones left as is). */
export function t(lang: Lang, key: TextKey, vars: Record<string, string | number> = {}): string {
  return TABLES[lang][key].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Intl formatters for one language. */
export interface Fmt {
  lang: Lang;
  /** Euros, 2 decimals: "850,00 €" / "€850.00". */
  eur(euros: number): string;
  /** A value already in percent, 1 decimal: 3.5 → "3,5 %" / "3.5%". */
  pct(percent: number): string;
  /** A plain number with `digits` decimals (default: integer, grouped). */
  num(n: number, digits?: number): string;
  /** Date and time (local): "25 nov. 2026, 13:00" / "25 Nov 2026, 13:00". */
  when(ms: number): string;
  /** Time of day (local): "13:00". */
  time(ms: number): string;
}

const cache = new Map<Lang, Fmt>();

/** The formatters of `lang` (built once). */
export function fmt(lang: Lang): Fmt {
  const hit = cache.get(lang);
  if (hit) return hit;
  const loc = LOCALE[lang];
  const eur = new Intl.NumberFormat(loc, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const pct = new Intl.NumberFormat(loc, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const nums = new Map<number, Intl.NumberFormat>();
  const when = new Intl.DateTimeFormat(loc, { dateStyle: 'medium', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(loc, { hour: '2-digit', minute: '2-digit' });
  const f: Fmt = {
    lang,
    eur: (v) => eur.format(v),
    pct: (v) => pct.format(v / 100),
    num: (n, digits = 0) => {
      let nf = nums.get(digits);
      if (!nf) nums.set(digits, (nf = new Intl.NumberFormat(loc, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
      return nf.format(n);
    },
    when: (ms) => when.format(new Date(ms)),
    time: (ms) => time.format(new Date(ms)),
  };
  cache.set(lang, f);
  return f;
}

/** "CRITIQUE" / "CRITICAL"… */
export const severityLabel = (lang: Lang, s: Severity): string => t(lang, `sev.${s}`);

/** The collector's health word. */
export const collectorWord = (lang: Lang, h: string): string =>
  (['ok', 'warning', 'error', 'idle'] as const).includes(h as CollectorHealth) ? t(lang, `collector.${h as CollectorHealth}`) : h;

type RuleNameKey = Extract<TextKey, `rule.${string}`>;
const ruleKey = (id: string): RuleNameKey | null => (`rule.${id}` in fr ? (`rule.${id}` as RuleNameKey) : null);

/**
 * The name to show for a rule: a default rule whose stored name is still one of its default
 * names (French or English: never edited) is shown in `lang`; any other name as stored.
 */
export function ruleDisplayName(rule: Pick<AlertRule, 'id' | 'name'>, lang: Lang): string {
  const k = ruleKey(rule.id);
  if (!k) return rule.name;
  const name = rule.name.trim();
  return name === fr[k] || name === en[k] ? TABLES[lang][k] : rule.name;
}

/** The default (French) name of a default rule id, for default-rules.ts. */
export const defaultRuleName = (id: string): string => {
  const k = ruleKey(id);
  if (!k) throw new Error(`no default rule ${id}`);
  return fr[k];
};
