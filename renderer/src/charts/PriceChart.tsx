import type { Chart as ChartInstance, ChartConfiguration, ChartDataset } from 'chart.js';
import { enGB, fr } from 'date-fns/locale';
import { useEffect, useRef } from 'react';
import type { PriceSeries } from '../../../shared/domain/odds';
import { colourAt, cssVar } from './palette';
import { registerChart } from './register-chart';

type Point = { x: number; y: number };

export interface PriceChartProps {
  series: readonly PriceSeries[];
  /** Bookmaker key → display name. */
  titles: Readonly<Record<string, string>>;
  language: 'fr' | 'en';
  formatPrice: (p: number) => string;
  /** Each line is extended flat to this time (last seen), since a price holds until it changes. */
  extendTo: number | null;
  /** Changing it rebuilds the chart so colours follow the theme. */
  theme: 'dark' | 'light';
  /** Receives a function that resets zoom and pan. */
  onReady?: (resetZoom: (() => void) | null) => void;
}

function toDatasets(p: PriceChartProps): ChartDataset<'line', Point[]>[] {
  // Colour by the bookmaker's rank in `titles` (the grid's order), so a book keeps its colour
  // when switching outcome.
  const order = Object.keys(p.titles);
  return p.series.map((s, i) => {
    const data = s.points.map((pt) => ({ x: pt.t, y: pt.price }));
    const last = data[data.length - 1];
    if (last && p.extendTo && p.extendTo > last.x) data.push({ x: p.extendTo, y: last.y });
    const rank = order.indexOf(s.bookmaker);
    const colour = colourAt(rank >= 0 ? rank : order.length + i);
    return {
      label: p.titles[s.bookmaker] ?? s.bookmaker,
      data,
      borderColor: colour,
      backgroundColor: colour,
      borderWidth: 1.5,
      stepped: 'after' as const,
      pointRadius: 0,
      pointHoverRadius: 3,
    };
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
            time: { tooltipFormat: 'PPp', displayFormats: { hour: 'HH:mm', minute: 'HH:mm', day: 'd MMM' } },
            ticks: { color: fg, maxRotation: 0, autoSkipPadding: 16 },
            grid: { color: grid },
          },
          y: {
            ticks: { color: fg, callback: (v) => latest.current.formatPrice(Number(v)) },
            grid: { color: grid },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { color: fg, boxWidth: 10, boxHeight: 2 } },
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
  }, [props.series, props.titles, props.extendTo]);

  return <canvas ref={canvas} role="img" aria-label="price chart" />;
}
