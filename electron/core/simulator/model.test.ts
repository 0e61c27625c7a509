import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOKMAKERS } from './catalogue';
import { startSimulator, type Simulator } from './index';
import { booksumOf, get, groupMarkets, type WireEvent } from './test-helpers';

const T0 = Date.parse('2025-11-20T10:00:00Z');
const H = 3_600_000;
const SPORTS = [
  'soccer_france_ligue_one',
  'soccer_epl',
  'soccer_uefa_champs_league',
  'basketball_nba',
  'basketball_euroleague',
  'tennis_atp_paris_masters',
  'icehockey_nhl',
];
const kindOf = (k: string) => BOOKMAKERS.find((b) => b.key === k)!.kind;

let clock = T0;
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: () => clock, minRequestIntervalMs: 0, monthlyCredits: 1e9 });
});
afterAll(async () => {
  await sim.close();
});

async function allOdds(s: Simulator = sim): Promise<WireEvent[]> {
  const out: WireEvent[] = [];
  for (const sport of SPORTS) {
    const r = await get(s, `/v4/sports/${sport}/odds?apiKey=demo&regions=eu,uk,fr,us&markets=h2h,spreads,totals`);
    expect(r.status).toBe(200);
    out.push(...r.json);
  }
  return out;
}

describe('determinism', () => {
  it('same seed + time → same body; another seed → different', async () => {
    const other = await startSimulator({ now: () => clock, minRequestIntervalMs: 0 });
    const third = await startSimulator({ seed: 7, now: () => clock, minRequestIntervalMs: 0 });
    try {
      const p = '/v4/sports/soccer_epl/odds?apiKey=demo&regions=eu,uk&markets=h2h,totals';
      const a = await get(sim, p);
      expect((await get(other, p)).text).toBe(a.text);
      expect((await get(sim, p)).text).toBe(a.text);
      expect((await get(third, p)).text).not.toBe(a.text);
      expect(JSON.stringify(other.truth())).toBe(JSON.stringify(sim.truth()));
    } finally {
      await other.close();
      await third.close();
    }
  });
});

describe('surebets and margins, recomputed from the served JSON', () => {
  it.each([0, 29.5, 77.25, 131])('at T0 + %fh: truth surebets are real, fair markets are not arbitrage, margins hold', async (h) => {
    clock = T0 + h * H;
    const truth = sim.truth();
    const groups = groupMarkets(await allOdds());
    const truthKeys = new Set(truth.surebets.map((s) => `${s.eventId}|${s.market}|${s.point}`));
    expect(truth.surebets.length).toBeGreaterThanOrEqual(2);
    for (const s of truth.surebets) {
      const g = groups.get(`${s.eventId}|${s.market}|${s.point}`)!;
      expect(g).toBeDefined();
      const sum = booksumOf(g.best);
      expect(sum).toBeLessThan(1);
      expect(sum).toBeCloseTo(s.booksum, 9);
      expect(sum).toBeGreaterThan(0.93);
      for (const leg of s.legs) expect(g.best.get(leg.outcome)!.price).toBe(leg.price);
    }
    const fairKeys = new Set(truth.fair.map((f) => `${f.eventId}|${f.market}|${f.point}`));
    for (const [key, g] of groups) {
      expect(fairKeys.has(key)).toBe(true);
      if (truthKeys.has(key)) continue;
      expect(booksumOf(g.best)).toBeGreaterThanOrEqual(1 - 1e-9);
      for (const [book, prices] of g.books) {
        const margin = prices.reduce((a, p) => a + 1 / p, 0) - 1;
        const kind = kindOf(book);
        if (kind === 'sharp') {
          expect(margin).toBeGreaterThanOrEqual(0.02);
          expect(margin).toBeLessThanOrEqual(0.03);
        } else if (kind === 'soft') {
          expect(margin).toBeGreaterThanOrEqual(0.05);
          expect(margin).toBeLessThanOrEqual(0.08);
        } else {
          expect(margin).toBeGreaterThanOrEqual(0);
          expect(margin).toBeLessThan(0.02);
        }
      }
    }
    clock = T0;
  });

  it('fair probabilities sum to 1 per market', () => {
    for (const f of sim.truth().fair) expect(Object.values(f.probabilities).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });
});

describe('life cycle', () => {
  it('events go live then complete, with scores; new events appear', async () => {
    const before = (await get(sim, '/v4/sports/soccer_epl/scores?apiKey=demo')).json;
    const ev = before.find((e: { completed: boolean; scores: unknown }) => !e.completed && e.scores === null);
    expect(ev.last_update).toBeNull();
    const kick = Date.parse(ev.commence_time);
    clock = kick + 60 * 60_000;
    const live = (await get(sim, '/v4/sports/soccer_epl/scores?apiKey=demo')).json.find((e: { id: string }) => e.id === ev.id);
    expect(live.completed).toBe(false);
    expect(live.scores.map((s: { name: string }) => s.name)).toEqual([ev.home_team, ev.away_team]);
    expect(typeof live.scores[0].score).toBe('string');
    clock = kick + 5 * H;
    const odds = (await get(sim, '/v4/sports/soccer_epl/odds?apiKey=demo&regions=eu')).json as WireEvent[];
    expect(odds.some((e) => e.id === ev.id)).toBe(false);
    expect((await get(sim, '/v4/sports/soccer_epl/scores?apiKey=demo')).json.some((e: { id: string }) => e.id === ev.id)).toBe(false);
    const done = (await get(sim, '/v4/sports/soccer_epl/scores?apiKey=demo&daysFrom=1')).json.find((e: { id: string }) => e.id === ev.id);
    expect(done.completed).toBe(true);
    expect(Number(done.scores[0].score)).toBeGreaterThanOrEqual(Number(live.scores[0].score));
    expect(Number(done.scores[1].score)).toBeGreaterThanOrEqual(Number(live.scores[1].score));
    expect(done.last_update).toMatch(/Z$/);
    clock = kick + 4 * 24 * H;
    const later = (await get(sim, '/v4/sports/soccer_epl/scores?apiKey=demo&daysFrom=3')).json;
    expect(later.some((e: { id: string }) => e.id === ev.id)).toBe(false);
    const ids = (await get(sim, '/v4/sports/soccer_epl/events?apiKey=demo')).json.map((e: { id: string }) => e.id);
    expect(ids.filter((id: string) => before.some((b: { id: string }) => b.id === id)).length).toBeLessThan(ids.length);
    clock = T0;
  });

  it('results follow the closing probabilities (favourites win more often)', async () => {
    let favWins = 0;
    let n = 0;
    for (let day = 0; day < 20; day += 2) {
      clock = T0 + day * 24 * H;
      for (const sport of ['basketball_nba', 'icehockey_nhl', 'tennis_atp_paris_masters']) {
        const evs = (await get(sim, `/v4/sports/${sport}/odds?apiKey=demo&bookmakers=pinnacle`)).json as WireEvent[];
        const soon = evs.filter((e) => Date.parse(e.commence_time) - clock < 48 * H && Date.parse(e.commence_time) > clock);
        clock += 4 * 24 * H;
        const sc = (await get(sim, `/v4/sports/${sport}/scores?apiKey=demo&daysFrom=3`)).json;
        clock -= 4 * 24 * H;
        for (const e of soon) {
          const o = e.bookmakers[0]?.markets[0]?.outcomes;
          const s = sc.find((x: { id: string }) => x.id === e.id);
          if (!o || !s?.completed) continue;
          const fav = o[0].price < o[1].price ? o[0].name : o[1].name;
          const score = (name: string) => Number(s.scores.find((x: { name: string }) => x.name === name).score);
          const other = fav === e.home_team ? e.away_team : e.home_team;
          n++;
          if (score(fav) > score(other)) favWins++;
        }
      }
    }
    clock = T0;
    expect(n).toBeGreaterThan(30);
    expect(favWins / n).toBeGreaterThan(0.55);
  });
});

describe('drift', () => {
  it('prices move toward the closing value (distance to close shrinks on average)', async () => {
    const evs = (await allOdds()).filter((e) => Date.parse(e.commence_time) - T0 > 4.5 * 24 * H);
    expect(evs.length).toBeGreaterThan(8);
    const implied = async (e: WireEvent, t: number) => {
      clock = t;
      const r = await get(sim, `/v4/sports/${e.sport_key}/odds?apiKey=demo&bookmakers=pinnacle&eventIds=${e.id}`);
      const o = r.json[0].bookmakers[0].markets[0].outcomes as Array<{ price: number }>;
      const inv = o.map((x) => 1 / x.price);
      const s = inv.reduce((a, b) => a + b, 0);
      return inv.map((x) => x / s);
    };
    const offsets = [4 * 24 * H, 2 * 24 * H, 12 * H, 30 * 60_000];
    const dist = offsets.map(() => 0);
    for (const e of evs) {
      const kick = Date.parse(e.commence_time);
      const close = await implied(e, kick - 60_000);
      for (let i = 0; i < offsets.length; i++) {
        const p = await implied(e, kick - offsets[i]);
        dist[i] += p.reduce((a, x, j) => a + Math.abs(x - close[j]), 0) / evs.length;
      }
    }
    clock = T0;
    for (let i = 1; i < dist.length; i++) expect(dist[i]).toBeLessThan(dist[i - 1]);
    expect(dist[0]).toBeGreaterThan(0.03);
    expect(dist[dist.length - 1]).toBeLessThan(0.02);
  });
});
