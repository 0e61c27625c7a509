/**
 * The options every chart shares, in one place: no animation, the chart fills its box, the
 * nearest point along x in the tooltip, the legend in the theme's muted colour, axes with the
 * theme's text and grid colours, and the time axis in the user's language (date-fns locale,
 * 24-hour and day-first formats). Colours come from the stylesheet when the options are built:
 * callers rebuild them (useMemo on the theme) when the theme changes.
 */
import type { ChartOptions } from 'chart.js';
import { enGB, fr } from 'date-fns/locale';
import { cssVar } from './palette';
import './register-chart';

export type ChartLanguage = 'fr' | 'en';

/** The theme's colours a chart reads from the stylesheet. */
export interface ChartColours {
  /** Axis ticks, legend and axis titles. */
  fg: string;
  grid: string;
  /** The strongest text colour (the price chart's reference line and markers' borders). */
  strong: string;
  green: string;
  amber: string;
}

export function chartColours(): ChartColours {
  return {
    fg: cssVar('--fg-muted', '#9aa4b2'),
    grid: cssVar('--border', '#2a313c'),
    strong: cssVar('--fg-strong', '#e6e9ee'),
    green: cssVar('--green', '#3fb950'),
    amber: cssVar('--amber', '#d29922'),
  };
}

const dateLocale = (lang: ChartLanguage) => (lang === 'fr' ? fr : enGB);

/** Tick formats per time unit: 24-hour clock, day before month ("3 déc." / "3 Dec"). */
const DISPLAY_FORMATS = {
  second: 'HH:mm:ss',
  minute: 'HH:mm',
  hour: 'HH:mm',
  day: 'd MMM',
  week: 'd MMM',
  month: 'MMM yyyy',
  quarter: 'MMM yyyy',
  year: 'yyyy',
};

/** The charts drawn: lines and bars (their axes, legend and tooltip options are the same). */
type Kind = 'line' | 'bar';
type Scale = NonNullable<ChartOptions<'line'>['scales']>[string];
type Plugins = NonNullable<ChartOptions<'line'>['plugins']>;
type Options = Record<string, unknown>;

/** A time x-axis in the user's language; `time` and `ticks` add to (or override) the shared ones. */
export function timeAxis(
  lang: ChartLanguage,
  c: ChartColours,
  { time, ticks, ...rest }: { time?: Options & { displayFormats?: Options }; ticks?: Options } & Options = {},
): Scale {
  const { displayFormats, ...timeRest } = time ?? {};
  return {
    type: 'time',
    ...rest,
    adapters: { date: { locale: dateLocale(lang) } },
    time: { tooltipFormat: 'PPp', ...timeRest, displayFormats: { ...DISPLAY_FORMATS, ...displayFormats } },
    ticks: { color: c.fg, maxRotation: 0, autoSkipPadding: 16, ...ticks },
    grid: { color: c.grid },
  } as Scale;
}

/** A value (or category) axis in the theme's colours, its ticks written by `format`. */
export function valueAxis(
  c: ChartColours,
  { format, ticks, ...rest }: { format?: (v: number) => string; ticks?: Options } & Options = {},
): Scale {
  return {
    ...rest,
    ticks: { color: c.fg, ...(format ? { callback: (v: number | string) => format(Number(v)) } : {}), ...ticks },
    grid: { color: c.grid },
  } as Scale;
}

export interface BaseOptionsInput {
  x: Scale;
  y: Scale;
  /** false hides the legend; otherwise its options, `labels` added to the shared ones. */
  legend?: false | Plugins['legend'];
  tooltip?: Plugins['tooltip'];
  /** The zoom plugin's options (the price chart turns it on, the others leave it off). */
  zoom?: Plugins['zoom'];
}

/** The shared options of a chart; data options (parsing, normalized) are the caller's. */
export function baseOptions<T extends Kind = 'line'>(c: ChartColours, o: BaseOptionsInput): ChartOptions<T> {
  const { labels, ...legend } = o.legend || {};
  const options: ChartOptions<'line'> = {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    interaction: { mode: 'nearest', intersect: false, axis: 'x' },
    plugins: {
      legend: o.legend === false ? { display: false } : { ...legend, labels: { color: c.fg, boxWidth: 10, ...labels } },
      ...(o.tooltip ? { tooltip: o.tooltip } : {}),
      ...(o.zoom ? { zoom: o.zoom } : {}),
    },
    scales: { x: o.x, y: o.y },
  };
  // the same object serves bars: their legend, tooltip and axes options have the same shape
  return options as ChartOptions<T>;
}
