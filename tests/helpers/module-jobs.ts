/**
 * Runs one module's jobs on a scheduler of its own driven by a ManualTime, as createCore hands
 * them to the core's scheduler (the heartbeat is off: a manual clock would fire it for ever).
 */
import type { JobSpec } from '../../electron/core/scheduler/job';
import { createScheduler } from '../../electron/core/scheduler/scheduler';
import type { ManualTime } from '../../electron/core/util/clock';

export function startModuleJobs(mod: { jobs?: readonly JobSpec[]; start?(): void }, time: ManualTime) {
  const jobs = createScheduler({ clock: time, timers: time, heartbeatMs: 0 });
  for (const job of mod.jobs ?? []) {
    const handle = jobs.add(job);
    job.onAdded?.(handle);
  }
  jobs.start();
  mod.start?.();
  return jobs;
}
