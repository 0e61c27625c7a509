import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from './index';
import { get, type WireEvent } from './test-helpers';

const FIX = 'tests/fixtures/odds-api/responses/';
const fixture = (f: string) => JSON.parse(readFileSync(FIX + f, 'utf8'));
const keysOf = (o: object) => Object.keys(o).sort();
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const T0 = Date.parse('2025-11-20T10:00:00Z');
const DETAILS = 'https://the-odds-api.com/liveapi/guides/v4/api-error-codes.html';

let clock = T0;
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: () => clock, minRequestIntervalMs: 0, monthlyCredits: 100_000 });
});
afterAll(async () => {
  await sim.close();
});

describe('shapes match the real fixtures', () => {
  it('/sports and /events', async () => {
    const s = await get(sim, '/v4/sports?apiKey=demo');
    expect(s.status).toBe(200);
    const ref = fixture('sports_list_2024-10-13.json');
    for (const x of s.json) expect(keysOf(x)).toEqual(keysOf(ref[0]));
    const keys = s.json.map((x: { key: string }) => x.key);
    for (const k of [
      'soccer_france_ligue_one',
      'soccer_epl',
      'soccer_uefa_champs_league',
      'basketball_nba',
      'basketball_euroleague',
      'icehockey_nhl',
      'tennis_atp_paris_masters',
    ])
      expect(keys).toContain(k);
    expect(s.json.find((x: { key: string }) => x.key === 'soccer_france_ligue_one').title).toBe('Ligue 1 - France');
    expect((await get(sim, '/v4/sports?apiKey=demo&all=true')).json.length).toBeGreaterThan(s.json.length);
    const e = await get(sim, '/v4/sports/soccer_epl/events?apiKey=demo');
    const eref = fixture('events_soccer_germany_bundesliga_2025-11-25.json');
    expect(e.json.length).toBeGreaterThanOrEqual(6);
    expect(e.json.length).toBeLessThanOrEqual(13);
    for (const x of e.json) {
      expect(keysOf(x)).toEqual(keysOf(eref[0]));
      expect(x.id).toMatch(/^[0-9a-f]{32}$/);
      expect(x.commence_time).toMatch(ISO);
    }
  });

  it('/odds soccer: 3-way h2h alphabetical + Draw, totals Over/Under, spreads with points, exchange lay', async () => {
    const r = await get(sim, '/v4/sports/soccer_epl/odds?apiKey=demo&regions=eu,uk,us&markets=h2h,spreads,totals');
    const ref = fixture('odds_soccer_epl_uk_h2h_spreads_2024-03-08.json')[0];
    const events = r.json as WireEvent[];
    const seen = new Set<string>();
    for (const ev of events) {
      expect(keysOf(ev)).toEqual(keysOf(ref));
      for (const b of ev.bookmakers) {
        expect(keysOf(b)).toEqual(keysOf(ref.bookmakers[0]));
        expect(b.last_update).toMatch(ISO);
        for (const m of b.markets) {
          seen.add(m.key);
          expect(keysOf(m)).toEqual(keysOf(ref.bookmakers[0].markets[0]));
          expect(m.last_update).toMatch(ISO);
          const names = m.outcomes.map((o) => o.name);
          if (m.key === 'h2h' || m.key === 'h2h_lay') {
            expect(names).toEqual([...[ev.home_team, ev.away_team].sort(), 'Draw']);
            for (const o of m.outcomes) expect(keysOf(o)).toEqual(['name', 'price']);
          } else if (m.key === 'totals') {
            expect(names).toEqual(['Over', 'Under']);
            expect(m.outcomes[0].point).toBe(2.5);
          } else {
            expect(names).toEqual([ev.home_team, ev.away_team].sort());
            expect(m.outcomes[0].point! + m.outcomes[1].point!).toBe(0);
          }
          for (const o of m.outcomes) expect(Math.round(o.price * 100) / 100).toBe(o.price);
        }
      }
    }
    expect([...seen].sort()).toEqual(['h2h', 'h2h_lay', 'spreads', 'totals']);
    const books = new Set(events.flatMap((e) => e.bookmakers.map((b) => b.key)));
    expect(books.size).toBeGreaterThanOrEqual(15);
  });

  it('event-odds has no bookmaker last_update; /scores shape; american and unix formats', async () => {
    const ev = (await get(sim, '/v4/sports/basketball_nba/events?apiKey=demo')).json[0];
    const one = await get(
      sim,
      `/v4/sports/basketball_nba/events/${ev.id}/odds?apiKey=demo&regions=us&markets=h2h,spreads,totals,player_points`,
    );
    const ref = fixture('event_odds_soccer_germany_bundesliga_2025-11-25.json');
    expect(keysOf(one.json)).toEqual(keysOf(ref));
    for (const b of one.json.bookmakers) expect(keysOf(b)).toEqual(keysOf(ref.bookmakers[0]));
    expect(one.headers['x-requests-last']).toBe('3');
    const am = await get(sim, '/v4/sports/basketball_nba/odds?apiKey=demo&regions=us&oddsFormat=american&dateFormat=unix');
    for (const e of am.json) {
      expect(typeof e.commence_time).toBe('number');
      for (const b of e.bookmakers) {
        expect(typeof b.last_update).toBe('number');
        for (const o of b.markets[0].outcomes) {
          expect(Number.isInteger(o.price)).toBe(true);
          expect(Math.abs(o.price)).toBeGreaterThanOrEqual(100);
        }
      }
    }
    const sc = await get(sim, '/v4/sports/basketball_nba/scores?apiKey=demo&daysFrom=2&dateFormat=unix');
    const sref = fixture('scores_americanfootball_nfl_daysFrom2_unix_2024-11.json');
    for (const x of sc.json) expect(keysOf(x)).toEqual(keysOf(sref[0]));
  });

  it('filters: regions, bookmakers, eventIds, commence window, upcoming', async () => {
    const fr = await get(sim, '/v4/sports/soccer_france_ligue_one/odds?apiKey=demo&regions=fr');
    const frBooks = new Set((fr.json as WireEvent[]).flatMap((e) => e.bookmakers.map((b) => b.key)));
    expect([...frBooks].sort()).toEqual(['betclic_fr', 'pmu_fr', 'unibet_fr', 'winamax_fr']);
    const pin = await get(sim, '/v4/sports/soccer_epl/odds?apiKey=demo&bookmakers=pinnacle&regions=us');
    expect(new Set((pin.json as WireEvent[]).flatMap((e) => e.bookmakers.map((b) => b.key)))).toEqual(new Set(['pinnacle']));
    const all = (await get(sim, '/v4/sports/icehockey_nhl/events?apiKey=demo')).json;
    const ids = [all[1].id, all[3].id];
    const sel = await get(sim, `/v4/sports/icehockey_nhl/odds?apiKey=demo&regions=eu&eventIds=${ids.join(',')}`);
    expect(sel.json.map((e: WireEvent) => e.id).sort()).toEqual(ids.sort());
    const from = all[2].commence_time;
    const to = all[4].commence_time;
    const win = await get(sim, `/v4/sports/icehockey_nhl/events?apiKey=demo&commenceTimeFrom=${from}&commenceTimeTo=${to}`);
    expect(win.json.every((e: WireEvent) => e.commence_time >= from && e.commence_time <= to)).toBe(true);
    expect(win.json.length).toBeGreaterThanOrEqual(3);
    const up = await get(sim, '/v4/sports/upcoming/odds?apiKey=demo&regions=eu');
    expect(new Set(up.json.map((e: WireEvent) => e.sport_key)).size).toBeGreaterThan(1);
  });
});

describe('credits', () => {
  it('charges markets × regions, bookmakers groups of 10, 0 when empty, scores 1/2, resets monthly', async () => {
    sim.setCredits('demo', 0);
    const s = await get(sim, '/v4/sports?apiKey=demo');
    expect(s.headers).toMatchObject({ 'x-requests-last': '0', 'x-requests-used': '0', 'x-requests-remaining': '100000' });
    const cost = async (p: string) =>
      Number((await get(sim, p + (p.includes('?') ? '&' : '?') + 'apiKey=demo')).headers['x-requests-last']);
    expect(await cost('/v4/sports/soccer_epl/events')).toBe(0);
    expect(await cost('/v4/sports/soccer_epl/odds?regions=eu')).toBe(1);
    expect(await cost('/v4/sports/soccer_epl/odds?regions=eu,uk&markets=h2h,spreads,totals')).toBe(6);
    const eleven = 'pinnacle,betfair_ex_eu,unibet_fr,betclic_fr,winamax_fr,pmu_fr,williamhill,betsson,marathonbet,onexbet,sport888';
    expect(await cost(`/v4/sports/soccer_epl/odds?regions=eu,uk,us&bookmakers=${eleven}`)).toBe(2);
    expect(await cost('/v4/sports/soccer_epl/odds?bookmakers=pinnacle,onexbet&markets=h2h,totals')).toBe(2);
    expect(await cost('/v4/sports/soccer_epl/odds?regions=eu&commenceTimeFrom=2030-01-01T00:00:00Z')).toBe(0);
    expect(await cost('/v4/sports/soccer_epl/scores')).toBe(1);
    expect(await cost('/v4/sports/soccer_epl/scores?daysFrom=3')).toBe(2);
    expect(sim.credits('demo')).toEqual({ used: 14, remaining: 100_000 - 14 });
    sim.setCredits('demo', 99_999);
    const out = await get(sim, '/v4/sports/soccer_epl/odds?apiKey=demo&regions=eu,uk');
    expect(out.status).toBe(401);
    expect(out.json).toEqual({
      message: 'Usage quota has been reached. See usage plans at https://the-odds-api.com',
      error_code: 'OUT_OF_USAGE_CREDITS',
      details_url: DETAILS,
    });
    expect((await get(sim, '/v4/sports?apiKey=demo')).status).toBe(200);
    clock = Date.parse('2025-12-01T00:00:05Z');
    expect(sim.credits('demo')).toEqual({ used: 0, remaining: 100_000 });
    clock = T0;
  });
});

describe('errors', () => {
  const cases: Array<[string, number, string]> = [
    ['/v4/sports/tennis_atp/odds?apiKey=demo&regions=eu', 404, 'UNKNOWN_SPORT'],
    ['/v4/sports/soccer_epl/odds?apiKey=demo&regions=eu&markets=h2h,player_points', 422, 'INVALID_MARKET'],
    ['/v4/sports/soccer_epl/odds?apiKey=demo&regions=eu&markets=btts', 422, 'INVALID_MARKET'],
    ['/v4/sports/soccer_epl/events/0123456789abcdef0123456789abcdef/odds?apiKey=demo&regions=eu&markets=nonsense', 422, 'INVALID_MARKET'],
    ['/v4/sports/soccer_epl/odds?apiKey=demo&regions=eu,mars', 422, 'INVALID_REGION'],
    ['/v4/sports/soccer_epl/odds?apiKey=demo', 422, 'MISSING_REGION'],
    ['/v4/sports/soccer_epl/odds?apiKey=demo&bookmakers=pinnacle,caesars', 422, 'INVALID_BOOKMAKERS'],
    ['/v4/sports/soccer_epl/odds?apiKey=demo&regions=eu&commenceTimeFrom=2025-11-20T10:00:00.000Z', 422, 'INVALID_COMMENCE_TIME_FROM'],
    ['/v4/sports/soccer_epl/events?apiKey=demo&commenceTimeTo=2025-11-20', 422, 'INVALID_COMMENCE_TIME_TO'],
    [
      '/v4/sports/soccer_epl/events?apiKey=demo&commenceTimeFrom=2025-11-22T00:00:00Z&commenceTimeTo=2025-11-21T00:00:00Z',
      422,
      'INVALID_COMMENCE_TIME_RANGE',
    ],
    ['/v4/sports/soccer_epl/odds?apiKey=demo&regions=eu&oddsFormat=fractional', 422, 'INVALID_ODDS_FORMAT'],
    ['/v4/sports/soccer_epl/events?apiKey=demo&dateFormat=rfc', 422, 'INVALID_DATE_FORMAT'],
    ['/v4/sports/soccer_epl/scores?apiKey=demo&daysFrom=7', 422, 'INVALID_SCORES_DAYS_FROM'],
    ['/v4/sports/soccer_epl/events/0123456789abcdef0123456789abcdef/odds?apiKey=demo&regions=eu', 404, 'EVENT_NOT_FOUND'],
    [
      '/v4/historical/sports/soccer_epl/odds?apiKey=demo&regions=eu&date=2025-11-01T00:00:00Z',
      401,
      'HISTORICAL_UNAVAILABLE_ON_FREE_USAGE_PLAN',
    ],
    ['/v4/sports/soccer_epl/odds?regions=eu', 401, 'MISSING_KEY'],
    ['/v4/sports/soccer_epl/odds?apiKey=0123456789abcdef0123456789abcd&regions=eu', 401, 'INVALID_KEY'],
  ];
  it.each(cases)('%s → %i %s', async (path, status, code) => {
    sim.setCredits('demo', 0);
    const r = await get(sim, path);
    expect(r.status).toBe(status);
    expect(keysOf(r.json)).toEqual(['details_url', 'error_code', 'message']);
    expect(r.json.error_code).toBe(code);
    expect(r.json.details_url).toBe(DETAILS);
    if (code === 'INVALID_KEY' || code === 'MISSING_KEY') expect(r.headers['x-requests-remaining']).toBeUndefined();
    else expect(r.headers['x-requests-last']).toBe('0');
    expect(sim.credits('demo').used).toBe(0);
  });

  it('exact bodies of the key errors; x-api-key header is not auth; api_key is', async () => {
    expect((await get(sim, '/v4/sports?apiKey=nope')).json.message).toBe(
      'API key is not valid. Get an API key at https://the-odds-api.com',
    );
    expect((await get(sim, '/v4/sports', { headers: { 'x-api-key': 'demo' } })).json.error_code).toBe('MISSING_KEY');
    expect((await get(sim, '/v4/sports?api_key=demo')).status).toBe(200);
    expect((await get(sim, '/v4/sports/soccer_epl/odds?apiKey=demo&regions=eu&markets=h2h,player_points')).json.message).toBe(
      'Markets not supported by this endpoint: player_points',
    );
  });
});

describe('rate limit, faults and request log', () => {
  it('429 EXCEEDED_FREQ_LIMIT when two requests are too close', async () => {
    const s2 = await startSimulator({ now: () => T0, minRequestIntervalMs: 300 });
    try {
      const [a, b] = await Promise.all([get(s2, '/v4/sports?apiKey=demo'), get(s2, '/v4/sports?apiKey=demo')]);
      expect([a.status, b.status].sort()).toEqual([200, 429]);
      expect((a.status === 429 ? a : b).json.error_code).toBe('EXCEEDED_FREQ_LIMIT');
      await new Promise((r) => setTimeout(r, 320));
      expect((await get(s2, '/v4/sports?apiKey=demo')).status).toBe(200);
    } finally {
      await s2.close();
    }
  });

  it('failNext: status, malformed, truncated, html, hang', async () => {
    sim.failNext({ kind: 'status', status: 503, body: { message: 'busy' }, headers: { 'retry-after': '2' } });
    const a = await get(sim, '/v4/sports?apiKey=demo');
    expect([a.status, a.json, a.headers['retry-after']]).toEqual([503, { message: 'busy' }, '2']);
    sim.failNext({ kind: 'malformed' });
    const m = await get(sim, '/v4/sports?apiKey=demo');
    expect([m.status, m.json]).toEqual([200, null]);
    sim.failNext({ kind: 'truncated' });
    await expect(fetch(`${sim.url}/v4/sports?apiKey=demo`).then((r) => r.text())).rejects.toThrow();
    sim.failNext({ kind: 'html', status: 502 }, 2);
    for (let i = 0; i < 2; i++) {
      const h = await get(sim, '/v4/sports?apiKey=demo');
      expect(h.status).toBe(502);
      expect(h.text).toContain('<html>');
    }
    sim.failNext({ kind: 'hang' });
    await expect(fetch(`${sim.url}/v4/sports?apiKey=demo`, { signal: AbortSignal.timeout(150) })).rejects.toThrow();
    expect((await get(sim, '/v4/sports?apiKey=demo')).status).toBe(200);
  });

  it('logs requests with the key redacted', async () => {
    await get(sim, '/v4/sports/soccer_epl/odds?apiKey=demo&regions=eu&markets=h2h');
    const last = sim.requests().at(-1)!;
    expect(last).toMatchObject({ method: 'GET', path: '/v4/sports/soccer_epl/odds', status: 200, at: clock });
    expect(last.query).toEqual({ apiKey: 'REDACTED', regions: 'eu', markets: 'h2h' });
  });
});
