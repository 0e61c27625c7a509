import type { ChartConfiguration } from 'chart.js';
import { enGB, fr } from 'date-fns/locale';
import type { BankrollAnalytics } from '../../../../shared/domain/bankroll';
import { cssVar } from '../../charts/palette';
import { useI18n } from '../../i18n/use-i18n';
import { useUiStore } from '../../stores/ui';
import { ChartView } from './use-chart';
import { useMemo } from 'react';

type A = BankrollAnalytics;
const GREEN = '#3fb96b';
const RED = '#e5534b';
const BLUE = '#4e9af1';
const AMBER = '#e0a526';

function base(lang: 'fr' | 'en', time: boolean, yFmt: (v: number) => string): ChartConfiguration['options'] {
  const fg = cssVar('--fg-muted', '#9aa4b2');
  const grid = cssVar('--border', '#2a313c');
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    interaction: { mode: 'nearest', intersect: false, axis: 'x' },
    plugins: { legend: { labels: { color: fg, boxWidth: 10 } } },
    scales: {
      x: time
        ? {
            type: 'time',
            adapters: { date: { locale: lang === 'fr' ? fr : enGB } },
            time: {
              tooltipFormat: 'PPp',
              displayFormats: { second: 'HH:mm:ss', minute: 'HH:mm', hour: 'HH:mm', day: 'd MMM', week: 'd MMM', month: 'MMM yyyy' },
            },
            ticks: { color: fg, maxRotation: 0, autoSkipPadding: 16 },
            grid: { color: grid },
          }
        : { ticks: { color: fg }, grid: { color: grid } },
      y: { ticks: { color: fg, callback: (v) => yFmt(Number(v)) }, grid: { color: grid } },
    },
  };
}

/** Profit per month (bars, green/red). */
export function MonthlyChart({ a }: { a: A }) {
  const { t, fmt, lang } = useI18n();
  const theme = useUiStore((s) => s.effectiveTheme);
  const config = useMemo(
    (): ChartConfiguration => ({
      type: 'bar',
      data: {
        labels: a.monthly.map((m) => fmt.month(m.month)),
        datasets: [
          {
            label: t('an.profit'),
            data: a.monthly.map((m) => m.profitCents),
            backgroundColor: a.monthly.map((m) => (m.profitCents >= 0 ? GREEN : RED)),
          },
        ],
      },
      options: { ...base(lang, false, (c) => fmt.money(c / 100)), plugins: { legend: { display: false } } },
    }),
    [a, lang, theme],
  );
  return <ChartView config={config} testId="monthly-chart" />;
}

/** Each bet's raw CLV and the running mean. */
export function ClvTrendChart({ a }: { a: A }) {
  const { t, fmt, lang } = useI18n();
  const theme = useUiStore((s) => s.effectiveTheme);
  const config = useMemo(
    (): ChartConfiguration => ({
      type: 'line',
      data: {
        datasets: [
          {
            label: t('an.mean'),
            data: a.clvTrend.map((p) => ({ x: p.t, y: p.mean })),
            borderColor: AMBER,
            pointRadius: 0,
            borderWidth: 1.8,
          },
          {
            label: t('bets.col.clv'),
            data: a.clvTrend.map((p) => ({ x: p.t, y: p.clv })),
            showLine: false,
            pointRadius: 2,
            backgroundColor: BLUE,
            borderColor: BLUE,
          },
        ],
      },
      options: base(lang, true, (v) => fmt.percent(v)),
    }),
    [a, lang, theme],
  );
  return <ChartView config={config} testId="clv-trend" />;
}

/** How many bets per CLV bucket. */
export function ClvHistogram({ a }: { a: A }) {
  const { fmt, lang, t } = useI18n();
  const theme = useUiStore((s) => s.effectiveTheme);
  const config = useMemo(
    (): ChartConfiguration => ({
      type: 'bar',
      data: {
        labels: a.clvHistogram.map((b) => fmt.percent(b.from, 1)),
        datasets: [
          {
            label: t('an.col.n'),
            data: a.clvHistogram.map((b) => b.n),
            backgroundColor: a.clvHistogram.map((b) => (b.from >= 0 ? GREEN : RED)),
          },
        ],
      },
      options: { ...base(lang, false, (v) => fmt.number(v)), plugins: { legend: { display: false } } },
    }),
    [a, lang, theme],
  );
  return <ChartView config={config} testId="clv-histogram" />;
}

/** Actual against expected cumulative profit, with the ±2σ band. */
export function ExpectedChart({ a }: { a: A }) {
  const { t, fmt, lang } = useI18n();
  const theme = useUiStore((s) => s.effectiveTheme);
  const config = useMemo(
    (): ChartConfiguration => ({
      type: 'line',
      data: {
        datasets: [
          {
            label: t('an.band'),
            data: a.expected.map((p) => ({ x: p.t, y: p.hi })),
            borderWidth: 0,
            pointRadius: 0,
            fill: '+1',
            backgroundColor: 'rgba(139,150,165,0.18)',
          },
          { label: '', data: a.expected.map((p) => ({ x: p.t, y: p.lo })), borderWidth: 0, pointRadius: 0, fill: false },
          {
            label: t('an.expected'),
            data: a.expected.map((p) => ({ x: p.t, y: p.expected })),
            borderColor: AMBER,
            borderDash: [5, 4],
            pointRadius: 0,
            borderWidth: 1.5,
          },
          {
            label: t('an.actual'),
            data: a.expected.map((p) => ({ x: p.t, y: p.actual })),
            borderColor: BLUE,
            pointRadius: 0,
            borderWidth: 1.8,
          },
        ],
      },
      options: {
        ...base(lang, true, (c) => fmt.money(c / 100)),
        plugins: { legend: { labels: { color: cssVar('--fg-muted', '#9aa4b2'), boxWidth: 10, filter: (item) => item.text !== '' } } },
      },
    }),
    [a, lang, theme],
  );
  return <ChartView config={config} testId="expected-chart" />;
}
