/**
 * Remembered window bounds, as pure functions: parse what the store holds (it may be edited
 * by hand or come from an older version) and place the window back only if it is still on a
 * connected display — otherwise keep the size and let Electron centre it.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;
/** How much of the title bar must be on a display for the saved position to be kept. */
const MIN_VISIBLE = { width: 120, height: 40 } as const;

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e6;

export function parseWindowState(raw: unknown): SavedWindowState | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as { bounds?: Partial<Rect>; maximized?: unknown };
  const b = r.bounds;
  if (!b || !isInt(b.x) || !isInt(b.y) || !isInt(b.width) || !isInt(b.height) || b.width <= 0 || b.height <= 0) return null;
  return {
    bounds: { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) },
    maximized: r.maximized === true,
  };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** The bounds to open with: x/y only when the saved spot is visible on one of `workAreas`. */
export function restoreBounds(
  saved: SavedWindowState | null,
  workAreas: readonly Rect[],
): { x?: number; y?: number; width: number; height: number } {
  const largest = workAreas.reduce((m, a) => ({ width: Math.max(m.width, a.width), height: Math.max(m.height, a.height) }), {
    width: 0,
    height: 0,
  });
  const fit = (w: number, h: number) => ({
    width: Math.max(MIN_SIZE.width, largest.width ? Math.min(w, largest.width) : w),
    height: Math.max(MIN_SIZE.height, largest.height ? Math.min(h, largest.height) : h),
  });
  if (!saved) return fit(DEFAULT_SIZE.width, DEFAULT_SIZE.height);
  const size = fit(saved.bounds.width, saved.bounds.height);
  const titleBar: Rect = { x: saved.bounds.x, y: saved.bounds.y, width: size.width, height: MIN_VISIBLE.height };
  const visible = workAreas.some((area) => {
    const o = overlap(titleBar, area);
    return o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height;
  });
  return visible ? { x: saved.bounds.x, y: saved.bounds.y, ...size } : size;
}
