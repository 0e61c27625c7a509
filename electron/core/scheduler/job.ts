/**
 * The shape of a scheduled job, shared by the module kit (modules declare `jobs`) and the one
 * scheduler that runs them (electron/core/scheduler/). A module never sets its own timers: it
 * describes what to run and when, and the scheduler owns the timers, the pause on sleep, the
 * stop on close and the logging of failures.
 *
 * Times are milliseconds on the core's clock (Clock.now()), so tests drive jobs with ManualTime.
 */

/** How the previous run ended, given to `next` to decide the following run. */
export type JobOutcome =
  { ok: true; startedAt: number; finishedAt: number } | { ok: false; startedAt: number; finishedAt: number; error: unknown };

export interface JobTiming {
  /**
   * Fixed spacing between the end of one run and the start of the next (ms). A function is read
   * again before each run, so a setting change applies to the following run.
   */
  intervalMs?: number | (() => number);
  /** Delay before the first run once the scheduler starts (default: intervalMs). */
  firstDelayMs?: number;
  /**
   * When to run next, as an absolute time on the core's clock; `null` means "not scheduled"
   * (e.g. the feature is switched off). Takes precedence over intervalMs. `last` is null before
   * the first run.
   */
  next?(now: number, last: JobOutcome | null): number | null;
}

export interface JobSpec extends JobTiming {
  /** Unique in the core, "module.job" (e.g. "bankroll.settle", "backup.auto"); used in logs and status. */
  name: string;
  /**
   * One run. The signal aborts when the core closes (or the workspace is reopened); a run that
   * ignores it is still awaited before the workspace closes. A thrown error is logged by the
   * scheduler and reported to `next` as a failed outcome.
   */
  run(signal: AbortSignal): void | Promise<void>;
  /** Whether the job still runs while the machine sleeps / the core is paused (default false: skipped, then rescheduled). */
  runWhilePaused?: boolean;
  /**
   * Called with the job's handle once the scheduler has it, so the module can re-plan it (a
   * setting changed) without holding the scheduler.
   */
  onAdded?(handle: JobHandle): void;
}

/** What the scheduler gives back for one added job. */
export interface JobHandle {
  readonly name: string;
  /** Re-reads the timing and plans the next run in `delayMs` (default: per the timing), e.g. after a setting changed. */
  reschedule(delayMs?: number): void;
  /** The next planned run on the core's clock, or null. */
  nextRunAt(): number | null;
}

/** The part of the scheduler the core needs to hand it the modules' jobs. */
export interface JobScheduler {
  /** Adds a job; it runs only after start(). Names are unique: adding one twice throws. */
  add(job: JobSpec): JobHandle;
  /** Removes the jobs added so far whose name starts with `prefix` (all with no prefix), awaiting runs in flight. */
  removeAll(prefix?: string): Promise<void>;
  start(): void;
  pause(): void;
  resume(): void;
}

/** Resolves a job's timing to the absolute time of its next run, or null (shared by scheduler and tests). */
export function nextRunAt(job: JobTiming, now: number, last: JobOutcome | null): number | null {
  if (job.next) return job.next(now, last);
  const interval = typeof job.intervalMs === 'function' ? job.intervalMs() : job.intervalMs;
  if (interval === undefined) return null;
  if (!Number.isFinite(interval) || interval < 0) throw new Error(`job interval ${interval} is not a delay in ms`);
  if (last === null) return now + (job.firstDelayMs ?? interval);
  return last.finishedAt + interval;
}
