import { useState } from 'react';
import { ANALYTICS_BET_KINDS, type BankrollAnalytics } from '../../../../shared/domain/bankroll';
import { useI18n } from '../../i18n/use-i18n';
import { useNames } from '../../i18n/names';
import { useBankrollStore, type AnalyticsFilter } from '../bets/bankroll-store';

const DAY = 86_400_000;
const PERIODS = ['all', '30', '90', '365', 'ytd', 'custom'] as const;
type Period = (typeof PERIODS)[number];

/** Local midnight of a yyyy-mm-dd input, in ms; the end date counts whole (next midnight). */
const fromInput = (v: string, end: boolean): number | undefined => {
  if (!v) return undefined;
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + (end ? 1 : 0)).getTime();
};
const toInput = (t: number | undefined, end: boolean): string => {
  if (t === undefined) return '';
  const d = new Date(t - (end ? DAY : 0));
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function periodRange(p: Period, now: number): { from?: number; to?: number } {
  const today = new Date(now);
  const midnight = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1).getTime();
  if (p === '30' || p === '90' || p === '365') return { from: midnight - Number(p) * DAY, to: undefined };
  if (p === 'ytd') return { from: new Date(today.getFullYear(), 0, 1).getTime(), to: undefined };
  return { from: undefined, to: undefined };
}

/** The Analytics page's period, dates and bet filters: every figure and chart below follows them. */
export function AnalyticsFilters({ a }: { a: BankrollAnalytics }) {
  const { t, tp } = useI18n();
  const names = useNames();
  const f = useBankrollStore((s) => s.analyticsFilter);
  const [period, setPeriod] = useState<Period>('all');
  const set = (patch: Partial<AnalyticsFilter>) => {
    const next: AnalyticsFilter = { ...f, ...patch };
    for (const k of Object.keys(next) as (keyof AnalyticsFilter)[]) if (next[k] === undefined || next[k] === '') delete next[k];
    void useBankrollStore
      .getState()
      .setAnalyticsFilter(next)
      .catch(() => {});
  };
  const active = Object.keys(f).length > 0;
  const sel = (
    id: string,
    label: string,
    value: string | undefined,
    options: { v: string; l: string }[],
    on: (v: string | undefined) => void,
  ) => (
    <label className="an-filter">
      <span className="muted small">{label}</span>
      <select data-testid={`an-filter-${id}`} value={value ?? ''} onChange={(e) => on(e.target.value || undefined)}>
        <option value="">{t('an.f.all')}</option>
        {options.map((o) => (
          <option key={o.v} value={o.v}>
            {o.l}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="card an-filters" data-testid="an-filters">
      <label className="an-filter">
        <span className="muted small">{t('an.f.period')}</span>
        <select
          data-testid="an-filter-period"
          value={period}
          onChange={(e) => {
            const p = e.target.value as Period;
            setPeriod(p);
            if (p !== 'custom') set(periodRange(p, Date.now()));
          }}
        >
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {t(`an.period.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="an-filter">
        <span className="muted small">{t('an.f.from')}</span>
        <input
          type="date"
          data-testid="an-filter-from"
          value={toInput(f.from, false)}
          onChange={(e) => (setPeriod('custom'), set({ from: fromInput(e.target.value, false) }))}
        />
      </label>
      <label className="an-filter">
        <span className="muted small">{t('an.f.to')}</span>
        <input
          type="date"
          data-testid="an-filter-to"
          value={toInput(f.to, true)}
          onChange={(e) => (setPeriod('custom'), set({ to: fromInput(e.target.value, true) }))}
        />
      </label>
      {sel(
        'sport',
        t('an.by.sport'),
        f.sport,
        a.options.sports.map((v) => ({ v, l: names.sport(v) })),
        (sport) => set({ sport }),
      )}
      {sel(
        'bookmaker',
        t('an.by.bookmaker'),
        f.bookmaker,
        a.options.bookmakers.map((v) => ({ v, l: names.book(v) })),
        (bookmaker) => set({ bookmaker }),
      )}
      {sel(
        'market',
        t('an.by.market'),
        f.market,
        a.options.markets.map((v) => ({ v, l: names.market(v) })),
        (m) => set({ market: m as AnalyticsFilter['market'] }),
      )}
      {a.options.tags.length > 0 &&
        sel(
          'tag',
          t('an.by.tag'),
          f.tag,
          a.options.tags.map((v) => ({ v, l: v })),
          (tag) => set({ tag }),
        )}
      {sel(
        'kind',
        t('an.f.kind'),
        f.kind,
        ANALYTICS_BET_KINDS.map((v) => ({ v, l: t(`an.kind.${v}`) })),
        (k) => set({ kind: k as AnalyticsFilter['kind'] }),
      )}
      <span className="muted small an-filter-count" data-testid="an-filter-count">
        {tp('bets.count', a.summary.nSettled + a.summary.pending)}
      </span>
      {active && (
        <button
          type="button"
          className="btn small"
          data-testid="an-filter-reset"
          onClick={() => (
            setPeriod('all'),
            void useBankrollStore
              .getState()
              .setAnalyticsFilter({})
              .catch(() => {})
          )}
        >
          {t('an.f.reset')}
        </button>
      )}
    </section>
  );
}
