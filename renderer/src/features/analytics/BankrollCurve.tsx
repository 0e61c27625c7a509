/**
 * The bankroll curve: the balance after each movement (deposit, withdrawal, settled bet), drawn
 * so each change sits at its own time (`stepped: 'before'`: flat until the movement, then the
 * jump), on a time axis fitted to the data or by movement number. A negative balance turns the
 * line red, adds the zero line and says so above the chart. react-chartjs-2 owns the chart's
 * life (built once, updated in place, destroyed on unmount); the shared options are in
 * charts/base-options.ts.
 */
import type { ChartData, ChartOptions, ScriptableLineSegmentContext, TooltipItem } from 'chart.js';
import { useMemo, useState } from 'react';
import { Line } from 'react-chartjs-2';
import type { BankrollAnalytics } from '../../../../shared/domain/bankroll';
import { baseOptions, chartColours, timeAxis, valueAxis } from '../../charts/base-options';
import { SERIES } from '../../charts/palette';
import { useI18n } from '../../i18n/use-i18n';
import { useUiStore } from '../../stores/ui';

const { blue: BLUE, red: RED, green: GREEN, amber: AMBER } = SERIES;

type Axis = 'time' | 'n';

export function BankrollCurve({ a }: { a: BankrollAnalytics }) {
  const { t, fmt, lang } = useI18n();
  const theme = useUiStore((s) => s.effectiveTheme);
  const [axis, setAxis] = useState<Axis>('time');
  const money = (c: number) => fmt.money(c / 100);
  const signed = (c: number) => `${c > 0 ? '+' : c < 0 ? '−' : ''}${fmt.money(Math.abs(c) / 100)}`;
  const curve = a.curve;
  const lowest = curve.reduce<(typeof curve)[number] | null>((m, p) => (m === null || p.cents < m.cents ? p : m), null);
  const negative = lowest !== null && lowest.cents < 0;

  const { data, options } = useMemo(() => {
    const colours = chartColours();
    const xOf = (i: number) => (axis === 'time' ? curve[i]!.t : i + 1);
    const points = curve.map((p, i) => ({ x: xOf(i), y: p.cents }));
    const marks = curve.flatMap((p, i) => (p.kind === 'bet' ? [] : [{ x: xOf(i), y: p.cents, i }]));
    const kindLabel = (k: (typeof curve)[number]['kind']) =>
      t(k === 'deposit' ? 'bets.deposit' : k === 'withdrawal' ? 'bets.withdrawal' : 'an.tx.bet');
    const data: ChartData<'line', { x: number; y: number }[]> = {
      datasets: [
        {
          label: t('an.curve'),
          data: points,
          borderColor: BLUE,
          backgroundColor: BLUE,
          stepped: 'before',
          borderWidth: 1.6,
          pointRadius: points.length > 120 ? 0 : 2,
          pointHoverRadius: 4,
          pointBackgroundColor: curve.map((p) => (p.cents < 0 ? RED : BLUE)),
          segment: {
            borderColor: (c: ScriptableLineSegmentContext) => ((c.p0.parsed.y ?? 0) < 0 || (c.p1.parsed.y ?? 0) < 0 ? RED : BLUE),
          },
        },
        {
          label: t('an.deposits'),
          data: marks.map(({ x, y }) => ({ x, y })),
          showLine: false,
          pointStyle: 'triangle',
          pointRadius: 6,
          pointBackgroundColor: marks.map((m) => (curve[m.i]!.kind === 'deposit' ? GREEN : AMBER)),
          borderColor: GREEN,
          backgroundColor: GREEN,
        },
        ...(negative
          ? [
              {
                label: t('an.zero'),
                data: [
                  { x: xOf(0), y: 0 },
                  { x: xOf(curve.length - 1), y: 0 },
                ],
                borderColor: RED,
                borderDash: [4, 4],
                borderWidth: 1,
                pointRadius: 0,
              },
            ]
          : []),
      ],
    };
    const options: ChartOptions<'line'> = {
      ...baseOptions(colours, {
        x:
          axis === 'time'
            ? timeAxis(lang, colours, { bounds: 'data', min: curve[0]?.t, max: curve.at(-1)?.t })
            : valueAxis(colours, {
                type: 'linear',
                min: 1,
                max: Math.max(1, curve.length),
                ticks: { precision: 0 },
                title: { display: true, text: t('an.axis.nLabel'), color: colours.fg },
              }),
        y: valueAxis(colours, { format: money }),
        tooltip: {
          filter: (i) => i.datasetIndex !== 2,
          callbacks: {
            title: (items: TooltipItem<'line'>[]) => {
              const i = items[0]?.datasetIndex === 1 ? marks[items[0].dataIndex]?.i : items[0]?.dataIndex;
              if (i === undefined) return '';
              return `${axis === 'n' ? `${t('an.axis.nLabel')} ${i + 1} · ` : ''}${fmt.dateTime(curve[i]!.t)}`;
            },
            label: (item: TooltipItem<'line'>) => {
              const i = item.datasetIndex === 1 ? marks[item.dataIndex]!.i : item.dataIndex;
              const p = curve[i]!;
              return `${kindLabel(p.kind)} ${signed(p.deltaCents)} → ${t('an.after', { balance: money(p.cents) })}`;
            },
          },
        },
      }),
      parsing: false,
      normalized: true,
    };
    return { data, options };
  }, [curve, axis, lang, theme, negative]);

  return (
    <div className="curve">
      <div className="curve-head">
        <div className="chips" role="group">
          {(['time', 'n'] as const).map((x) => (
            <button
              key={x}
              type="button"
              className={`chip small ${axis === x ? 'active' : ''}`}
              data-testid={`curve-axis-${x}`}
              aria-pressed={axis === x}
              onClick={() => setAxis(x)}
            >
              {t(x === 'time' ? 'an.axis.time' : 'an.axis.n')}
            </button>
          ))}
        </div>
        {negative && lowest && (
          <p className="note note-error curve-negative" role="alert" data-testid="curve-negative">
            {t('an.negative', { amount: money(lowest.cents), when: fmt.dateTime(lowest.t) })}
          </p>
        )}
      </div>
      <div
        className="chart-box tall"
        data-testid="bankroll-curve"
        data-axis={axis}
        data-points={JSON.stringify(
          data.datasets[0]!.data.map((p, i) => ({ x: p.x, y: p.y, kind: curve[i]!.kind, delta: curve[i]!.deltaCents })),
        )}
      >
        <Line data={data} options={options} />
      </div>
    </div>
  );
}
