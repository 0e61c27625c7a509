/** The analytics charts' registration and their one lifecycle (react-chartjs-2). */
import { BarController, BarElement, CategoryScale, Filler, type Chart, type ChartConfiguration } from 'chart.js';
import { createElement } from 'react';
import { Chart as ReactChart } from 'react-chartjs-2';
import { registerChart } from '../../charts/register-chart';

let extra = false;

/** Registers the shared parts plus what these charts add (bars, categories, filled bands). */
export function registerAnalyticsCharts(): typeof Chart {
  return chartClass();
}

function chartClass(): typeof Chart {
  const C = registerChart();
  if (!extra) {
    C.register(BarController, BarElement, CategoryScale, Filler);
    extra = true;
  }
  return C;
}

/**
 * A chart.js chart whose life react-chartjs-2 owns: built once, updated in place when the
 * config changes, destroyed on unmount. The wrapper carries the test id.
 */
export function ChartView({ config, testId }: { config: ChartConfiguration; testId?: string }) {
  chartClass();
  return createElement(
    'div',
    { className: 'chart-view', 'data-testid': testId },
    createElement(ReactChart, { type: config.type, data: config.data, options: config.options }),
  );
}
