/**
 * The credit ledger over the month: credits used so far (a step per day, from the ledger) against
 * the budget line (plan size − reserve spread evenly from the reset to the next), with the
 * projection of the plan followed to the period's end.
 */
import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { PlanView } from '../../../../shared/domain/economy';
import { baseOptions, chartColours, timeAxis, valueAxis } from '../../charts/base-options';
import { SERIES } from '../../charts/palette';
import { useI18n } from '../../i18n/use-i18n';
import { useUiStore } from '../../stores/ui';
import { useEconomyStore } from './economy-store';
import './economy.css';

const { blue: BLUE, grey: GREY, amber: AMBER } = SERIES;
const DAY = 24 * 3600_000;

export function LedgerChart() {
  const { t, tp, fmt, lang } = useI18n();
  const theme = useUiStore((s) => s.effectiveTheme);
  const plan = useEconomyStore((s) => s.plan);

  const chart = useMemo(() => (plan ? build(plan) : null), [plan, lang, theme]);
  if (!plan || !chart) return null;
  const budget = Math.max(0, plan.budget.planSize - plan.budget.reserve);

  function build(p: PlanView) {
    const colours = chartColours();
    const cap = Math.max(0, p.budget.planSize - p.budget.reserve);
    const used = [{ x: p.periodStart, y: 0 }, ...p.ledger.map((d) => ({ x: Math.min(d.day + DAY, p.now), y: d.cumulative }))];
    if (used[used.length - 1]!.x < p.now) used.push({ x: p.now, y: p.usedThisPeriod });
    const data: ChartData<'line', { x: number; y: number }[]> = {
      datasets: [
        {
          label: t('eco.ledgerUsed'),
          data: used,
          borderColor: BLUE,
          backgroundColor: BLUE,
          stepped: 'before',
          borderWidth: 2,
          pointRadius: 0,
        },
        {
          label: t('eco.ledgerBudget', { n: fmt.number(cap) }),
          data: [
            { x: p.periodStart, y: 0 },
            { x: p.periodEnd, y: cap },
          ],
          borderColor: GREY,
          borderDash: [5, 4],
          borderWidth: 1.4,
          pointRadius: 0,
        },
        {
          label: t('eco.ledgerProjection'),
          data: [
            { x: p.now, y: p.usedThisPeriod },
            { x: p.periodEnd, y: p.projectedPeriodCredits },
          ],
          borderColor: AMBER,
          borderDash: [2, 3],
          borderWidth: 1.4,
          pointRadius: 0,
        },
      ],
    };
    const options: ChartOptions<'line'> = {
      ...baseOptions(colours, {
        x: timeAxis(lang, colours, {
          min: p.periodStart,
          max: p.periodEnd,
          // one tick per day, day first ("2 déc.") as on every other chart
          time: { unit: 'day', tooltipFormat: 'PP' },
          ticks: { maxTicksLimit: 10 },
        }),
        y: valueAxis(colours, {
          min: 0,
          suggestedMax: Math.max(cap, p.projectedPeriodCredits, p.usedThisPeriod) * 1.05 || 10,
          ticks: { precision: 0 },
        }),
        tooltip: {
          callbacks: {
            title: (items) => (items[0] ? fmt.dateTime(items[0].parsed.x ?? 0) : ''),
            label: (i) => `${i.dataset.label ?? ''}: ${fmt.number(i.parsed.y ?? 0)}`,
          },
        },
        zoom: { zoom: { wheel: { enabled: false } }, pan: { enabled: false } },
      }),
      parsing: false,
    };
    return { data, options };
  }

  return (
    <section className="card ledger-card" data-testid="ledger-chart">
      <h2>{t('eco.ledger')}</h2>
      <p className="plan-totals">
        <strong data-testid="ledger-used">{fmt.number(plan.usedThisPeriod)}</strong>
        <span className="muted">
          {' '}
          / {fmt.number(budget)} ·{' '}
          {t('eco.ledgerProjected', { n: fmt.number(plan.projectedPeriodCredits), plan: fmt.number(budget), end: fmt.day(plan.periodEnd) })}
        </span>
      </p>
      <div className="ledger-canvas">
        <Line data={chart.data} options={chart.options} aria-label={t('eco.ledger')} />
      </div>
      {plan.ledger.length === 0 && <p className="muted">{t('eco.ledgerEmpty')}</p>}
      {plan.mismatches > 0 && (
        <p className="note" data-testid="ledger-mismatch">
          {tp('eco.mismatches', plan.mismatches)}
        </p>
      )}
    </section>
  );
}
