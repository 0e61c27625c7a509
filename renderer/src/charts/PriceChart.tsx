import type { Chart as ChartInstance, ChartData, ChartDataset, ChartOptions } from 'chart.js';
import { useEffect, useMemo, useRef } from 'react';
import { Line } from 'react-chartjs-2';
import type { ChartLine } from './price-chart-series';
import { baseOptions, chartColours, timeAxis, valueAxis, type ChartColours } from './base-options';
import { colourAt, SERIES } from './palette';

type Point = { x: number; y: number };

export interface PriceChartProps {
  /** What to draw, front first (see price-chart-series.ts). */
  lines: readonly ChartLine[];
  language: 'fr' | 'en';
  formatPrice: (p: number) => string;
  /** Changing it rebuilds the options and datasets so colours follow the theme. */
  theme: 'dark' | 'light';
  /** Receives a function that resets zoom and pan. */
  onReady?: (resetZoom: (() => void) | null) => void;
}

/** One chart.js dataset per line, styled by its role; chart.js draws the first dataset on top. */
function toDatasets(lines: readonly ChartLine[], c: ChartColours): ChartDataset<'line', Point[]>[] {
  const { strong, green, fg: muted, amber } = c;
  let book = 0;
  return lines.map((l, i) => {
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
          borderColor: SERIES.bet,
          backgroundColor: SERIES.bet,
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

/**
 * Price movement, one line per bookmaker (react-chartjs-2 owns the chart's life). The options
 * change only with the language and the theme, so new prices update the datasets in place and
 * keep the user's zoom and pan.
 */
export function PriceChart(props: PriceChartProps) {
  const chart = useRef<ChartInstance<'line', Point[]>>(null);
  const formatPrice = useRef(props.formatPrice);
  formatPrice.current = props.formatPrice;
  const { lines, language, theme, onReady } = props;

  // the theme is a dependency: its colours are read from the stylesheet
  const colours = useMemo(() => chartColours(), [theme]);
  const data = useMemo((): ChartData<'line', Point[]> => ({ datasets: toDatasets(lines, colours) }), [lines, colours]);
  const options = useMemo((): ChartOptions<'line'> => {
    const price = (p: number) => formatPrice.current(p);
    return {
      ...baseOptions(colours, {
        // days are major ticks (bold "3 déc."), hours in between: a time axis that reads
        x: timeAxis(language, colours, {
          ticks: {
            autoSkipPadding: 24,
            major: { enabled: true },
            font: (ctx: { tick?: { major?: boolean } }) => (ctx.tick?.major ? { weight: 'bold' } : {}),
          },
        }),
        y: valueAxis(colours, { format: price }),
        legend: { position: 'bottom', labels: { boxHeight: 2, usePointStyle: false } },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label ?? ''} ${price(c.parsed.y ?? 0)}` } },
        zoom: {
          limits: { x: { min: 'original', max: 'original' }, y: { min: 'original', max: 'original' } },
          pan: { enabled: true, mode: 'x' },
          zoom: { wheel: { enabled: true }, pinch: { enabled: true }, drag: { enabled: false }, mode: 'x' },
        },
      }),
      parsing: false,
      normalized: true,
    };
  }, [language, colours]);

  useEffect(() => {
    onReady?.(() => chart.current?.resetZoom());
    return () => onReady?.(null);
  }, [onReady]);

  // the roles drawn, for tests and assistive tech: reference, best, bet…
  return (
    <Line
      ref={chart}
      data={data}
      options={options}
      updateMode="none"
      aria-label={lines.map((l) => l.label).join(', ')}
      data-roles={lines.map((l) => l.role).join(' ')}
      data-testid="price-chart-canvas"
    />
  );
}
