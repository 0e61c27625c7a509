/**
 * The Odds API client against real captured responses, served by a loopback HTTP server.
 * Every count is checked against an independent count of the raw JSON.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOddsApiClient, estimateOddsCost, formatCommenceTime, redactSecret, redactUrl } from '../../electron/core/providers/odds-api';

const FIXTURES = join(import.meta.dirname, '../fixtures/odds-api/responses');
const read = (file: string): string => readFileSync(join(FIXTURES, file), 'utf8');
const KEY = 'f00dfeedLEAKCHECKfixtures0123456';

type Reply = { status?: number; body: string; headers?: Record<string, string> };
let routes = new Map<string, Reply>();
const received: URL[] = [];
let server: Server;
let baseUrl = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    received.push(url);
    const reply = routes.get(url.pathname) ?? { status: 404, body: '{"message":"Unknown sport","error_code":"UNKNOWN_SPORT"}' };
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
    res.end(reply.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  routes = new Map();
  received.length = 0;
});

const quotaHeaders = { 'x-requests-remaining': '497', 'x-requests-used': '3', 'x-requests-last': '3' };
const client = () => createOddsApiClient({ baseUrl, apiKey: KEY, sleep: async () => {} });

/* Independent counts of the raw wire JSON (plain loops, no client code). */
type RawOutcome = { name: string; price: number; point?: number; description?: string };
type RawEvent = {
  id: string;
  commence_time: string;
  home_team: string;
  away_team: string;
  bookmakers: { key: string; last_update?: string; markets: { key: string; last_update?: string; outcomes: RawOutcome[] }[] }[];
};
function rawCounts(events: RawEvent[]) {
  let books = 0;
  let markets = 0;
  let outcomes = 0;
  const byMarket: Record<string, number> = {};
  for (const e of events)
    for (const b of e.bookmakers) {
      books++;
      for (const m of b.markets) {
        markets++;
        outcomes += m.outcomes.length;
        byMarket[m.key] = (byMarket[m.key] ?? 0) + 1;
      }
    }
  return { events: events.length, books, markets, outcomes, byMarket };
}
function normCounts(events: { bookmakers: { markets: { key: string; outcomes: unknown[] }[] }[] }[]) {
  return rawCounts(events.map((e) => ({ bookmakers: e.bookmakers.map((b) => ({ markets: b.markets })) })) as unknown as RawEvent[]);
}

describe('odds-api client on the real fixtures', () => {
  it('sports list: all 66 sports, flags renamed, quota read', async () => {
    routes.set('/v4/sports', { body: read('sports_list_2024-10-13.json'), headers: quotaHeaders });
    const raw = JSON.parse(read('sports_list_2024-10-13.json')) as { key: string; has_outrights: boolean }[];
    const r = await client().getSports({ all: true });
    expect(r.data).toHaveLength(raw.length);
    expect(r.data.filter((s) => s.hasOutrights).length).toBe(raw.filter((s) => s.has_outrights).length);
    expect(r.data.map((s) => s.key)).toEqual(raw.map((s) => s.key));
    expect(r.quota).toEqual({ remaining: 497, used: 3, last: 3 });
    expect(r.httpStatus).toBe(200);
    expect(r.url).toContain('apiKey=REDACTED');
    expect(r.url).not.toContain(KEY);
    expect(received[0].searchParams.get('apiKey')).toBe(KEY);
    expect(received[0].searchParams.get('all')).toBe('true');
  });

  it('events: ISO times → epoch ms, no bookmakers, window sent without milliseconds', async () => {
    const file = 'events_soccer_germany_bundesliga_2025-11-25.json';
    routes.set('/v4/sports/soccer_germany_bundesliga/events', { body: read(file), headers: { 'x-requests-remaining': 'n/a' } });
    const raw = JSON.parse(read(file)) as RawEvent[];
    const from = Date.UTC(2025, 10, 28, 0, 0, 0, 987);
    const r = await client().getEvents('soccer_germany_bundesliga', { commenceTimeFrom: from, commenceTimeTo: from + 7 * 86_400_000 });
    expect(r.data).toHaveLength(raw.length);
    r.data.forEach((e, i) => {
      expect(e.commenceTime).toBe(Date.parse(raw[i].commence_time));
      expect(e.homeTeam).toBe(raw[i].home_team);
      expect(e.bookmakers).toEqual([]);
    });
    expect(r.quota).toEqual({ remaining: null, used: null, last: null });
    expect(received[0].searchParams.get('commenceTimeFrom')).toBe('2025-11-28T00:00:00Z');
    expect(received[0].searchParams.get('commenceTimeTo')).toBe('2025-12-05T00:00:00Z');
  });

  it('EPL eu h2h: counts match, Draw found by name, h2h_lay kept as its own market', async () => {
    const file = 'odds_soccer_epl_eu_h2h_2024-10-13.json';
    routes.set('/v4/sports/soccer_epl/odds', { body: read(file), headers: quotaHeaders });
    const raw = JSON.parse(read(file)) as RawEvent[];
    const r = await client().getOdds('soccer_epl', { regions: ['eu'], markets: ['h2h'] });
    expect(normCounts(r.data)).toEqual(rawCounts(raw));
    expect(rawCounts(raw).byMarket.h2h_lay).toBeGreaterThan(0);
    expect(received[0].searchParams.get('regions')).toBe('eu');
    expect(received[0].searchParams.get('markets')).toBe('h2h');
    expect(received[0].searchParams.get('oddsFormat')).toBe('decimal');
    let draws = 0;
    r.data.forEach((e, i) =>
      e.bookmakers.forEach((b, j) =>
        b.markets.forEach((m, k) => {
          const rawOutcomes = raw[i].bookmakers[j].markets[k].outcomes;
          for (const name of ['Draw', e.homeTeam, e.awayTeam]) {
            const want = rawOutcomes.find((o) => o.name === name);
            const got = m.outcomes.find((o) => o.name === name);
            expect(got?.price).toBe(want?.price);
            if (name === 'Draw' && got) {
              draws++;
              expect(got.point).toBeNull();
            }
          }
        }),
      ),
    );
    expect(draws).toBeGreaterThan(0);
    // Outcome order is not home/away/draw: some market lists the away team first.
    expect(r.data.some((e) => e.bookmakers.some((b) => b.markets[0].outcomes[0].name === e.awayTeam))).toBe(true);
  });

  it('EPL uk h2h+spreads: spreads keep their points, exchanges keep h2h_lay', async () => {
    const file = 'odds_soccer_epl_uk_h2h_spreads_2024-03-08.json';
    routes.set('/v4/sports/soccer_epl/odds', { body: read(file) });
    const raw = JSON.parse(read(file)) as RawEvent[];
    const r = await client().getOdds('soccer_epl', { regions: ['uk'], markets: ['h2h', 'spreads'] });
    const counts = rawCounts(raw);
    expect(normCounts(r.data)).toEqual(counts);
    const lay = r.data.flatMap((e) => e.bookmakers.flatMap((b) => b.markets.filter((m) => m.key === 'h2h_lay')));
    expect(lay).toHaveLength(counts.byMarket.h2h_lay);
    const spreads = r.data.flatMap((e) => e.bookmakers.flatMap((b) => b.markets.filter((m) => m.key === 'spreads')));
    expect(spreads).toHaveLength(counts.byMarket.spreads);
    for (const m of spreads) for (const o of m.outcomes) expect(typeof o.point).toBe('number');
  });

  it('NFL American prices → decimal, matched by name and point', async () => {
    const file = 'odds_americanfootball_nfl_us_h2h_spreads_totals_american_2026-06-06.json';
    routes.set('/v4/sports/americanfootball_nfl/odds', { body: read(file) });
    const raw = JSON.parse(read(file)) as RawEvent[];
    const r = await client().getOdds('americanfootball_nfl', {
      regions: ['us'],
      markets: ['h2h', 'spreads', 'totals'],
      oddsFormat: 'american',
    });
    expect(received[0].searchParams.get('oddsFormat')).toBe('american');
    expect(normCounts(r.data)).toEqual(rawCounts(raw));
    const toDec = (a: number) => (a > 0 ? 1 + a / 100 : 1 + 100 / -a);
    let checked = 0;
    r.data.forEach((e, i) =>
      e.bookmakers.forEach((b, j) =>
        b.markets.forEach((m, k) => {
          for (const o of raw[i].bookmakers[j].markets[k].outcomes) {
            const got = m.outcomes.find((x) => x.name === o.name && x.point === (o.point ?? null));
            expect(got?.price).toBeCloseTo(toDec(o.price), 12);
            checked++;
          }
        }),
      ),
    );
    expect(checked).toBe(rawCounts(raw).outcomes);
    const first = r.data[0].bookmakers[0].markets.find((m) => m.key === 'h2h')!;
    expect(first.outcomes.find((o) => o.name === 'New England Patriots')?.price).toBeCloseTo(2.7, 12);
    expect(first.outcomes.find((o) => o.name === 'Seattle Seahawks')?.price).toBeCloseTo(1 + 100 / 205, 12);
  });

  it('event odds: one object, player props with description, 1.0/1.01 placeholders kept, bookmaker time from markets', async () => {
    const file = 'event_odds_soccer_germany_bundesliga_2025-11-25.json';
    const raw = JSON.parse(read(file)) as RawEvent;
    routes.set(`/v4/sports/soccer_germany_bundesliga/events/${raw.id}/odds`, { body: read(file) });
    const r = await client().getEventOdds('soccer_germany_bundesliga', raw.id, { regions: ['eu'], markets: ['h2h', 'player_shots'] });
    expect(normCounts([r.data])).toEqual(rawCounts([raw]));
    const rawPlaceholders = raw.bookmakers.flatMap((b) => b.markets.flatMap((m) => m.outcomes)).filter((o) => o.price <= 1.01).length;
    const placeholders = r.data.bookmakers.flatMap((b) => b.markets.flatMap((m) => m.outcomes)).filter((o) => o.price <= 1.01);
    expect(rawPlaceholders).toBeGreaterThan(0);
    expect(placeholders).toHaveLength(rawPlaceholders);
    const props = r.data.bookmakers.flatMap((b) => b.markets.filter((m) => m.key === 'player_shots').flatMap((m) => m.outcomes));
    expect(props.length).toBeGreaterThan(0);
    for (const o of props) expect(o.description).toEqual(expect.any(String));
    r.data.bookmakers.forEach((b, j) => {
      const times = raw.bookmakers[j].markets.map((m) => Date.parse(m.last_update!));
      expect(b.lastUpdate).toBe(Math.max(...times));
      b.markets.forEach((m, k) => expect(m.lastUpdate).toBe(times[k]));
    });
  });

  it('market lastUpdate falls back to the bookmaker; unknown extra fields are tolerated', async () => {
    const raw = JSON.parse(read('odds_soccer_epl_eu_h2h_2024-10-13.json')) as (RawEvent & Record<string, unknown>)[];
    const e = raw[0];
    delete e.bookmakers[0].markets[0].last_update;
    e.home_rotation = 101;
    (e.bookmakers[0] as Record<string, unknown>).brand_new_field = { nested: true };
    routes.set('/v4/sports/soccer_epl/odds', { body: JSON.stringify([e]) });
    const r = await client().getOdds('soccer_epl', { bookmakers: ['mybookieag'], markets: ['h2h'] });
    expect(r.data[0].bookmakers[0].markets[0].lastUpdate).toBe(Date.parse(e.bookmakers[0].last_update!));
    expect(received[0].searchParams.get('bookmakers')).toBe('mybookieag');
    expect(received[0].searchParams.has('regions')).toBe(false);
  });

  it('scores with dateFormat=unix: seconds → ms, string scores → numbers, nulls kept', async () => {
    const file = 'scores_americanfootball_nfl_daysFrom2_unix_2024-11.json';
    routes.set('/v4/sports/americanfootball_nfl/scores', { body: read(file), headers: { 'x-requests-last': '2' } });
    const raw = JSON.parse(read(file)) as {
      commence_time: number;
      last_update: number | null;
      completed: boolean;
      scores: { name: string; score: string }[] | null;
    }[];
    const r = await client().getScores('americanfootball_nfl', { daysFrom: 2 });
    expect(received[0].searchParams.get('daysFrom')).toBe('2');
    expect(r.quota.last).toBe(2);
    expect(r.data).toHaveLength(raw.length);
    r.data.forEach((e, i) => {
      expect(e.commenceTime).toBe(raw[i].commence_time * 1000);
      expect(e.lastUpdate).toBe(raw[i].last_update === null ? null : raw[i].last_update! * 1000);
      expect(e.completed).toBe(raw[i].completed);
      if (raw[i].scores === null) expect(e.scores).toBeNull();
      else expect(e.scores).toEqual(raw[i].scores!.map((s) => ({ name: s.name, score: Number(s.score) })));
    });
    expect(r.data[0].scores).toEqual([
      { name: 'Washington Commanders', score: 18 },
      { name: 'Philadelphia Eagles', score: 26 },
    ]);
    expect(r.data.some((e) => e.scores === null)).toBe(true);
  });
});

describe('odds-api helpers', () => {
  it('estimateOddsCost: markets × regions, ⌈bookmakers/10⌉ wins over regions', () => {
    expect(estimateOddsCost({ markets: ['h2h'], regions: ['eu'] })).toBe(1);
    expect(estimateOddsCost({ markets: ['h2h', 'spreads', 'totals'], regions: ['uk', 'eu', 'us'] })).toBe(9);
    expect(estimateOddsCost({ markets: ['h2h', 'totals'], regions: ['uk', 'eu'], bookmakers: ['a', 'b', 'c'] })).toBe(2);
    expect(estimateOddsCost({ markets: ['h2h'], bookmakers: Array.from({ length: 11 }, (_, i) => `b${i}`) })).toBe(2);
    expect(estimateOddsCost({ markets: ['h2h'], bookmakers: Array.from({ length: 10 }, (_, i) => `b${i}`) })).toBe(1);
    expect(estimateOddsCost({ markets: ['h2h', 'h2h'], regions: ['eu'] })).toBe(1);
    expect(estimateOddsCost({ markets: ['h2h'] })).toBe(0);
  });

  it('formatCommenceTime: second precision with Z', () => {
    expect(formatCommenceTime(Date.UTC(2024, 2, 9, 12, 30, 0, 999))).toBe('2024-03-09T12:30:00Z');
    expect(() => formatCommenceTime(Number.NaN)).toThrow(RangeError);
  });

  it('redaction of key parameters and stray copies', () => {
    expect(redactUrl('https://h/v4/sports?apiKey=abc123&all=true')).toBe('https://h/v4/sports?apiKey=REDACTED&all=true');
    expect(redactUrl('GET /x?a=1&api_key=zzz#f')).toBe('GET /x?a=1&api_key=REDACTED#f');
    expect(redactSecret('key s3cr+t/ and s3cr%2Bt%2F', 's3cr+t/')).toBe('key REDACTED and REDACTED');
  });
});
