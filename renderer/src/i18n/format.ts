import type { Language } from '../../../shared/domain/collector';

/** Intl formatters for one language; build once per language (see `getFormatters`). */
export interface Formatters {
  readonly locale: string;
  number(n: number, maxDigits?: number): string;
  /** A ratio as a percentage: 0.052 → "5,2 %". */
  percent(ratio: number, digits?: number): string;
  money(amount: number): string;
  /** Decimal odds: 2.15 → "2,15" in French. */
  odds(price: number): string;
  /** 25 nov. 2026 14:05 (local time). */
  dateTime(ms: number): string;
  /** 14:05 */
  time(ms: number): string;
  /** mardi 25 novembre */
  day(ms: number): string;
  /** A calendar month key "2022-08" → "août 2022" / "Aug 2022" (the key itself if it is not one). */
  month(ym: string): string;
  /** il y a 4 min / dans 2 h */
  relative(ms: number, now: number): string;
  bytes(n: number): string;
  /** 1 min 05 s */
  duration(ms: number): string;
}

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };
const cache = new Map<Language, Formatters>();

export function getFormatters(lang: Language): Formatters {
  const hit = cache.get(lang);
  if (hit) return hit;
  const f = createFormatters(LOCALES[lang]);
  cache.set(lang, f);
  return f;
}

function createFormatters(locale: string): Formatters {
  const nf = new Map<number, Intl.NumberFormat>();
  const num = (max: number) => {
    let f = nf.get(max);
    if (!f) nf.set(max, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: max })));
    return f;
  };
  const pct = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const pct2 = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const odds = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 3 });
  const dt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const tm = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const dy = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' });
  const mo = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const rel = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  const unit = (u: string) => new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short', maximumFractionDigits: 1 });
  const units = { B: unit('byte'), kB: unit('kilobyte'), MB: unit('megabyte'), GB: unit('gigabyte') };

  return {
    locale,
    number: (n, max = 0) => num(max).format(n),
    percent: (r, digits = 1) => (digits === 2 ? pct2 : pct).format(r),
    money: (a) => money.format(a),
    odds: (p) => odds.format(p),
    dateTime: (ms) => dt.format(ms),
    time: (ms) => tm.format(ms),
    day: (ms) => dy.format(ms),
    month(ym) {
      const m = /^(\d{4})-(\d{2})$/.exec(ym);
      return m ? mo.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)) : ym;
    },
    relative(ms, now) {
      const s = (ms - now) / 1000;
      const a = Math.abs(s);
      if (a < 45) return rel.format(0, 'second');
      if (a < 90 * 60) return rel.format(Math.round(s / 60), 'minute');
      if (a < 36 * 3600) return rel.format(Math.round(s / 3600), 'hour');
      return rel.format(Math.round(s / 86400), 'day');
    },
    bytes(n) {
      if (n < 1024) return units.B.format(n);
      if (n < 1024 ** 2) return units.kB.format(n / 1024);
      if (n < 1024 ** 3) return units.MB.format(n / 1024 ** 2);
      return units.GB.format(n / 1024 ** 3);
    },
    duration(ms) {
      const s = Math.round(ms / 1000);
      if (s < 60) return `${s} s`;
      return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
    },
  };
}
