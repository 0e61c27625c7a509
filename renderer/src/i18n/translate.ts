import type { Language } from '../../../shared/domain/collector';
import { en } from './en';
import { fr, type Dict, type DictKey } from './fr';

const DICTS: Record<Language, Dict> = { fr, en };

export type Vars = Record<string, string | number>;

/** Keys `x` for which both `x_one` and `x_other` exist. */
export type PluralBase = {
  [K in DictKey]: K extends `${infer B}_one` ? (`${B}_other` extends DictKey ? B : never) : never;
}[DictKey];

export interface Translator {
  t(key: DictKey, vars?: Vars): string;
  /** Plural: picks `base_one` / `base_other` for n and fills `{n}`. */
  tp(base: PluralBase, n: number, vars?: Vars): string;
}

const fill = (s: string, vars?: Vars): string =>
  vars ? s.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : s;

const cache = new Map<Language, Translator>();

export function getTranslator(lang: Language): Translator {
  const hit = cache.get(lang);
  if (hit) return hit;
  const dict = DICTS[lang];
  const plural = new Intl.PluralRules(lang);
  const count = new Intl.NumberFormat(lang);
  const tr: Translator = {
    t: (key, vars) => fill(dict[key], vars),
    tp: (base, n, vars) => {
      const key = (plural.select(n) === 'one' ? `${base}_one` : `${base}_other`) as DictKey;
      return fill(dict[key], { n: count.format(n), ...vars });
    },
  };
  cache.set(lang, tr);
  return tr;
}
