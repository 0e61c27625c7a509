/** Distinct colours that read on both themes; a bookmaker keeps its colour across charts. */
const PALETTE = [
  '#4e9af1', '#f28e2b', '#59a14f', '#e15759', '#b07aa1', '#76b7b2',
  '#edc948', '#ff9da7', '#9c755f', '#8cd17d', '#a0cbe8', '#d37295',
];

export function colourFor(key: string): string {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length] as string;
}

/** Reads a CSS custom property from <html>, e.g. `--fg-muted`. */
export const cssVar = (name: string, fallback: string): string =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
