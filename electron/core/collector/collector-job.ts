/**
 * The collector as a job of the one scheduler (../scheduler): its next run is the planner's next
 * due call (or the fixed interval), a run is abortable through the scheduler's signal, and runs
 * never overlap (the collector joins a run in progress). Used once create-core hands its jobs to
 * the scheduler instead of `collector.start()`.
 */
import type { SchedulerJob } from '../scheduler/scheduler';
import type { Collector } from './collector';

export function collectorJob(collector: () => Collector): SchedulerJob {
  return {
    name: 'collector.collect',
    firstDelayMs: 0,
    next: (now, last) => (last === null ? now : collector().nextDueAt()),
    // the collector has its own 5-min run deadline; the scheduler's is a backstop
    timeoutMs: 10 * 60_000,
    run: async (signal) => {
      const r = await collector().runNow('schedule', undefined, signal);
      if (r.status === 'failed') throw new Error(r.errorMessage ?? r.errorCode ?? 'the collection failed');
    },
  };
}
