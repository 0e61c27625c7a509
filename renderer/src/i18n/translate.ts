/**
 * The renderer's side of THE catalogue: one i18next instance over the pages' texts plus the
 * shared part (shared/i18n: alerts, errors, markets, outcomes…). `t(key, vars)` and
 * `tp(base, n, vars)` keep their typed keys; plurals follow i18next's rules (`count`).
 */
import type { Language } from '../../../shared/domain/collector';
import { createCatalogue, fixedT, type TFn } from '../../../shared/i18n/i18n';
import { outcomeParam, renderMsg, renderParam, type Msg } from '../../../shared/i18n/messages';
import { en } from './en';
import { fr, type DictKey } from './fr';

export type Vars = Record<string, string | number>;

/** Keys `x` for which both `x_one` and `x_other` exist. */
export type PluralBase = {
  [K in DictKey]: K extends `${infer B}_one` ? (`${B}_other` extends DictKey ? B : never) : never;
}[DictKey];

export interface Translator {
  t(key: DictKey, vars?: Vars): string;
  /** Plural: picks `base_one` / `base_other` for n by the language's rules and fills `{n}` (formatted) and `{count}`. */
  tp(base: PluralBase, n: number, vars?: Vars): string;
  /** A message the core sent as a code + params; `fallback` (e.g. the stored text) when the code is unknown. */
  msg(m: Msg, fallback?: string): string;
  /** An error code's words (`error.<CODE>`), else `fallback`. */
  errorText(code: string | null | undefined, fallback: string, detail?: string): string;
  /** An outcome's name: Draw → Nul, Over (2.5) → Plus de 2,5, a team as it is. */
  outcome(name: string, point?: number | null): string;
  /** Whether the catalogue has this key. */
  has(key: string): boolean;
}

const catalogue = createCatalogue({ fr, en });
const cache = new Map<Language, Translator>();

export function getTranslator(lang: Language): Translator {
  const hit = cache.get(lang);
  if (hit) return hit;
  const raw: TFn = fixedT(catalogue, lang);
  const count = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB');
  const has = (key: string) => catalogue.exists(key, { lng: lang });
  const tr: Translator = {
    t: (key, vars) => raw(key, vars),
    tp: (base, n, vars) => raw(base, { count: n, n: count.format(n), ...vars }),
    msg: (m, fallback) => renderMsg(raw, m, fallback),
    errorText: (code, fallback, detail) => (code && has(`error.${code}`) ? raw(`error.${code}`, { detail: detail ?? fallback }) : fallback),
    has,
    outcome: (name, point = null) => renderParam(raw, outcomeParam(name, point)),
  };
  cache.set(lang, tr);
  return tr;
}
