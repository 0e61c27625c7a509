import type { Chart as ChartInstance, ChartConfiguration, ChartDataset } from 'chart.js';
import { enGB, fr } from 'date-fns/locale';
import { useEffect, useRef } from 'react';
import type { ChartLine } from './price-chart-series';
import { colourAt, cssVar } from './palette';
import { registerChart } from './register-chart';

type Point = { x: number; y: number };

export interface PriceChartProps {
  /** What to draw, front first (see price-chart-series.ts). */
  lines: readonly ChartLine[];
  language: 'fr' | 'en';
  formatPrice: (p: number) => string;
  /** Changing it rebuilds the chart so colours follow the theme. */
  theme: 'dark' | 'light';
  /** Receives a function that resets zoom and pan. */
  onReady?: (resetZoom: (() => void) | null) => void;
}

/** One chart.js dataset per line, styled by its role; chart.js draws the first dataset on top. */
function toDatasets(p: PriceChartProps): ChartDataset<'line', Point[]>[] {
  const strong = cssVar('--fg-strong', '#e6e9ee');
  const green = cssVar('--green', '#3fb950');
  const muted = cssVar('--fg-muted', '#9aa4b2');
  const amber = cssVar('--amber', '#d29922');
  let book = 0;
  return p.lines.map((l, i) => {
    const base = {
      label: l.label,
      data: l.points.map((pt) => ({ ...pt })),
      order: i,
      stepped: 'after' as const,
      pointRadius: 0,
      pointHoverRadius: 3,
    };
    switch (l.role) {
      case 'reference':
        return { ...base, borderColor: strong, backgroundColor: strong, borderWidth: 2.5, borderDash: [6, 3] };
      case 'best':
        return { ...base, borderColor: green, backgroundColor: green, borderWidth: 2.5 };
      case 'opening':
      case 'closing':
        return {
          ...base,
          showLine: false,
          pointRadius: 6,
          pointHoverRadius: 7,
          pointStyle: l.role === 'opening' ? 'rect' : 'triangle',
          borderColor: strong,
          backgroundColor: amber,
          borderWidth: 1.5,
        };
      case 'bet':
        return {
          ...base,
          showLine: false,
          pointRadius: 8,
          pointHoverRadius: 9,
          pointStyle: 'crossRot',
          borderColor: '#e15759',
          backgroundColor: '#e15759',
          borderWidth: 3,
        };
      case 'kickoff':
        return { ...base, stepped: false, borderColor: muted, backgroundColor: muted, borderWidth: 1, borderDash: [2, 3] };
      case 'mine': {
        const colour = colourAt(book++);
        return { ...base, borderColor: colour, backgroundColor: colour, borderWidth: 1.5 };
      }
      default: {
        const colour = colourAt(book++);
        return { ...base, borderColor: colour + '80', backgroundColor: colour + '80', borderWidth: 1 };
      }
    }
  });
}

/** Price movement, one line per bookmaker; the chart is destroyed on unmount. */
export function PriceChart(props: PriceChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartInstance<'line', Point[]> | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const { language, theme, onReady } = props;

  useEffect(() => {
    const Chart = registerChart();
    if (!canvas.current) return;
    const fg = cssVar('--fg-muted', '#9aa4b2');
    const grid = cssVar('--border', '#2a313c');
    const config: ChartConfiguration<'line', Point[]> = {
      type: 'line',
      data: { datasets: toDatasets(latest.current) },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        parsing: false,
        normalized: true,
        interaction: { mode: 'nearest', axis: 'x', intersect: false },
        scales: {
          x: {
            type: 'time',
            adapters: { date: { locale: language === 'fr' ? fr : enGB } },
            // days are major ticks (bold "3 déc."), hours in between: a time axis that reads
            time: { tooltipFormat: 'PPp', displayFormats: { hour: 'HH:mm', minute: 'HH:mm', day: 'd MMM' } },
            ticks: {
              color: fg,
              maxRotation: 0,
              autoSkipPadding: 24,
              major: { enabled: true },
              font: (ctx) => (ctx.tick?.major ? { weight: 'bold' } : {}),
            },
            grid: { color: grid },
          },
          y: {
            ticks: { color: fg, callback: (v) => latest.current.formatPrice(Number(v)) },
            grid: { color: grid },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { color: fg, boxWidth: 10, boxHeight: 2, usePointStyle: false } },
          tooltip: {
            callbacks: { label: (c) => `${c.dataset.label ?? ''} ${latest.current.formatPrice(c.parsed.y ?? 0)}` },
          },
          zoom: {
            limits: { x: { min: 'original', max: 'original' }, y: { min: 'original', max: 'original' } },
            pan: { enabled: true, mode: 'x' },
            zoom: { wheel: { enabled: true }, pinch: { enabled: true }, drag: { enabled: false }, mode: 'x' },
          },
        },
      },
    };
    const instance = new Chart(canvas.current, config);
    chart.current = instance;
    onReady?.(() => instance.resetZoom());
    return () => {
      onReady?.(null);
      instance.destroy();
      chart.current = null;
    };
  }, [language, theme, onReady]);

  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    c.data.datasets = toDatasets(props);
    c.update('none');
  }, [props.lines]);

  // the roles drawn, for tests and assistive tech: reference, best, bet…
  const roles = props.lines.map((l) => l.role).join(' ');
  return (
    <canvas
      ref={canvas}
      role="img"
      aria-label={props.lines.map((l) => l.label).join(', ')}
      data-roles={roles}
      data-testid="price-chart-canvas"
    />
  );
}
