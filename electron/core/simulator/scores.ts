/**
 * Score model: each event's final result is drawn (seeded) from its true probabilities at close,
 * live scores are the part of that result already "played", and /scores objects are built from them.
 */
import { basketballSigmas, eventStatus, type SimEvent } from './market-model';
import { poissonFromUniform, rand01, randNormal } from './rng';

/** Final score plus the fraction of the match (0..1) at which each point/goal/set was scored. */
export interface FinalResult {
  home: number;
  away: number;
  /** Match fractions at which the home/away counters increase (soccer, hockey, tennis sets). */
  homeAt: number[];
  awayAt: number[];
  /** Points accumulate linearly (basketball) instead of at discrete times. */
  linear: boolean;
}

const cache = new Map<string, FinalResult>();

/** The seeded final result of an event, a draw from its closing probabilities. */
export function finalResult(seed: number, ev: SimEvent): FinalResult {
  const key = `${seed}:${ev.id}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const close = ev.close;
  const u = (tag: string, i = 0) => rand01(seed, 'result', ev.id, tag, i);
  const times = (n: number, tag: string) => Array.from({ length: n }, (_, i) => 0.02 + 0.95 * u(tag, i)).sort((a, b) => a - b);
  let r: FinalResult;
  switch (ev.sport.kind) {
    case 'soccer':
    case 'hockey': {
      let home = poissonFromUniform(Math.exp(close[0]), u('h'));
      let away = poissonFromUniform(Math.exp(close[1]), u('a'));
      const homeAt = times(home, 'ht');
      const awayAt = times(away, 'at');
      if (ev.sport.kind === 'hockey' && home === away) {
        const otHome = Math.exp(close[0]) / (Math.exp(close[0]) + Math.exp(close[1]));
        if (u('ot') < otHome) {
          home++;
          homeAt.push(0.99);
        } else {
          away++;
          awayAt.push(0.99);
        }
      }
      r = { home, away, homeAt, awayAt, linear: false };
      break;
    }
    case 'basketball': {
      const sg = basketballSigmas(ev.sport);
      let margin = Math.round(close[0] + sg.margin * randNormal(seed, 'result', ev.id, 'm'));
      if (margin === 0) margin = u('ot') < 0.5 ? 3 : -3;
      let total = Math.round(close[1] + sg.total * randNormal(seed, 'result', ev.id, 't'));
      if ((total + margin) % 2 !== 0) total++;
      r = { home: (total + margin) / 2, away: (total - margin) / 2, homeAt: [], awayAt: [], linear: true };
      break;
    }
    default: {
      const pHome = 1 / (1 + Math.exp(-close[0]));
      const homeWins = u('w') < pHome;
      const loserSets = u('ls') < 0.4 ? 1 : 0;
      const sets = 2 + loserSets;
      const seq: boolean[] = [];
      if (loserSets === 1) seq.push(...(u('order') < 0.5 ? [false, true] : [true, false]), true);
      else seq.push(true, true);
      const homeAt: number[] = [];
      const awayAt: number[] = [];
      seq.forEach((winnerWon, i) => {
        const homeSet = winnerWon === homeWins;
        (homeSet ? homeAt : awayAt).push((i + 1) / sets - 0.001);
      });
      r = { home: homeAt.length, away: awayAt.length, homeAt, awayAt, linear: false };
    }
  }
  if (cache.size > 20000) cache.clear();
  cache.set(key, r);
  return r;
}

/** Score at time t: null before kick-off, partial while live, final once completed. */
export function scoreAt(seed: number, ev: SimEvent, t: number): { home: number; away: number } | null {
  const st = eventStatus(ev, t);
  if (st === 'unlisted' || st === 'upcoming') return null;
  const r = finalResult(seed, ev);
  if (st === 'completed') return { home: r.home, away: r.away };
  const f = (t - ev.commence) / (ev.end - ev.commence);
  if (r.linear) return { home: Math.floor(r.home * f), away: Math.floor(r.away * f) };
  return { home: r.homeAt.filter((x) => x <= f).length, away: r.awayAt.filter((x) => x <= f).length };
}

/** Wire shape of one /scores entry (times already formatted by the caller). */
export interface ScoreJson {
  id: string;
  sport_key: string;
  sport_title: string;
  commence_time: string | number;
  completed: boolean;
  home_team: string;
  away_team: string;
  scores: Array<{ name: string; score: string }> | null;
  last_update: string | number | null;
}

/** Builds the /scores object of an event at time t; `fmt` formats epoch ms per dateFormat. */
export function scoreJson(seed: number, ev: SimEvent, t: number, fmt: (ms: number) => string | number): ScoreJson {
  const st = eventStatus(ev, t);
  const s = scoreAt(seed, ev, t);
  const lastUpdate = st === 'completed' ? ev.end : st === 'live' ? Math.floor(t / 30_000) * 30_000 : null;
  return {
    id: ev.id,
    sport_key: ev.sport.key,
    sport_title: ev.sport.title,
    commence_time: fmt(ev.commence),
    completed: st === 'completed',
    home_team: ev.home,
    away_team: ev.away,
    scores:
      s === null
        ? null
        : [
            { name: ev.home, score: String(s.home) },
            { name: ev.away, score: String(s.away) },
          ],
    last_update: lastUpdate === null ? null : fmt(lastUpdate),
  };
}
