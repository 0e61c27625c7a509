/**
 * The alert engine's access to THE catalogue (shared/i18n): summaries, desktop notifications,
 * e-mails, the digest, the tray tooltip and default rule names, in French and English, through
 * i18next. Numbers, money (€) and dates go through Intl for the language (fr-FR / en-GB).
 *
 * Decisions (see README "Language"):
 * - Alerts carry their summary as a message code with params (`message`); the renderer renders
 *   it in the reader's language at display time, so a language switch re-renders history too.
 *   The `summary` string (in the language of the moment) is kept for e-mails, desktop
 *   notifications, CSV exports and the CLI.
 * - Default rule names stay user data in the settings. A default rule (known id) whose name is
 *   still one of its default names, in any language, was never edited and is shown in the
 *   user's language (`ruleDisplayName`); an edited name is shown as typed.
 */
import type { AlertRule, Severity } from '../../../shared/domain/alerts';
import type { CollectorHealth, Language } from '../../../shared/domain/collector';
import { sharedEn as en, sharedFr as fr, sharedT, type SharedKey } from '../../../shared/i18n/catalogue';
import type { TFn } from '../../../shared/i18n/i18n';
import { renderMsg, type Msg } from '../../../shared/i18n/messages';

export type Lang = Language;
export type TextKey = SharedKey;
/** Keys `x` for which `x_one` / `x_other` exist (call them with `count`). */
export type PluralKey = { [K in TextKey]: K extends `${infer B}_one` ? B : never }[TextKey];

const T: Record<Lang, TFn> = { fr: sharedT('fr'), en: sharedT('en') };
const TABLES: Record<Lang, Record<TextKey, string>> = { fr, en };
export { fr, en };

/** Any value → a supported language (French, the app's default, for anything else). */
export function langOf(v: unknown): Lang {
  return v === 'en' ? 'en' : 'fr';
}

/** The text for `key` in `lang`, `{name}` placeholders (and `{name, format}`) filled; `count` picks a plural. */
export function t(lang: Lang, key: TextKey | PluralKey, vars: Record<string, unknown> = {}): string {
  return T[lang](key, vars);
}

/** A message (code + params) in `lang`. */
export const msgText = (lang: Lang, m: Msg): string => renderMsg(T[lang], m);

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
