/** The daily backup job on a ManualTime clock: over simulated weeks exactly 7 daily + 4 weekly remain. */
import { describe, expect, it } from 'vitest';
import { backupsDir, listBackups, selectKept } from '../../electron/core/backup/backup-files';
import { createBackupModule, DAY_MS, FIRST_BACKUP_DELAY_MS } from '../../electron/core/backup/backup-module';
import type { ModuleContext } from '../../electron/core/modules';
import { ManualTime } from '../../electron/core/util/clock';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { openWorkspace } from '../../electron/core/workspace';
import { tempDir } from '../helpers/fixtures';
import { startModuleJobs } from '../helpers/module-jobs';

const log = createLogger('test', { sinks: [silentSink] });
const WEEK = 7 * DAY_MS;
const dayOf = (t: number) => Math.floor(t / DAY_MS);
const weekOf = (t: number) => Math.floor((t - Date.UTC(1970, 0, 5)) / WEEK);

describe('backup rotation', () => {
  it('the daily job keeps exactly 7 daily + 4 weekly over 9 simulated weeks', async () => {
    const start = Date.UTC(2026, 0, 7, 2, 30); // a Wednesday
    const time = new ManualTime(start);
    const dir = tempDir();
    const ws = openWorkspace(dir, 'real', log);
    const ctx = { ws, clock: time, scheduler: time, log, dataDir: dir, isDemo: () => false, emit: () => {} } as unknown as ModuleContext;
    const mod = createBackupModule(ctx);
    const jobs = startModuleJobs(mod, time);
    const nextAt = () => mod.handlers['backup:list']({}) as { nextAutoAt: number | null };
    expect(nextAt().nextAutoAt).toBe(start + FIRST_BACKUP_DELAY_MS);
    const counts: number[] = [];
    for (let d = 0; d < 63; d++) {
      await time.advance(DAY_MS);
      await mod.idle();
      counts.push(listBackups(backupsDir(dir)).length);
    }
    const kept = listBackups(backupsDir(dir));
    expect(kept).toHaveLength(11);
    expect(kept.every((b) => b.kind === 'auto' && b.db === 'monps')).toBe(true);
    // one a day, newest first: the 7 newest are the last 7 days, each on its own day
    const daily = kept.slice(0, 7);
    expect(new Set(daily.map((b) => dayOf(b.takenAt))).size).toBe(7);
    expect(dayOf(daily[0].takenAt) - dayOf(daily[6].takenAt)).toBe(6);
    // then 4 weekly ones, each in its own week, all older than the daily ones
    const weekly = kept.slice(7);
    expect(new Set(weekly.map((b) => weekOf(b.takenAt))).size).toBe(4);
    expect(weekly.every((b) => b.takenAt < daily[6].takenAt)).toBe(true);
    expect(weekOf(weekly[0].takenAt) - weekOf(weekly[3].takenAt)).toBe(3);
    // growth: one a day until 7 days, then slower, never more than 11
    expect(counts.slice(0, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(Math.max(...counts)).toBe(11);
    expect(nextAt().nextAutoAt).toBe(kept[0].takenAt + DAY_MS);
    // a manual backup is never rotated away
    const manual = await mod.handlers['backup:create']({});
    await time.advance(3 * DAY_MS);
    await mod.idle();
    expect(
      listBackups(backupsDir(dir))
        .filter((b) => b.kind === 'manual')
        .map((b) => b.name),
    ).toEqual([manual.name]);
    await jobs.stop();
    mod.stop!();
    ws.close();
  });

  it('selectKept: several backups a day keep the newest of each day; no weekly before 7 days', () => {
    const t0 = Date.UTC(2026, 2, 2, 0); // Monday
    const backups = [0, 1, 2].flatMap((d) => [3, 9, 21].map((h) => ({ takenAt: t0 + d * DAY_MS + h * 3_600_000 })));
    const keep = [...selectKept(backups)].map((i) => new Date(backups[i].takenAt).toISOString()).sort();
    expect(keep).toEqual(['2026-03-02T21:00:00.000Z', '2026-03-03T21:00:00.000Z', '2026-03-04T21:00:00.000Z']);
  });

  it('on restart the job waits for the last backup + 24 h; no automatic backup in demo mode', async () => {
    const time = new ManualTime(Date.UTC(2026, 5, 1, 8));
    const dir = tempDir();
    const ws = openWorkspace(dir, 'real', log);
    const base = { ws, clock: time, scheduler: time, log, dataDir: dir, emit: () => {} };
    const a = createBackupModule({ ...base, isDemo: () => false } as unknown as ModuleContext);
    const aJobs = startModuleJobs(a, time);
    await time.advance(2 * FIRST_BACKUP_DELAY_MS);
    await a.idle();
    await aJobs.stop();
    a.stop!();
    const last = listBackups(backupsDir(dir))[0].takenAt;
    await time.advance(3_600_000);
    const b = createBackupModule({ ...base, isDemo: () => false } as unknown as ModuleContext);
    const bJobs = startModuleJobs(b, time);
    expect((b.handlers['backup:list']({}) as { nextAutoAt: number }).nextAutoAt).toBe(last + DAY_MS);
    await bJobs.stop();
    b.stop!();
    const demo = createBackupModule({ ...base, isDemo: () => true } as unknown as ModuleContext);
    const demoJobs = startModuleJobs(demo, time);
    expect((demo.handlers['backup:list']({}) as { nextAutoAt: number | null }).nextAutoAt).toBeNull();
    await demoJobs.stop();
    ws.close();
  });
});
