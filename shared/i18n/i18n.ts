/**
 * One i18next instance per catalogue, shared by the renderer and the core.
 *
 * - Placeholders are `{name}` (not i18next's default `{{name}}`), with a format after a comma:
 *   `{value, eur}` euros · `{v, pct}` a value already in percent, 1 decimal · `{n, int}` grouped
 *   integer · `{h, dec1}` one decimal · `{p, num}` up to 2 decimals · `{p, signed}` same with
 *   a sign · `{p, price}` odds, 2 decimals · `{ms, datetime}` local date and time. The numbers
 *   take the language's separators (10,1 % · 1 030,00 €).
 * - Plurals follow i18next's rules (Intl.PluralRules): keys `x_one` / `x_other`, called with
 *   `count` (French: 0 and 1 are singular).
 * - Keys contain dots but are flat: no key or namespace separator.
 */
import i18next, { type i18n as I18nInstance } from 'i18next';

export type Lang = 'fr' | 'en';
export type Params = Record<string, unknown>;
export type TFn = (key: string, params?: Params) => string;

const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

function addFormats(inst: I18nInstance): void {
  const nf = (lng: string | undefined, o: Intl.NumberFormatOptions) => new Intl.NumberFormat(LOCALE[(lng as Lang) ?? 'fr'] ?? lng, o);
  const cache = new Map<string, Intl.NumberFormat>();
  const cached = (lng: string | undefined, name: string, o: Intl.NumberFormatOptions) => {
    const k = `${lng}|${name}`;
    let f = cache.get(k);
    if (!f) cache.set(k, (f = nf(lng, o)));
    return f;
  };
  const num = (v: unknown) => (typeof v === 'number' ? v : Number(v));
  const f = inst.services.formatter!;
  f.add('eur', (v, lng) =>
    cached(lng, 'eur', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(num(v)),
  );
  f.add('pct', (v, lng) =>
    cached(lng, 'pct', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(num(v) / 100),
  );
  f.add('int', (v, lng) => cached(lng, 'int', { maximumFractionDigits: 0 }).format(num(v)));
  f.add('dec1', (v, lng) => cached(lng, 'dec1', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(num(v)));
  f.add('num', (v, lng) => cached(lng, 'num', { maximumFractionDigits: 2 }).format(num(v)));
  f.add('signed', (v, lng) => cached(lng, 'signed', { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(num(v)));
  f.add('price', (v, lng) => cached(lng, 'price', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(num(v)));
  f.add('datetime', (v, lng) =>
    new Intl.DateTimeFormat(LOCALE[(lng as Lang) ?? 'fr'] ?? lng, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(num(v))),
  );
}

/** A ready (synchronous) i18next instance over `resources` (one flat table per language). */
export function createCatalogue(resources: Record<Lang, Record<string, string>>): I18nInstance {
  const inst = i18next.createInstance();
  void inst.init({
    resources: { fr: { translation: resources.fr }, en: { translation: resources.en } },
    lng: 'fr',
    fallbackLng: 'fr',
    supportedLngs: ['fr', 'en'],
    initAsync: false,
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    interpolation: { prefix: '{', suffix: '}', escapeValue: false, formatSeparator: ',' },
  } as Parameters<I18nInstance['init']>[0]);
  addFormats(inst);
  return inst;
}

/** `t` bound to one language of `inst` (untyped keys: callers type them). */
export function fixedT(inst: I18nInstance, lang: Lang): TFn {
  const t = inst.getFixedT(lang) as unknown as (k: string, o?: Params) => string;
  return (key, params) => t(key, params);
}
