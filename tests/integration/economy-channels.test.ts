/**
 * The economy channels through dispatch on a real core (demo mode): the plan preview, an
 * override that pins a sport and raises today's budget, and bad input — a reset day of 31 in a
 * short month (the month's last day, said in words), a reset day or plan size that is not one
 * (INVALID_REQUEST naming the field, nothing stored).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/create-core';
import { dispatch } from '../../electron/core/handlers/dispatch';
import { createMemorySecretStore } from '../../electron/core/settings/secret-store';
import { createMemorySettingsBackend } from '../../electron/core/settings/settings-service';
import { ManualTime } from '../../electron/core/util/clock';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { tempDir } from '../helpers/fixtures';
import type { PlanView } from '../../shared/domain/economy';

const log = createLogger('test', { sinks: [silentSink] });
const time = new ManualTime(Date.UTC(2027, 1, 10, 9, 0)); // 10 February 2027 (28 days)
let core: Core;

beforeAll(async () => {
  core = await createCore({
    dataDir: tempDir(),
    host: 'headless',
    version: 'test',
    log,
    clock: time,
    scheduler: time,
    secrets: createMemorySecretStore(),
    settingsBackend: createMemorySettingsBackend(),
    simulator: { minRequestIntervalMs: 0 },
    requestGapMs: 0,
  });
  await core.collector().runNow('manual');
});
afterAll(() => core.close());

const call = async <T>(channel: string, req: unknown) =>
  (await dispatch(core.handlers, channel as never, req, log)) as { ok: boolean; value?: T; error?: { code: string; message: string } };

describe('economy channels', () => {
  it('the plan preview in demo mode: calls of the next 24 h with their credits', async () => {
    const r = await call<PlanView>('economy:plan', {});
    expect(r.ok).toBe(true);
    expect(r.value!.demo).toBe(true);
    expect(r.value!.followed).toBe(false);
    expect(r.value!.calls.length).toBeGreaterThan(0);
    expect(r.value!.calls.every((c) => c.at - time.now() < 24 * 3600_000)).toBe(true);
    expect(r.value!.next24hCredits).toBe(r.value!.calls.reduce((n, c) => n + c.credits, 0));
  });

  it('pin a sport and raise the budget: the plan follows, the boost lasts 24 h', async () => {
    const before = (await call<PlanView>('economy:plan', {})).value!;
    const o = await call<PlanView['budget']>('economy:override', { pin: 'icehockey_nhl', boostCredits: 40 });
    expect(o.ok).toBe(true);
    expect(o.value!.pinnedSports).toContain('icehockey_nhl');
    expect(o.value!.boostUntil).toBe(time.now() + 24 * 3600_000);
    const after = (await call<PlanView>('economy:plan', {})).value!;
    expect(after.calls.some((c) => c.sport === 'icehockey_nhl' && c.kind === 'odds')).toBe(true);
    expect(after.next24hCredits).toBeGreaterThanOrEqual(before.next24hCredits);
  });

  it("bad input: reset day 31 in February is the month's last day, said in words", async () => {
    expect((await call('economy:override', { resetDay: 31 })).ok).toBe(true);
    const p = (await call<PlanView>('economy:plan', {})).value!;
    expect(p.periodStart).toBe(Date.UTC(2027, 0, 31));
    expect(p.periodEnd).toBe(Date.UTC(2027, 1, 28));
    expect(p.warnings.join(' ')).toMatch(/Reset day 31 does not exist in every month; the month's last day is used then/);
  });

  it('bad input: a reset day or a plan size that is not one is refused naming the field, nothing stored', async () => {
    const bad = await call('economy:override', { resetDay: 32 });
    expect(bad.ok).toBe(false);
    expect(bad.error!.code).toBe('INVALID_REQUEST');
    expect(bad.error!.message).toMatch(/resetDay/);
    const neg = await call('economy:override', { planSize: -5 });
    expect(neg.error!.message).toMatch(/planSize/);
    const str = await call('economy:override', { boostCredits: 'lots' });
    expect(str.error!.message).toMatch(/boostCredits/);
    const p = (await call<PlanView>('economy:plan', {})).value!;
    expect(p.budget.resetDay).toBe(31);
    expect(p.budget.planSize).toBe(500);
  });
});

describe("the collector on the core's one scheduler", () => {
  it('scheduled runs are the job collector.collect: recorded, paused with the core, one run on resume', async () => {
    const clock = new ManualTime(Date.UTC(2027, 1, 10, 9, 0));
    const c = await createCore({
      dataDir: tempDir(),
      host: 'headless',
      version: 'test',
      log,
      clock,
      scheduler: clock,
      secrets: createMemorySecretStore(),
      settingsBackend: createMemorySettingsBackend(),
      simulator: { minRequestIntervalMs: 0 },
      requestGapMs: 0,
      demoIntervalMs: 60_000,
    });
    const step = async (minutes: number) => {
      for (let i = 0; i < minutes; i++) {
        await clock.advance(60_000);
        await c.collector().idle();
      }
    };
    c.start();
    await step(3);
    const recs = () => c.scheduler()!.records('collector.collect');
    expect(recs().filter((r) => r.outcome === 'ok').length).toBeGreaterThanOrEqual(2);
    expect(c.collector().status().nextRunAt).toBeGreaterThan(clock.now() - 1);
    c.pause();
    const before = c.workspace().runs.list(100).length;
    await step(5);
    expect(c.workspace().runs.list(100).length).toBe(before);
    expect(recs()[0]).toMatchObject({ outcome: 'skipped', detail: 'paused' });
    c.resume();
    await step(1);
    expect(c.workspace().runs.list(100).length).toBe(before + 1);
    await c.close();
    expect(c.scheduler()!.jobs()).toEqual([]);
  });
});
