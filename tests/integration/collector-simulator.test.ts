/**
 * The collector against the simulator over real HTTP: a successful run, then every error path
 * (wrong key, exhausted credits, unknown sport, malformed and truncated bodies, 429, timeout):
 * each is recorded as failed with its reason, writes nothing, and the next run succeeds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../electron/core/simulator';
import { createCollector } from '../../electron/core/collector/collector';
import type { CollectorConfig } from '../../electron/core/collector/collector-config';
import { openWorkspace } from '../../electron/core/workspace';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { ManualTime } from '../../electron/core/util/clock';
import { createOddsApiClient } from '../../electron/core/providers/odds-api/client';
import { tempDir } from '../helpers/fixtures';

const log = createLogger('test', { sinks: [silentSink] });
const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
let sim: Simulator;
const time = new ManualTime(Date.UTC(2026, 10, 25, 9, 0, 0));

beforeAll(async () => {
  sim = await startSimulator({ apiKeys: [KEY], seed: 7, now: () => time.now(), minRequestIntervalMs: 0 });
});
afterAll(() => sim.close());

function setup(overrides: Partial<CollectorConfig> = {}) {
  const ws = openWorkspace(tempDir(), 'real', log);
  const cfg: CollectorConfig = {
    baseUrl: sim.url,
    apiKey: KEY,
    demo: false,
    sports: ['soccer_epl', 'basketball_nba'],
    regions: ['eu'],
    bookmakers: [],
    markets: ['h2h', 'totals'],
    intervalMs: 3600_000,
    ...overrides,
  };
  const finished: number[] = [];
  const collector = createCollector({
    db: ws.db,
    clock: time,
    scheduler: time,
    log,
    runs: ws.runs,
    odds: ws.odds,
    config: () => cfg,
    makeClient: (c) =>
      createOddsApiClient({ baseUrl: c.baseUrl, apiKey: c.apiKey, maxRetries: 2, timeoutMs: 10_000, sleep: async () => {} }),
    onRunFinished: (run) => finished.push(run.id),
  });
  const rows = () =>
    ws.db
      .prepare(`SELECT (SELECT count(*) FROM price_history) AS h, (SELECT count(*) FROM quotes) AS q, (SELECT count(*) FROM events) AS e`)
      .get() as { h: number; q: number; e: number };
  return { ws, cfg, collector, rows, finished };
}

describe('collector against the simulator', () => {
  it('collects, stores and records a successful run with credits', async () => {
    const { collector, rows, ws } = setup();
    const before = sim.credits(KEY).used;
    const run = await collector.runNow('manual');
    expect(run.status).toBe('ok');
    expect(run.events).toBeGreaterThan(0);
    expect(run.pricesChanged).toBe(run.pricesSeen);
    expect(run.creditsUsed).toBe(sim.credits(KEY).used - before);
    expect(run.creditsUsed).toBe(2 * 2); // 2 markets × 1 region, per sport
    expect(run.creditsRemaining).toBe(sim.credits(KEY).remaining);
    expect(rows().h).toBe(run.pricesSeen);
    // same time again: nothing moved, nothing new written
    const again = await collector.runNow('manual');
    expect(again.pricesChanged).toBe(0);
    expect(rows().h).toBe(run.pricesSeen);
    expect(ws.runs.list(10).map((r) => r.status)).toEqual(['ok', 'ok']);
  });

  it('a refused key: typed error, run failed with the reason, nothing written, next run succeeds', async () => {
    const s = setup({ apiKey: 'wrong-key-0000000000000000000000' });
    const run = await s.collector.runNow('manual');
    expect(run.status).toBe('failed');
    expect(run.errorCode).toBe('INVALID_KEY');
    expect(run.httpStatus).toBe(401);
    expect(run.errorMessage).toMatch(/key was refused/);
    expect(run.errorMessage).not.toContain('wrong-key');
    expect(run.requests).toBe(1); // fatal: the second sport is not tried
    expect(s.rows()).toEqual({ h: 0, q: 0, e: 0 });
    const status = s.collector.status();
    expect(status.health).toBe('error');
    expect(status.lastError?.action).toMatch(/Settings/);
    s.cfg.apiKey = KEY;
    const next = await s.collector.runNow('manual');
    expect(next.status).toBe('ok');
    expect(s.rows().h).toBeGreaterThan(0);
    expect(s.collector.status().health).toBe('ok');
  });

  it.each([
    ['malformed', { kind: 'malformed' as const }, 'MALFORMED_RESPONSE'],
    ['truncated', { kind: 'truncated' as const }, 'MALFORMED_RESPONSE'],
    [
      'out of credits',
      {
        kind: 'status' as const,
        status: 401,
        body: { message: 'Usage quota has been reached.', error_code: 'OUT_OF_USAGE_CREDITS' },
        headers: { 'x-requests-remaining': '0', 'x-requests-used': '500' },
      },
      'OUT_OF_USAGE_CREDITS',
    ],
  ])('%s body: failed run, nothing written, the stored data untouched', async (_name, fault, code) => {
    const s = setup({ sports: ['soccer_epl'] });
    const ok = await s.collector.runNow('manual');
    const stored = s.rows();
    time.advance(30 * 60_000);
    sim.failNext(fault, 1);
    const run = await s.collector.runNow('manual');
    expect(run.status).toBe('failed');
    expect(run.errorCode).toBe(code);
    expect(s.rows()).toEqual(stored);
    expect(ok.status).toBe('ok');
  });

  it('an unknown sport fails that sport only: the run is partial and the other sport is stored', async () => {
    const s = setup({ sports: ['soccer_epl', 'tennis_atp'] });
    const run = await s.collector.runNow('manual');
    expect(run.status).toBe('partial');
    expect(run.errorCode).toBe('UNKNOWN_SPORT');
    expect(run.errorMessage).toMatch(/tennis_atp/);
    expect(run.events).toBeGreaterThan(0);
  });

  it('429 is retried with backoff and the run succeeds', async () => {
    const s = setup({ sports: ['soccer_epl'] });
    sim.failNext({ kind: 'status', status: 429, body: { message: 'Too many requests', error_code: 'EXCEEDED_FREQ_LIMIT' } }, 1);
    const run = await s.collector.runNow('manual');
    expect(run.status).toBe('ok');
  });

  it('runs never overlap: a second call joins the run in progress', async () => {
    const s = setup({ sports: ['soccer_epl'] });
    const [a, b] = await Promise.all([s.collector.runNow('manual'), s.collector.runNow('manual')]);
    expect(a.id).toBe(b.id);
    expect(s.ws.runs.list(10)).toHaveLength(1);
  });

  it('the scheduler runs every interval on the injected clock, and pause stops it', async () => {
    const s = setup({ sports: ['soccer_epl'], intervalMs: 2 * 3600_000 });
    s.collector.start(0);
    await time.advance(0);
    await s.collector.idle();
    await time.advance(2 * 3600_000);
    await s.collector.idle();
    await time.advance(2 * 3600_000);
    await s.collector.idle();
    expect(s.ws.runs.list(10)).toHaveLength(3);
    expect(s.collector.status().nextRunAt).toBe(time.now() + 2 * 3600_000);
    s.collector.setPaused(true);
    await time.advance(4 * 3600_000);
    await s.collector.idle();
    expect(s.ws.runs.list(10)).toHaveLength(3);
    s.collector.stop();
  });
});
