/**
 * Stale-price windows and the news shocks behind them. In seeded windows (per event, 10–60 min,
 * ~1 event in 8 at any time) the true probability of one h2h outcome jumps up; every book follows
 * except one soft book, which keeps its pre-jump price on that outcome — a genuine surebet.
 * The jump is sized so the resulting booksum lands around 0.965–0.995.
 */
import { BOOKMAKERS, findBook } from './catalogue';
import { covers, fairMarkets, h2hNames, progress, walkParams, type SimEvent } from './market-model';
import { priceFor } from './pricing';
import { rand01, randInt } from './rng';

const MIN = 60_000;
/** Windows are drawn per event in blocks of this length (with a per-event phase). */
export const STALE_BLOCK_MS = 120 * MIN;
const DECAY_MS = 180 * MIN;

/** A window during which one soft book keeps a stale price on one h2h outcome. */
export interface StaleWindow {
  start: number;
  end: number;
  book: string;
  outcome: string;
}

const phaseOf = (seed: number, ev: SimEvent) => Math.floor(rand01(seed, 'stale-phase', ev.id) * STALE_BLOCK_MS);

const windowCache = new Map<string, StaleWindow | null>();

/** The stale window drawn for one block of an event, or null (pure, memoised). */
export function windowForBlock(seed: number, ev: SimEvent, block: number): StaleWindow | null {
  const key = `${seed}:${ev.id}:${block}`;
  let w = windowCache.get(key);
  if (w === undefined) {
    w = drawWindow(seed, ev, block);
    if (windowCache.size > 100_000) windowCache.clear();
    windowCache.set(key, w);
  }
  return w;
}

function drawWindow(seed: number, ev: SimEvent, block: number): StaleWindow | null {
  if (rand01(seed, 'stale', ev.id, block) >= 0.45) return null;
  const len = (10 + Math.floor(rand01(seed, 'stale-len', ev.id, block) * 51)) * MIN;
  const blockStart = block * STALE_BLOCK_MS + phaseOf(seed, ev);
  const start = blockStart + Math.floor((rand01(seed, 'stale-start', ev.id, block) * (STALE_BLOCK_MS - len)) / 1000) * 1000;
  const end = start + len;
  if (start < ev.listedAt + 30 * MIN || end > ev.commence - 10 * MIN) return null;
  const books = BOOKMAKERS.filter((b) => b.kind === 'soft' && covers(seed, b, ev, 'h2h'));
  if (books.length === 0) return null;
  const names = h2hNames(ev);
  return {
    start,
    end,
    book: books[randInt(seed, books.length, 'stale-book', ev.id, block)].key,
    outcome: names[randInt(seed, names.length, 'stale-outcome', ev.id, block)],
  };
}

const blockAt = (seed: number, ev: SimEvent, t: number) => Math.floor((t - phaseOf(seed, ev)) / STALE_BLOCK_MS);

/** The stale window active at time t, if any. */
export function activeWindow(seed: number, ev: SimEvent, t: number): StaleWindow | null {
  const w = windowForBlock(seed, ev, blockAt(seed, ev, t));
  return w && w.start <= t && t < w.end ? w : null;
}

function direction(ev: SimEvent, outcome: string): [number, number] {
  const sign = outcome === ev.home ? 1 : outcome === ev.away ? -1 : 0;
  switch (ev.sport.kind) {
    case 'soccer':
      return sign === 0 ? [-0.1, -0.1] : [0.1 * sign, -0.1 * sign];
    case 'hockey':
      return [0.1 * sign, -0.1 * sign];
    case 'basketball':
      return [2 * sign, 0];
    default:
      return [0.3 * sign, 0];
  }
}

const scaleCache = new Map<string, number>();

/** Size (multiple of the direction vector) of the shock of one window, solved to hit a target booksum. */
function shockScale(seed: number, ev: SimEvent, block: number, w: StaleWindow): number {
  const key = `${seed}:${ev.id}:${block}`;
  const hit = scaleCache.get(key);
  if (hit !== undefined) return hit;
  const before = paramsAt(seed, ev, w.start - 1000);
  const h2h = (p: [number, number]) => fairMarkets(ev, p).find((m) => m.market === 'h2h')!;
  const m0 = h2h(before);
  const i = m0.names.indexOf(w.outcome);
  const stalePrice = priceFor(findBook(w.book)!, m0.probs).prices[i];
  const booksum = 0.965 + 0.03 * rand01(seed, 'stale-sum', ev.id, block);
  const target = Math.min(0.9, 1 / stalePrice + (1 - booksum) + 0.004);
  const dir = direction(ev, w.outcome);
  let lo = 0,
    hi = 12;
  for (let k = 0; k < 40; k++) {
    const c = (lo + hi) / 2;
    const p = h2h([before[0] + c * dir[0], before[1] + c * dir[1]]).probs[i];
    if (p < target) lo = c;
    else hi = c;
  }
  if (scaleCache.size > 50_000) scaleCache.clear();
  scaleCache.set(key, hi);
  return hi;
}

/**
 * True model parameters at time t: the smooth walk (opening → closing value at kick-off) plus the
 * news shocks of past stale windows (full size during the window, then decaying, gone at kick-off).
 */
export function paramsAt(seed: number, ev: SimEvent, t: number): [number, number] {
  const out = walkParams(seed, ev, t);
  const s = progress(ev, t);
  if (s >= 1) return out;
  const last = blockAt(seed, ev, t);
  for (let b = last - Math.ceil((5 * DECAY_MS) / STALE_BLOCK_MS) - 1; b <= last; b++) {
    const w = windowForBlock(seed, ev, b);
    if (!w || w.start > t) continue;
    const c = shockScale(seed, ev, b, w);
    const k = ((t < w.end ? 1 : Math.exp(-(t - w.end) / DECAY_MS)) * (1 - s)) / (1 - progress(ev, w.start));
    const d = direction(ev, w.outcome);
    out[0] += c * d[0] * k;
    out[1] += c * d[1] * k;
  }
  return out;
}
