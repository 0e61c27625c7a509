/**
 * createCore hands a module's jobs to the one scheduler: they run on its clock once the core
 * starts, pause with the core, and are removed (not left ticking) when the workspace closes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAlertsModule } from '../../electron/core/alerts/alerts-module';
import { createBackupModule } from '../../electron/core/backup/backup-module';
import { createBankrollModule } from '../../electron/core/bankroll/module';
import { createCore, type Core } from '../../electron/core/create-core';
import type { ModuleContext } from '../../electron/core/modules';
import { someModules } from '../../electron/core/module-kit/combine';
import { defineModule } from '../../electron/core/module-kit/define-module';
import { createScheduler } from '../../electron/core/scheduler/scheduler';
import { createMemorySecretStore } from '../../electron/core/settings/secret-store';
import { ManualTime } from '../../electron/core/util/clock';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { tempDir } from '../helpers/fixtures';

const log = createLogger('t', { sinks: [silentSink] });
const MIN = 60_000;
let core: Core | null = null;
afterEach(async () => {
  await core?.close();
  core = null;
});

describe('module jobs', () => {
  it('run on the scheduler after start, skip while paused, and are removed on close', async () => {
    const time = new ManualTime(Date.UTC(2026, 0, 5, 12));
    const jobs = createScheduler({ clock: time, timers: time, log });
    const runs: number[] = [];
    const ticker = (_ctx: ModuleContext) =>
      defineModule({
        name: 'ticker',
        handlers: {},
        jobs: [{ name: 'ticker.tick', intervalMs: 10 * MIN, run: () => void runs.push(time.now()) }],
      });
    core = await createCore({
      dataDir: tempDir(),
      host: 'headless',
      version: 'test',
      log,
      secrets: createMemorySecretStore(),
      settingsBackend: { store: {} },
      noSimulator: true,
      clock: time,
      scheduler: time,
      jobs,
      modules: someModules(ticker),
    });
    await time.advance(30 * MIN);
    expect(runs).toEqual([]); // nothing before start
    core.start();
    await time.advance(25 * MIN);
    expect(runs).toHaveLength(2);
    core.pause();
    await time.advance(20 * MIN);
    expect(runs).toHaveLength(2);
    core.resume();
    await time.advance(MIN);
    expect(runs).toHaveLength(3); // the missed tick runs once on resume
    await core.close();
    core = null;
    expect(jobs.jobs()).toEqual([]);
    await time.advance(60 * MIN);
    expect(runs).toHaveLength(3);
  });

  it("with no scheduler given, the core's own runs the jobs; a job not named after its module is refused", async () => {
    const base = {
      host: 'headless' as const,
      version: 'test',
      log,
      secrets: createMemorySecretStore(),
      settingsBackend: { store: {} },
      noSimulator: true,
    };
    const job = (name: string) => (_ctx: ModuleContext) =>
      defineModule({ name: 'ticker', handlers: {}, jobs: [{ name, intervalMs: MIN, run: () => undefined }] });
    const clock = new ManualTime(Date.UTC(2026, 0, 5, 12));
    const runs: number[] = [];
    const ticking = (_ctx: ModuleContext) =>
      defineModule({
        name: 'ticker',
        handlers: {},
        jobs: [{ name: 'ticker.tick', intervalMs: MIN, run: () => void runs.push(clock.now()) }],
      });
    core = await createCore({ ...base, dataDir: tempDir(), clock, scheduler: clock, modules: someModules(ticking) });
    core.start();
    await clock.advance(3 * MIN);
    expect(runs).toHaveLength(3);
    await core.close();
    core = null;
    const time = new ManualTime(0);
    await expect(
      createCore({ ...base, dataDir: tempDir(), jobs: createScheduler({ clock: time, timers: time }), modules: someModules(job('tick')) }),
    ).rejects.toThrow('job tick of the ticker module must be named ticker.<job>');
  });

  it('the daily backup, the settlement pass and the alert evaluation are jobs of the core scheduler', async () => {
    const clock = new ManualTime(Date.UTC(2026, 0, 5, 12));
    core = await createCore({
      host: 'headless',
      version: 'test',
      log,
      secrets: createMemorySecretStore({ oddsApiKey: 'abcdefgh12345678' }), // a real workspace: demo has no automatic backup
      settingsBackend: { store: {} },
      noSimulator: true,
      dataDir: tempDir(),
      clock,
      scheduler: clock,
      modules: someModules(createBackupModule, createBankrollModule, createAlertsModule),
    });
    core.start();
    const state = () => core!.scheduler()!.jobs();
    expect(
      state()
        .map((j) => j.name)
        .sort(),
    ).toEqual(['alerts.evaluate', 'backup.auto', 'bankroll.settle', 'collector.collect']);
    const backup = await core.handlers['backup:list']({});
    expect(backup.nextAutoAt).toBe(clock.now() + 60_000);
    expect(state().find((j) => j.name === 'backup.auto')?.nextAt).toBe(backup.nextAutoAt);
    await clock.advance(61_000);
    await new Promise((r) => setTimeout(r, 200)); // the backup writes a real file
    const runs = core
      .scheduler()!
      .records()
      .map((r) => [r.job, r.outcome]);
    expect(runs).toEqual(
      expect.arrayContaining([
        ['backup.auto', 'ok'],
        ['bankroll.settle', 'ok'],
      ]),
    );
    expect((await core.handlers['backup:list']({})).backups).toHaveLength(1);
    // paused with the core: the evaluation's ticks are skipped, and the missed one runs on resume
    core.pause();
    await clock.advance(5 * MIN);
    expect(core.scheduler()!.records('alerts.evaluate', 1)[0]).toMatchObject({ outcome: 'skipped', detail: 'paused' });
    core.resume();
    await new Promise((r) => setTimeout(r, 50));
    expect(core.scheduler()!.records('alerts.evaluate', 1)[0]).toMatchObject({ outcome: 'ok', trigger: 'resume' });
  });
});
