/**
 * chart.js is tree-shaken: register exactly what the wrappers use, once. The date adapter
 * gives the time axis its formats and date-fns locales.
 */
import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, TimeScale, Tooltip } from 'chart.js';
import 'chartjs-adapter-date-fns';
import zoomPlugin from 'chartjs-plugin-zoom';

let done = false;

export function registerChart(): typeof Chart {
  if (!done) {
    Chart.register(LineController, LineElement, PointElement, LinearScale, TimeScale, Tooltip, Legend, zoomPlugin);
    done = true;
  }
  return Chart;
}
