/**
 * The analytics page's smaller charts: profit per month, CLV over time and its distribution,
 * actual against expected profit. react-chartjs-2 owns each chart's life (built once, updated in
 * place, destroyed on unmount); the shared options are in charts/base-options.ts.
 */
import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo, type ReactNode } from 'react';
import { Bar, Line } from 'react-chartjs-2';
import type { BankrollAnalytics } from '../../../../shared/domain/bankroll';
import { baseOptions, chartColours, timeAxis, valueAxis, type ChartLanguage } from '../../charts/base-options';
import { SERIES } from '../../charts/palette';
import { useI18n } from '../../i18n/use-i18n';
import { useUiStore } from '../../stores/ui';

type A = BankrollAnalytics;
type Point = { x: number; y: number };
const { green: GREEN, red: RED, blue: BLUE, amber: AMBER } = SERIES;

/** Bars over categories (months, CLV buckets), no legend: the card's title names the series. */
function barOptions(yFmt: (v: number) => string): ChartOptions<'bar'> {
  const colours = chartColours();
  return baseOptions<'bar'>(colours, { x: valueAxis(colours), y: valueAxis(colours, { format: yFmt }), legend: false });
}

/** Lines over time; `legend` adds to the shared legend options. */
function lineOptions(lang: ChartLanguage, yFmt: (v: number) => string, legend?: { filter: (item: { text: string }) => boolean }) {
  const colours = chartColours();
  return baseOptions(colours, {
    x: timeAxis(lang, colours),
    y: valueAxis(colours, { format: yFmt }),
    ...(legend ? { legend: { labels: legend } } : {}),
  });
}

/** The chart's box: fills the card's chart-box and carries the test id. */
function ChartBox({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <div className="chart-view" data-testid={testId}>
      {children}
    </div>
  );
}

/** Profit per month (bars, green/red). */
export function MonthlyChart({ a }: { a: A }) {
  const { t, fmt } = useI18n();
  const theme = useUiStore((s) => s.effectiveTheme);
  const data = useMemo(
    (): ChartData<'bar'> => ({
      labels: a.monthly.map((m) => fmt.month(m.month)),
      datasets: [
        {
          label: t('an.profit'),
          data: a.monthly.map((m) => m.profitCents),
          backgroundColor: a.monthly.map((m) => (m.profitCents >= 0 ? GREEN : RED)),
        },
      ],
    }),
    [a, fmt, t],
  );
  // the theme is a dependency: its colours are read from the stylesheet
  const options = useMemo(() => barOptions((c) => fmt.money(c / 100)), [fmt, theme]);
  return (
    <ChartBox testId="monthly-chart">
      <Bar data={data} options={options} />
    </ChartBox>
  );
}

/** Each bet's raw CLV and the running mean. */
export function ClvTrendChart({ a }: { a: A }) {
  const { t, fmt, lang } = useI18n();
  const theme = useUiStore((s) => s.effectiveTheme);
  const data = useMemo(
    (): ChartData<'line', Point[]> => ({
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
    }),
    [a, t],
  );
  // the theme is a dependency: its colours are read from the stylesheet
  const options = useMemo(() => lineOptions(lang, (v) => fmt.percent(v)), [lang, fmt, theme]);
  return (
    <ChartBox testId="clv-trend">
      <Line data={data} options={options} />
    </ChartBox>
  );
}

/** How many bets per CLV bucket. */
export function ClvHistogram({ a }: { a: A }) {
  const { fmt, t } = useI18n();
  const theme = useUiStore((s) => s.effectiveTheme);
  const data = useMemo(
    (): ChartData<'bar'> => ({
      labels: a.clvHistogram.map((b) => fmt.percent(b.from, 1)),
      datasets: [
        {
          label: t('an.col.n'),
          data: a.clvHistogram.map((b) => b.n),
          backgroundColor: a.clvHistogram.map((b) => (b.from >= 0 ? GREEN : RED)),
        },
      ],
    }),
    [a, fmt, t],
  );
  // the theme is a dependency: its colours are read from the stylesheet
  const options = useMemo(() => barOptions((v) => fmt.number(v)), [fmt, theme]);
  return (
    <ChartBox testId="clv-histogram">
      <Bar data={data} options={options} />
    </ChartBox>
  );
}

/** Actual against expected cumulative profit, with the ±2σ band. */
export function ExpectedChart({ a }: { a: A }) {
  const { t, fmt, lang } = useI18n();
  const theme = useUiStore((s) => s.effectiveTheme);
  const data = useMemo(
    (): ChartData<'line', Point[]> => ({
      datasets: [
        {
          label: t('an.band'),
          data: a.expected.map((p) => ({ x: p.t, y: p.hi })),
          borderWidth: 0,
          pointRadius: 0,
          fill: '+1',
          backgroundColor: SERIES.band,
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
    }),
    [a, t],
  );
  // the band's lower edge has no label: no legend entry
  const options = useMemo(
    () => lineOptions(lang, (c) => fmt.money(c / 100), { filter: (item) => item.text !== '' }),
    // the theme is a dependency: its colours are read from the stylesheet
    [lang, fmt, theme],
  );
  return (
    <ChartBox testId="expected-chart">
      <Line data={data} options={options} />
    </ChartBox>
  );
}
