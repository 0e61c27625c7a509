/**
 * Credits that recover: against the simulator over real HTTP with a tiny monthly plan, the
 * collector runs out, makes no paid call until the reset (also after a restart), then at the
 * reset resumes by itself, with a free /sports call reading the refreshed credits.
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
const HOUR = 3600_000;
let sim: Simulator;
const time = new ManualTime(Date.UTC(2026, 10, 29, 9, 0, 0));

beforeAll(async () => {
  sim = await startSimulator({ apiKeys: [KEY], seed: 7, now: () => time.now(), minRequestIntervalMs: 0, monthlyCredits: 16 });
});
afterAll(() => sim.close());

describe('quota that recovers', () => {
  it('after the credits run out: skipped until the reset (even after a restart), then resumes by itself', async () => {
    const dir = tempDir();
    const cfg: CollectorConfig = {
      baseUrl: sim.url,
      apiKey: KEY,
      demo: false,
      sports: ['soccer_epl'],
      regions: ['eu'],
      bookmakers: [],
      markets: ['h2h', 'totals'],
      intervalMs: HOUR,
    };
    const make = (ws: ReturnType<typeof openWorkspace>) =>
      createCollector({
        db: ws.db,
        clock: time,
        scheduler: time,
        log,
        runs: ws.runs,
        odds: ws.odds,
        config: () => cfg,
        reserveCredits: 0,
        makeClient: (c) =>
          createOddsApiClient({ baseUrl: c.baseUrl, apiKey: c.apiKey, maxRetries: 0, timeoutMs: 2000, sleep: async () => {} }),
      });
    const ws = openWorkspace(dir, 'real', log);
    let collector = make(ws);
    const statuses: string[] = [];
    for (let i = 0; i < 10; i++) {
      const r = await collector.runNow('manual');
      statuses.push(r.status);
      await time.advance(HOUR);
    }
    expect(statuses.slice(0, 8).every((s) => s === 'ok')).toBe(true);
    const skipped = await collector.runNow('manual');
    expect(skipped.status).toBe('skipped');
    expect(skipped.errorMessage).toMatch(/reset on 2026-12-01 00:00 UTC/);
    expect(skipped.errorMessage).toMatch(/resumes by itself/);
    expect(collector.status().creditsBackAt).toBe(Date.UTC(2026, 11, 1));
    const usedBefore = sim.credits(KEY).used;

    // A restart before the reset: the stored quota still says 0 → skipped, no paid call.
    collector = make(ws);
    await time.set(Date.UTC(2026, 10, 30, 23, 0));
    const again = await collector.runNow('manual');
    expect(again.status).toBe('skipped');
    expect(sim.credits(KEY).used).toBe(usedBefore);

    // The month turns: the scheduled run refreshes the quota with a free call and collects.
    await time.set(Date.UTC(2026, 11, 1, 0, 30));
    collector.start(0);
    await time.advance(0);
    await collector.idle();
    const last = ws.runs.list(1)[0]!;
    expect(last.status).toBe('ok');
    expect(last.events).toBeGreaterThan(0);
    expect(collector.status().creditsBackAt).toBeNull();
    collector.stop();
  });
});
