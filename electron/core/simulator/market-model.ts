/**
 * Pure market model: the rolling event schedule and the true (fair) probabilities of every
 * event as a function of (seed, time). No I/O, no state: same inputs, same numbers.
 */
import type { BookDef, SportDef } from './catalogue';
import { hexId, rand01, randInt, randNormal, valueNoise } from './rng';

const MIN = 60_000;
const H = 60 * MIN;
/** Events are listed (appear in /events and /odds) this long before kick-off. */
export const HORIZON_MS = 7 * 24 * H;
/** Completed events stay visible to /scores?daysFrom for this long. */
export const COMPLETED_VISIBLE_MS = 3 * 24 * H;

/** One simulated fixture with everything fixed at creation (teams, opening and closing parameters, lines). */
export interface SimEvent {
  id: string;
  sport: SportDef;
  slot: number;
  commence: number;
  listedAt: number;
  end: number;
  home: string;
  away: string;
  /** Model parameters (soccer/hockey: log goal rates; basketball: home margin, total; tennis: logit). */
  open: [number, number];
  close: [number, number];
  /** Home team's handicap line, or null when the sport has no spreads. */
  spreadPoint: number | null;
  totalPoint: number | null;
}

/** Fair probabilities of one market; outcomes in the order the API lists them. */
export interface FairMarket {
  market: 'h2h' | 'spreads' | 'totals';
  /** Home handicap for spreads, the line for totals, null for h2h. */
  point: number | null;
  names: string[];
  points: Array<number | undefined>;
  probs: number[];
}

function rating(seed: number, sport: SportDef, team: string): number {
  const i = sport.teams.indexOf(team);
  return 1 - (2 * i) / Math.max(1, sport.teams.length - 1) + 0.25 * randNormal(seed, 'rating', sport.key, team);
}

function sigmas(sport: SportDef): { margin: number; total: number } {
  return sport.key === 'basketball_nba' ? { margin: 12, total: 18 } : { margin: 11, total: 14 };
}

const eventCache = new Map<string, SimEvent>();

/** The event of one schedule slot of a sport (pure, memoised). */
export function eventAt(seed: number, sport: SportDef, slot: number): SimEvent {
  const key = `${seed}:${sport.key}:${slot}`;
  let ev = eventCache.get(key);
  if (!ev) {
    ev = buildEvent(seed, sport, slot);
    if (eventCache.size > 50_000) eventCache.clear();
    eventCache.set(key, ev);
  }
  return ev;
}

function buildEvent(seed: number, sport: SportDef, slot: number): SimEvent {
  const n = sport.teams.length;
  const hi = randInt(seed, n, 'home', sport.key, slot);
  let ai = randInt(seed, n - 1, 'away', sport.key, slot);
  if (ai >= hi) ai++;
  const home = sport.teams[hi];
  const away = sport.teams[ai];
  const day = Math.floor((slot * sport.slotMs) / (24 * H)) * 24 * H;
  const [a, b] = sport.kickoffHours;
  const steps = Math.floor(rand01(seed, 'kick', sport.key, slot) * ((b - a) * 2 + 1));
  const commence = day + a * H + steps * 30 * MIN;
  const d = rating(seed, sport, home) - rating(seed, sport, away);
  const z = (tag: string) => randNormal(seed, tag, sport.key, slot);
  let close: [number, number];
  let open: [number, number];
  switch (sport.kind) {
    case 'soccer':
      close = [Math.log(1.3) + 0.1 + 0.28 * d + 0.06 * z('c1'), Math.log(1.3) - 0.1 - 0.28 * d + 0.06 * z('c2')];
      open = [close[0] + 0.1 * z('o1'), close[1] + 0.1 * z('o2')];
      break;
    case 'hockey':
      close = [Math.log(3) + 0.05 + 0.12 * d + 0.04 * z('c1'), Math.log(3) - 0.05 - 0.12 * d + 0.04 * z('c2')];
      open = [close[0] + 0.08 * z('o1'), close[1] + 0.08 * z('o2')];
      break;
    case 'basketball': {
      const base = sport.key === 'basketball_nba' ? 226 : 162;
      close = [2 + 4.5 * d + 1.5 * z('c1'), base + 6 * z('c2')];
      open = [close[0] + 2 * z('o1'), close[1] + 4 * z('o2')];
      break;
    }
    default:
      close = [0.9 * d + 0.2 * z('c1'), 0];
      open = [close[0] + 0.35 * z('o1'), 0];
  }
  const ev: SimEvent = {
    id: hexId(seed, 'event', sport.key, slot),
    sport,
    slot,
    commence,
    listedAt: commence - HORIZON_MS,
    end: commence + sport.durationMs,
    home,
    away,
    open,
    close,
    spreadPoint: null,
    totalPoint: null,
  };
  if (sport.kind === 'soccer') {
    ev.totalPoint = 2.5;
    let best = 0.5;
    let bestErr = Infinity;
    for (const hp of [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5]) {
      ev.spreadPoint = hp;
      const p = fairMarkets(ev, close).find((m) => m.market === 'spreads')!;
      const err = Math.abs(p.probs[p.names.indexOf(home)] - 0.5);
      if (err < bestErr) {
        bestErr = err;
        best = hp;
      }
    }
    ev.spreadPoint = best;
  } else if (sport.kind === 'hockey') {
    ev.totalPoint = Math.floor(Math.exp(close[0]) + Math.exp(close[1])) + 0.5;
    ev.spreadPoint = close[0] >= close[1] ? -1.5 : 1.5;
  } else if (sport.kind === 'basketball') {
    ev.spreadPoint = -(Math.floor(close[0]) + 0.5);
    ev.totalPoint = Math.floor(close[1]) + 0.5;
  }
  return ev;
}

/** Events of a sport whose kick-off lies in [from, to], sorted by kick-off. */
export function eventsBetween(seed: number, sport: SportDef, from: number, to: number): SimEvent[] {
  if (!sport.active || sport.teams.length < 2) return [];
  const out: SimEvent[] = [];
  for (let k = Math.floor((from - 28 * H) / sport.slotMs) - 1; k <= Math.ceil((to + 24 * H) / sport.slotMs) + 1; k++) {
    const ev = eventAt(seed, sport, k);
    if (ev.commence >= from && ev.commence <= to) out.push(ev);
  }
  return out.sort((a, b) => a.commence - b.commence || a.slot - b.slot);
}

/** Lifecycle of an event at time t. */
export function eventStatus(ev: SimEvent, t: number): 'unlisted' | 'upcoming' | 'live' | 'completed' {
  if (t < ev.listedAt) return 'unlisted';
  if (t < ev.commence) return 'upcoming';
  return t < ev.end ? 'live' : 'completed';
}

/** True when the book lists this market for this event (seeded; not every book quotes every market). */
export function covers(seed: number, book: BookDef, ev: SimEvent, market: string): boolean {
  if (book.excludes?.includes(ev.sport.key)) return false;
  const u = rand01(seed, 'cover', ev.id, book.key, market);
  const h2h = book.kind !== 'soft' || rand01(seed, 'cover', ev.id, book.key, 'h2h') < 0.9;
  if (market === 'h2h') return h2h;
  if (ev.sport.kind === 'tennis' || !h2h) return false;
  if (book.kind === 'sharp') return true;
  if (ev.sport.kind === 'soccer') {
    if (book.regions.includes('us')) return true;
    if (market === 'spreads') return book.kind === 'soft' && u < 0.25;
    return book.kind === 'exchange' || u < 0.5;
  }
  return book.kind === 'exchange' || u < 0.85;
}

function noiseAmp(ev: SimEvent): [number, number] {
  switch (ev.sport.kind) {
    case 'soccer':
      return [0.07, 0.07];
    case 'hockey':
      return [0.06, 0.06];
    case 'basketball':
      return [1.5, 3];
    default:
      return [0.25, 0];
  }
}

/** Fraction of the way from listing (0) to kick-off (1), clamped. */
export function progress(ev: SimEvent, t: number): number {
  return Math.min(1, Math.max(0, (t - ev.listedAt) / (ev.commence - ev.listedAt)));
}

/**
 * Parameters of the smooth random walk at time t (no news shocks): starts at the opening value
 * and is pulled to the closing value, reached exactly at kick-off.
 */
export function walkParams(seed: number, ev: SimEvent, t: number): [number, number] {
  const s = progress(ev, t);
  const amp = noiseAmp(ev);
  const out: [number, number] = [0, 0];
  for (const i of [0, 1] as const) {
    const noise = amp[i] === 0 ? 0 : amp[i] * valueNoise(seed, t, 4 * H, 'walk', ev.id, i);
    out[i] = ev.close[i] + (ev.open[i] - ev.close[i] + noise) * (1 - s);
  }
  return out;
}

/** h2h outcome names in API order: teams alphabetically, then "Draw" for soccer. */
export function h2hNames(ev: SimEvent): string[] {
  const teams = [ev.home, ev.away].sort((a, b) => a.localeCompare(b));
  return ev.sport.kind === 'soccer' ? [...teams, 'Draw'] : teams;
}

function normCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const y = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + y) / 2 : (1 - y) / 2;
}

function poissonPmf(lambda: number, max: number): number[] {
  const out = [Math.exp(-lambda)];
  for (let k = 1; k <= max; k++) out.push((out[k - 1] * lambda) / k);
  return out;
}

/** Fair probabilities of every market of the event for the given parameters (pure). */
export function fairMarkets(ev: SimEvent, p: [number, number]): FairMarket[] {
  const names = h2hNames(ev);
  const byName = (home: number, away: number, draw = 0): number[] => names.map((n) => (n === ev.home ? home : n === ev.away ? away : draw));
  const out: FairMarket[] = [];
  const spreadNames = [ev.home, ev.away].sort((a, b) => a.localeCompare(b));
  const spreadPoints = spreadNames.map((n) => (n === ev.home ? ev.spreadPoint! : -ev.spreadPoint!));
  const kind = ev.sport.kind;
  if (kind === 'soccer' || kind === 'hockey') {
    const max = kind === 'soccer' ? 10 : 14;
    const ph = poissonPmf(Math.exp(p[0]), max);
    const pa = poissonPmf(Math.exp(p[1]), max);
    const otHome = Math.exp(p[0]) / (Math.exp(p[0]) + Math.exp(p[1]));
    let hw = 0,
      aw = 0,
      dr = 0,
      under = 0,
      cover = 0,
      mass = 0;
    for (let h = 0; h <= max; h++) {
      for (let a = 0; a <= max; a++) {
        const q = ph[h] * pa[a];
        mass += q;
        if (h > a) hw += q;
        else if (h < a) aw += q;
        else dr += q;
        if (h + a < ev.totalPoint!) under += q;
        const diff = kind === 'hockey' && h === a ? 0 : h - a;
        if (kind === 'hockey' && h === a) cover += q * (otHome * +(1 + ev.spreadPoint! > 0) + (1 - otHome) * +(-1 + ev.spreadPoint! > 0));
        else if (diff + ev.spreadPoint! > 0) cover += q;
      }
    }
    [hw, aw, dr, under, cover] = [hw, aw, dr, under, cover].map((x) => x / mass);
    if (kind === 'hockey') {
      hw += dr * otHome;
      aw += dr * (1 - otHome);
    }
    out.push({
      market: 'h2h',
      point: null,
      names,
      points: names.map(() => undefined),
      probs: kind === 'soccer' ? byName(hw, aw, dr) : byName(hw, aw),
    });
    out.push({
      market: 'spreads',
      point: ev.spreadPoint,
      names: spreadNames,
      points: spreadPoints,
      probs: spreadNames.map((n) => (n === ev.home ? cover : 1 - cover)),
    });
    out.push({
      market: 'totals',
      point: ev.totalPoint,
      names: ['Over', 'Under'],
      points: [ev.totalPoint!, ev.totalPoint!],
      probs: [1 - under, under],
    });
  } else if (kind === 'basketball') {
    const sg = sigmas(ev.sport);
    const hw = normCdf(p[0] / sg.margin);
    const cover = normCdf((p[0] + ev.spreadPoint!) / sg.margin);
    const over = 1 - normCdf((ev.totalPoint! - p[1]) / sg.total);
    out.push({ market: 'h2h', point: null, names, points: names.map(() => undefined), probs: byName(hw, 1 - hw) });
    out.push({
      market: 'spreads',
      point: ev.spreadPoint,
      names: spreadNames,
      points: spreadPoints,
      probs: spreadNames.map((n) => (n === ev.home ? cover : 1 - cover)),
    });
    out.push({
      market: 'totals',
      point: ev.totalPoint,
      names: ['Over', 'Under'],
      points: [ev.totalPoint!, ev.totalPoint!],
      probs: [over, 1 - over],
    });
  } else {
    const hw = 1 / (1 + Math.exp(-p[0]));
    out.push({ market: 'h2h', point: null, names, points: names.map(() => undefined), probs: byName(hw, 1 - hw) });
  }
  return out;
}

/** Basketball score spread parameters, exported for the score model. */
export function basketballSigmas(sport: SportDef): { margin: number; total: number } {
  return sigmas(sport);
}
