/**
 * The scanners against the simulator over real HTTP: at several simulated times, every surebet
 * the simulator planted (`truth().surebets`, stale soft-book prices) is found, and nothing on
 * its fair-priced markets is flagged — no other surebet, and no value bet whose true EV
 * (from the simulator's fair probabilities) is negative.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPPORTUNITY_DEFAULTS, type OpportunitySettings } from '../../shared/domain/opportunities';
import { createCollector } from '../../electron/core/collector/collector';
import { createOpportunityEngine } from '../../electron/core/opportunities/engine';
import { createOddsApiClient } from '../../electron/core/providers/odds-api/client';
import { startSimulator, type Simulator } from '../../electron/core/simulator';
import { ManualTime } from '../../electron/core/util/clock';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { openWorkspace } from '../../electron/core/workspace';
import { tempDir } from '../helpers/fixtures';

const log = createLogger('test', { sinks: [silentSink] });
const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const time = new ManualTime(Date.UTC(2026, 10, 25, 9, 0, 0));
let sim: Simulator;
let sports: string[];

beforeAll(async () => {
  sim = await startSimulator({ apiKeys: [KEY], seed: 11, now: () => time.now(), minRequestIntervalMs: 0, monthlyCredits: 1_000_000 });
  const res = await fetch(`${sim.url}/v4/sports?apiKey=${KEY}`);
  sports = ((await res.json()) as { key: string; active: boolean; has_outrights: boolean }[])
    .filter((s) => s.active && !s.has_outrights)
    .map((s) => s.key);
});
afterAll(() => sim.close());

/** Truth counts raw prices over every book, so the comparison runs without commission. */
const settings: OpportunitySettings = { ...OPPORTUNITY_DEFAULTS, commissions: {}, otherExchangeCommission: 0, minBooks: 2 };

describe('scanners against the simulator', () => {
  it('finds every planted surebet and flags none of the fair markets, at several times', async () => {
    const ws = openWorkspace(tempDir(), 'real', log);
    const collector = createCollector({
      db: ws.db,
      clock: time,
      scheduler: time,
      log,
      runs: ws.runs,
      odds: ws.odds,
      requestGapMs: 0,
      config: () => ({
        baseUrl: sim.url,
        apiKey: KEY,
        demo: false,
        sports,
        regions: ['eu', 'uk', 'fr', 'us'],
        bookmakers: [],
        markets: ['h2h', 'spreads', 'totals'],
        intervalMs: 3600_000,
      }),
      makeClient: (c) => createOddsApiClient({ baseUrl: c.baseUrl, apiKey: c.apiKey, sleep: async () => {} }),
    });
    const engine = createOpportunityEngine({ db: ws.db, odds: ws.odds, settings: () => settings, bankroll: () => 1000 });
    const defaults = createOpportunityEngine({ db: ws.db, odds: ws.odds, settings: () => OPPORTUNITY_DEFAULTS, bankroll: () => 1000 });
    let planted = 0;
    let valueBets = 0;
    for (const hours of [0, 5, 11, 26, 40]) {
      await time.set(Date.UTC(2026, 10, 25, 9, 0, 0) + hours * 3600_000);
      const run = await collector.runNow('manual');
      expect(run.status).toBe('ok');
      const now = time.now();
      const truth = sim.truth();
      engine.scan(now);
      const open = engine.repo.list({ status: 'open', limit: 5000 });
      const surebets = open.filter((o) => o.kind === 'surebet');
      // independent count: the simulator's own list of planted surebets on upcoming events
      const upcoming = new Set(ws.db.prepare('SELECT id FROM events WHERE commence_time > ?').pluck().all(now) as string[]);
      const expected = truth.surebets.filter((t) => upcoming.has(t.eventId));
      planted += expected.length;
      const key = (x: { eventId: string; market: string; point: number | null }) => `${x.eventId}|${x.market}|${x.point}`;
      expect(new Set(surebets.map(key))).toEqual(new Set(expected.map(key)));
      for (const t of expected) {
        const found = surebets.find((o) => key(o) === key(t))!;
        expect(found.math.booksum).toBeCloseTo(t.booksum, 9);
      }
      // value bets with the default settings (exchange commission on): each must really be +EV
      // against the simulator's fair probabilities, and every stale price is among them
      const fair = new Map(truth.fair.map((f) => [key(f), f.probabilities]));
      const values = defaults.scanOnly(now).found.filter((f) => f.kind === 'value');
      for (const v of values) {
        const p = fair.get(`${v.event.id}|${v.market}|${v.point}`)?.[v.legs[0].outcome];
        expect(p, `fair probability of ${v.key}`).toBeDefined();
        expect(p! * v.legs[0].effectivePrice - 1).toBeGreaterThan(0);
      }
      valueBets += values.length;
      // no NaN or Infinity anywhere
      for (const o of open) expect(JSON.stringify(o)).not.toMatch(/null,"peakEdge"|NaN|Infinity/);
    }
    expect(planted).toBeGreaterThan(3);
    expect(valueBets).toBeGreaterThan(0);
    ws.close();
  });
});
