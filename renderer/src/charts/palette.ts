/** Distinct colours that read on both themes. */
const PALETTE = [
  '#4e9af1',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#ff9da7',
  '#9c755f',
  '#8cd17d',
  '#a0cbe8',
  '#d37295',
];

/** The i-th colour: lines in one chart get distinct colours (callers pass a stable order). */
export const colourAt = (i: number): string => PALETTE[i % PALETTE.length] as string;

/** The fixed series colours of the bankroll, analytics and ledger charts (the same on both themes). */
export const SERIES = {
  blue: '#4e9af1',
  red: '#e5534b',
  green: '#3fb96b',
  amber: '#e0a526',
  grey: '#8b95a5',
  /** The price chart's bet marker. */
  bet: '#e15759',
  /** The ±2σ band behind the expected profit. */
  band: 'rgba(139,150,165,0.18)',
} as const;

/** Reads a CSS custom property from <html>, e.g. `--fg-muted`. */
export const cssVar = (name: string, fallback: string): string =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
