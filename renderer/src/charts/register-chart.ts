/**
 * chart.js is tree-shaken: every part the renderer's charts use is registered here, once, when
 * this module is first imported (base-options.ts imports it, so every chart built on the shared
 * options has it). The date adapter gives the time axis its formats and date-fns locales; the
 * zoom plugin serves the price chart (off unless a chart's options turn it on).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  TimeScale,
  Tooltip,
} from 'chart.js';
import 'chartjs-adapter-date-fns';
import zoomPlugin from 'chartjs-plugin-zoom';

ChartJS.register(
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  TimeScale,
  Filler,
  Tooltip,
  Legend,
  zoomPlugin,
);
