/**
 * The collector in planned mode against the simulator over real HTTP, on a manual clock: free
 * calls learn the sports and kick-offs, /odds only where events are near, the ledger's credits
 * equal the simulator's own accounting, and an event with an open bet gets a final poll within
 * 10 minutes of its kick-off (its closing line).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../electron/core/simulator';
import { createCollector } from '../../electron/core/collector/collector';
import type { CollectorConfig } from '../../electron/core/collector/collector-config';
import { createCreditLedger } from '../../electron/core/collector/credit-ledger';
import { DEFAULT_ECONOMY, type EconomySettings } from '../../electron/core/collector/planned-collection';
import { openWorkspace } from '../../electron/core/workspace';
import { createLogger } from '../../electron/core/util/logger';
import { ManualTime } from '../../electron/core/util/clock';
import { createOddsApiClient } from '../../electron/core/providers/odds-api/client';
import { tempDir } from '../helpers/fixtures';

const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 10, 10, 6, 0, 0);
let sim: Simulator;
const time = new ManualTime(T0);

beforeAll(async () => {
  sim = await startSimulator({ apiKeys: [KEY], seed: 11, now: () => time.now(), minRequestIntervalMs: 0, monthlyCredits: 500 });
});
afterAll(() => sim.close());

/** Moves the clock minute by minute, letting each run's real HTTP calls finish before time moves on. */
async function runUntil(collector: { idle(): Promise<void> }, to: number): Promise<void> {
  while (time.now() < to) {
    await time.set(Math.min(to, time.now() + MIN));
    await collector.idle();
  }
}

function setup(eco: Partial<EconomySettings> = {}, cfgOver: Partial<CollectorConfig> = {}) {
  const records: string[] = [];
  const log = createLogger('test', { sinks: [(line) => void records.push(line)] });
  const ws = openWorkspace(tempDir(), 'real', log);
  const cfg: CollectorConfig = {
    baseUrl: sim.url,
    apiKey: KEY,
    demo: false,
    sports: ['soccer_epl', 'basketball_nba'],
    regions: ['eu'],
    bookmakers: [],
    markets: ['h2h', 'totals'],
    intervalMs: 2 * HOUR,
    ...cfgOver,
  };
  const settings = { ...DEFAULT_ECONOMY, ...eco };
  const collector = createCollector({
    db: ws.db,
    clock: time,
    scheduler: time,
    log,
    runs: ws.runs,
    odds: ws.odds,
    config: () => cfg,
    economy: () => settings,
    makeClient: (c) => createOddsApiClient({ baseUrl: c.baseUrl, apiKey: c.apiKey, maxRetries: 0, timeoutMs: 5000, sleep: async () => {} }),
  });
  return { ws, collector, records, ledger: createCreditLedger(ws.db), settings };
}

describe('planned collection', () => {
  it("free calls first, /odds only for sports with events soon; the ledger equals the simulator's accounting", async () => {
    const before = sim.credits(KEY).used;
    const { ws, collector, ledger } = setup();
    collector.start(0);
    await runUntil(collector, time.now() + 2 * DAY);
    collector.stop();
    const rows = ledger.recent(1000).reverse();
    expect(rows[0]?.kind).toBe('sports');
    expect([...new Set(rows.filter((r) => r.kind === 'events').map((r) => r.sport))].sort()).toEqual(['basketball_nba', 'soccer_epl']);
    expect(rows.filter((r) => r.kind === 'sports' || r.kind === 'events').every((r) => r.actual === 0)).toBe(true);
    const odds = rows.filter((r) => r.kind === 'odds');
    expect(odds.length).toBeGreaterThan(2);
    // never the 12 calls a day of the fixed 2-hour interval per sport
    expect(odds.length).toBeLessThan(2 * 12 * 2);
    const billed = sim.credits(KEY).used - before;
    expect(ledger.spent(0, Date.UTC(2100, 0))).toBe(billed);
    expect(billed).toBeGreaterThan(0);
    // within two days' share of the month (490 spendable over the days left), give or take one call
    const daysLeft = (Date.UTC(2026, 11, 1) - T0) / DAY;
    expect(billed).toBeLessThanOrEqual(Math.ceil((490 / daysLeft) * 2) + 4);
    const plan = collector.plan()!;
    expect(plan.followed).toBe(true);
    expect(plan.usedThisPeriod).toBe(billed);
    expect(plan.ledger.at(-1)?.cumulative).toBe(billed);
    expect(collector.status().creditsPerRun).toBe(2);
    ws.close();
  });

  it('an event with an open bet gets its closing poll within 10 minutes of kick-off', async () => {
    const { ws, collector, ledger } = setup();
    const api = createOddsApiClient({ baseUrl: sim.url, apiKey: KEY, maxRetries: 0 });
    const now = time.now();
    const events = (await api.getEvents('soccer_epl')).data
      .filter((e) => e.commenceTime > now + 6 * HOUR)
      .sort((a, b) => a.commenceTime - b.commenceTime);
    const ev = events[0]!;
    ws.db
      .prepare(
        `INSERT INTO bets (event_id, sport_key, home_team, away_team, commence_time, market, selection, bookmaker, odds, stake_cents, placed_at, status, created_at, updated_at)
       VALUES (?, 'soccer_epl', ?, ?, ?, 'h2h', ?, 'pinnacle', 2.1, 1000, ?, 'pending', ?, ?)`,
      )
      .run(ev.id, ev.homeTeam, ev.awayTeam, ev.commenceTime, ev.homeTeam, now, now, now);
    const plan = collector.plan()!;
    const closing = plan.calls.find((c) => c.reason === 'closing' && c.sport === 'soccer_epl');
    expect(closing).toBeDefined();
    expect(ev.commenceTime - closing!.at).toBeLessThanOrEqual(10 * MIN);
    collector.start(0);
    await runUntil(collector, ev.commenceTime + 30 * MIN);
    collector.stop();
    const polls = ledger.recent(1000).filter((r) => r.kind === 'odds' && r.sport === 'soccer_epl' && r.ok);
    const last = polls.filter((r) => r.at < ev.commenceTime).sort((a, b) => b.at - a.at)[0]!;
    expect(ev.commenceTime - last.at).toBeLessThanOrEqual(10 * MIN);
    expect(last.reason).toBe('closing');
    // the price was stored: the event's last sighting is the closing poll
    const seen = ws.db.prepare(`SELECT last_seen_at AS t FROM events WHERE id = ?`).get(ev.id) as { t: number };
    expect(ev.commenceTime - seen.t).toBeLessThanOrEqual(10 * MIN);
    ws.close();
  });

  it('a bill different from the estimate is logged and corrects the next plans', async () => {
    // a loopback proxy in front of the simulator that bills 3 credits for every /odds answer with events
    const proxy = createServer((req, res) => {
      void fetch(sim.url + req.url).then(async (up) => {
        const body = await up.text();
        const headers: Record<string, string> = { 'content-type': up.headers.get('content-type') ?? 'application/json' };
        for (const h of ['x-requests-remaining', 'x-requests-used', 'x-requests-last']) headers[h] = up.headers.get(h) ?? '';
        if (/\/odds/.test(req.url ?? '') && headers['x-requests-last'] !== '0') headers['x-requests-last'] = '3';
        res.writeHead(up.status, headers).end(body);
      });
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const { ws, collector, ledger, records } = setup({}, { baseUrl: url, sports: ['soccer_epl'] });
    expect(collector.plan()!.oddsCallCost).toBe(2);
    collector.start(0);
    await runUntil(collector, time.now() + 5 * MIN);
    collector.stop();
    proxy.close();
    const odds = ledger.recent(100).filter((r) => r.kind === 'odds' && r.ok && r.events > 0);
    expect(odds.length).toBeGreaterThan(0);
    expect(odds[0]).toMatchObject({ estimated: 2, actual: 3 });
    expect(records.some((r) => /estimate mismatch/.test(r) && /"billed":3/.test(r))).toBe(true);
    const next = collector.plan()!.calls.filter((c) => c.kind === 'odds' && c.sport === 'soccer_epl');
    expect(next.length).toBeGreaterThan(0);
    expect(next.every((c) => c.credits === 3)).toBe(true);
    expect(collector.plan()!.mismatches).toBeGreaterThan(0);
    ws.close();
  });

  it('bad input: a budget smaller than one call → free calls only, a clear warning, no credit spent', async () => {
    const before = sim.credits(KEY).used;
    const { ws, collector } = setup({ planSize: 500, reserve: 499 });
    collector.start(0);
    await runUntil(collector, time.now() + 12 * HOUR);
    collector.stop();
    expect(sim.credits(KEY).used).toBe(before);
    expect(collector.plan()!.warnings.join(' ')).toMatch(/smaller than one \/odds call \(2 credits\)/);
    // the free calls went on: the schedule did not stop
    expect(ws.runs.list(100).filter((r) => r.requests > 0).length).toBeGreaterThan(1);
    ws.close();
  });

  it("bad input: a plan size the headers contradict → the API's figure is used, with a message", async () => {
    const { ws, collector } = setup({ planSize: 20_000 });
    collector.start(0);
    await runUntil(collector, time.now() + 10 * MIN);
    collector.stop();
    const plan = collector.plan()!;
    expect(plan.warnings.join(' ')).toMatch(
      /The API reports 500 credits this month .* not the plan size of 20000; the API's figure is used/,
    );
    expect(plan.spendable).toBeLessThanOrEqual(500);
    ws.close();
  });
});

describe('planned status', () => {
  it('says the runs are planned, and gives the longest gap as the interval (the "collector late" alert reads it)', async () => {
    const { ws, collector } = setup();
    const s = collector.status();
    expect(s.planned).toBe(true);
    expect(s.intervalMs).toBe(6 * HOUR);
    ws.close();
  });
});

describe("the settlement's /scores in the ledger", () => {
  it("a metered client writes each /scores call with its bill; the ledger still equals the simulator's accounting", async () => {
    const { ws, collector, ledger } = setup();
    const before = sim.credits(KEY).used;
    const api = collector.metered(createOddsApiClient({ baseUrl: sim.url, apiKey: KEY, maxRetries: 0 }), false);
    await api.getScores('soccer_epl', { daysFrom: 2 });
    await api.getScores('basketball_nba');
    const rows = ledger.recent(10).filter((r) => r.kind === 'scores');
    expect(rows.map((r) => [r.sport, r.estimated, r.actual])).toEqual([
      ['basketball_nba', 1, 1],
      ['soccer_epl', 2, 2],
    ]);
    expect(sim.credits(KEY).used - before).toBe(3);
    expect(collector.status().quota.remaining).toBe(sim.credits(KEY).remaining);
    ws.close();
  });
});

describe('planned collection when the credits run out', () => {
  it('no paid call once they are used up, the month turns, a free call reads the new quota and paid calls resume by themselves', async () => {
    const t = new ManualTime(Date.UTC(2026, 10, 29, 6, 0));
    const small = await startSimulator({ apiKeys: [KEY], seed: 3, now: () => t.now(), minRequestIntervalMs: 0, monthlyCredits: 12 });
    const ws = openWorkspace(tempDir(), 'real', createLogger('t', { sinks: [() => undefined] }));
    const cfg: CollectorConfig = {
      baseUrl: small.url,
      apiKey: KEY,
      demo: false,
      sports: ['soccer_epl', 'basketball_nba', 'icehockey_nhl'],
      regions: ['eu'],
      bookmakers: [],
      markets: ['h2h', 'totals'],
      intervalMs: HOUR,
    };
    const collector = createCollector({
      db: ws.db,
      clock: t,
      scheduler: t,
      log: createLogger('t', { sinks: [() => undefined] }),
      runs: ws.runs,
      odds: ws.odds,
      config: () => cfg,
      economy: () => ({ ...DEFAULT_ECONOMY, planSize: 12, reserve: 0 }),
      makeClient: (c) =>
        createOddsApiClient({ baseUrl: c.baseUrl, apiKey: c.apiKey, maxRetries: 0, timeoutMs: 5000, sleep: async () => {} }),
    });
    const ledger = createCreditLedger(ws.db);
    collector.start(0);
    const until = async (to: number) => {
      while (t.now() < to) {
        await t.set(Math.min(to, t.now() + MIN));
        await collector.idle();
      }
    };
    await until(Date.UTC(2026, 10, 30, 0, 0));
    const paidBefore = ledger.recent(1000).filter((r) => (r.actual ?? 0) > 0).length;
    // another app on the same key spends the rest of the month's credits
    small.setCredits(KEY, 12);
    await until(Date.UTC(2026, 10, 30, 23, 0));
    expect(ledger.recent(1000).filter((r) => (r.actual ?? 0) > 0 && r.at >= Date.UTC(2026, 10, 30))).toEqual([]);
    // the last hours of the month: used up (read from a free call's headers) → when it resumes, no paid call
    const p = collector.plan()!;
    expect(collector.status().quota.remaining).toBe(0);
    expect(p.resumesAt).toBe(Date.UTC(2026, 11, 1));
    expect(p.calls.every((c) => c.credits === 0)).toBe(true);
    expect(p.notes.map((n) => n.code)).toContain('creditsUsedUp');
    await until(Date.UTC(2026, 11, 1, 12, 0));
    collector.stop();
    const december = ledger.recent(1000).filter((r) => r.at >= Date.UTC(2026, 11, 1));
    expect(december.some((r) => r.kind === 'sports' || r.kind === 'events')).toBe(true);
    expect(december.some((r) => r.kind === 'odds' && (r.actual ?? 0) > 0)).toBe(true);
    expect(paidBefore).toBeGreaterThan(0);
    expect(collector.status().quota.remaining).toBe(small.credits(KEY).remaining);
    await small.close();
    ws.close();
  });
});
