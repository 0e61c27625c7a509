/**
 * The one scheduler of the core: every periodic job (collection, settlement, backups, alert
 * evaluation, digest) is registered here instead of chaining its own timers.
 *
 * - No overlap per job: a job whose previous run is still going is not started again (the
 *   tick is recorded as `skipped`, reason `overlap`); `runNow` joins the run in progress.
 * - pause()/resume() for all jobs or one: a paused job's ticks are recorded as skipped.
 * - Suspend: a heartbeat notices a jump of the wall clock (sleep, hibernation). Runs in flight
 *   are aborted (their network calls are dead anyway), every job is re-planned from the new
 *   "now" and runs at most once for the missed time — no burst of catch-up runs.
 * - Every run gets an AbortSignal (stop, abort, the job's timeout, a suspend) and leaves a
 *   record: job, trigger, start, end, outcome, error.
 * All time comes from the injected Clock/Scheduler, so tests drive days in milliseconds.
 */
import type { Clock, Scheduler, TimerHandle } from '../util/clock';
import { nextRunAt, type JobHandle, type JobOutcome, type JobScheduler, type JobSpec } from './job';
import type { Logger } from '../util/logger';

export type RunOutcome = 'ok' | 'failed' | 'aborted' | 'skipped';
export type JobTrigger = 'schedule' | 'manual' | 'resume';

/** A job as the scheduler takes it: kit's JobSpec (job.ts) plus an optional run time limit. */
export interface SchedulerJob extends JobSpec {
  /** A run longer than this is aborted (default 10 min). */
  timeoutMs?: number;
}

export interface JobRunRecord {
  job: string;
  trigger: JobTrigger;
  startedAt: number;
  endedAt: number;
  outcome: RunOutcome;
  /** Why it failed, was aborted or skipped, in words. */
  detail: string | null;
}

export interface JobState {
  name: string;
  paused: boolean;
  running: boolean;
  nextAt: number | null;
  lastRun: JobRunRecord | null;
  runs: number;
  failures: number;
}

export interface CoreSchedulerOptions {
  clock: Clock;
  timers: Scheduler;
  log?: Logger;
  /** Heartbeat period of the clock-jump check (default 30 s; 0 = off, e.g. on a manual test clock). */
  heartbeatMs?: number;
  /** A heartbeat this much later than due means the machine slept (default 2 min). */
  jumpToleranceMs?: number;
  /** Records kept in memory (default 500); `onRecord` can persist them. */
  keepRecords?: number;
  onRecord?(r: JobRunRecord): void;
  /** Called when a clock jump (suspend/resume) is detected, with the gap in ms. */
  onSuspend?(gapMs: number): void;
}

const RECHECK_MS = 60_000;

interface Entry {
  spec: SchedulerJob;
  paused: boolean;
  timer: TimerHandle | null;
  nextAt: number | null;
  inFlight: Promise<JobRunRecord> | null;
  controller: AbortController | null;
  last: JobOutcome | null;
  lastRun: JobRunRecord | null;
  runs: number;
  failures: number;
  /** A tick came while paused: resume runs the job at once. */
  missed: boolean;
}

export type CoreScheduler = ReturnType<typeof createScheduler>;

export function createScheduler(opts: CoreSchedulerOptions) {
  const { clock, timers } = opts;
  const heartbeatMs = opts.heartbeatMs ?? 30_000;
  const tolerance = opts.jumpToleranceMs ?? 120_000;
  const keep = opts.keepRecords ?? 500;
  const jobs = new Map<string, Entry>();
  const records: JobRunRecord[] = [];
  let started = false;
  let allPaused = false;
  let beat: TimerHandle | null = null;
  let lastBeatAt = 0;

  function record(r: JobRunRecord): JobRunRecord {
    records.push(r);
    if (records.length > keep) records.splice(0, records.length - keep);
    try {
      opts.onRecord?.(r);
    } catch (e) {
      opts.log?.warn('a job run record could not be stored', { error: e instanceof Error ? e.message : String(e) });
    }
    return r;
  }

  function dueAt(e: Entry): number | null {
    try {
      return nextRunAt(e.spec, clock.now(), e.last);
    } catch (err) {
      opts.log?.warn(`job ${e.spec.name} has no valid timing`, { error: err instanceof Error ? err.message : String(err) });
      return null;
    }
  }

  function intervalOf(e: Entry): number {
    const i = typeof e.spec.intervalMs === 'function' ? e.spec.intervalMs() : e.spec.intervalMs;
    return i !== undefined && Number.isFinite(i) && i > 0 ? i : RECHECK_MS;
  }

  /** Plans the next run; `delayMs` forces it. A job with no next time is asked again every minute. */
  function plan(e: Entry, delayMs?: number, afterSkip = false): void {
    e.timer?.cancel();
    e.timer = null;
    e.nextAt = null;
    if (!started || jobs.get(e.spec.name) !== e) return;
    const at = delayMs !== undefined ? clock.now() + delayMs : dueAt(e);
    let delay = at === null ? RECHECK_MS : Math.max(0, at - clock.now());
    // a skipped tick (paused, overlap) leaves the last run unchanged: do not spin on a past due time
    if (afterSkip) delay = Math.max(delay, intervalOf(e));
    e.nextAt = at === null ? null : clock.now() + delay;
    e.timer = timers.setTimeout(() => {
      e.timer = null;
      if (at === null) return plan(e);
      void execute(e, 'schedule').then(
        (r) => plan(e, undefined, r.outcome === 'skipped'),
        () => plan(e),
      );
    }, delay);
  }

  function execute(e: Entry, trigger: JobTrigger): Promise<JobRunRecord> {
    const startedAt = clock.now();
    if (e.inFlight) {
      if (trigger !== 'schedule') return e.inFlight;
      return Promise.resolve(
        record({
          job: e.spec.name,
          trigger,
          startedAt,
          endedAt: startedAt,
          outcome: 'skipped',
          detail: 'overlap: the previous run is still going',
        }),
      );
    }
    if (trigger === 'schedule' && (e.paused || (allPaused && !e.spec.runWhilePaused))) {
      e.missed = true;
      return Promise.resolve(record({ job: e.spec.name, trigger, startedAt, endedAt: startedAt, outcome: 'skipped', detail: 'paused' }));
    }
    e.missed = false;
    const controller = (e.controller = new AbortController());
    const timeoutMs = e.spec.timeoutMs ?? 10 * 60_000;
    const overdue = timers.setTimeout(() => controller.abort(`the run took longer than ${Math.round(timeoutMs / 1000)} s`), timeoutMs);
    const p = (async (): Promise<JobRunRecord> => {
      let outcome: RunOutcome = 'ok';
      let detail: string | null = null;
      let error: unknown = null;
      try {
        await e.spec.run(controller.signal);
        if (controller.signal.aborted) {
          outcome = 'aborted';
          detail = String(controller.signal.reason);
        }
      } catch (err) {
        error = err;
        outcome = controller.signal.aborted ? 'aborted' : 'failed';
        detail = controller.signal.aborted ? String(controller.signal.reason) : err instanceof Error ? err.message : String(err);
        if (outcome === 'failed') opts.log?.warn(`job ${e.spec.name} failed`, { error: detail });
      } finally {
        overdue.cancel();
      }
      const endedAt = clock.now();
      e.last =
        outcome === 'ok'
          ? { ok: true, startedAt, finishedAt: endedAt }
          : { ok: false, startedAt, finishedAt: endedAt, error: error ?? new Error(detail ?? outcome) };
      e.runs++;
      if (outcome === 'failed') e.failures++;
      e.lastRun = { job: e.spec.name, trigger, startedAt, endedAt, outcome, detail };
      return record(e.lastRun);
    })().finally(() => {
      e.inFlight = null;
      e.controller = null;
    });
    e.inFlight = p;
    return p;
  }

  function heartbeat(): void {
    beat?.cancel();
    beat = null;
    if (!started || heartbeatMs <= 0) return;
    lastBeatAt = clock.now();
    beat = timers.setTimeout(() => {
      const now = clock.now();
      const gap = now - lastBeatAt - heartbeatMs;
      if (gap > tolerance) onJump(gap);
      heartbeat();
    }, heartbeatMs);
  }

  /** The wall clock jumped (the machine slept): abort what was running, re-plan every job once. */
  function onJump(gapMs: number): void {
    opts.log?.info('the clock jumped (sleep?): runs in flight aborted, jobs re-planned', { gapMs });
    for (const e of jobs.values()) e.controller?.abort('the machine slept');
    try {
      opts.onSuspend?.(gapMs);
    } catch {
      /* a listener's failure does not stop the scheduler */
    }
    for (const e of jobs.values()) {
      if (e.paused || (allPaused && !e.spec.runWhilePaused)) continue;
      const overdue = e.nextAt === null || e.nextAt <= clock.now();
      if (!overdue) continue;
      e.timer?.cancel();
      e.timer = null;
      // one run for the missed time, after what was aborted has wound down
      const was = e.inFlight ?? Promise.resolve();
      void was.then(() => execute(e, 'resume')).finally(() => plan(e));
    }
  }

  function get(name: string): Entry {
    const e = jobs.get(name);
    if (!e) throw new Error(`no job named ${name}`);
    return e;
  }

  async function remove(e: Entry): Promise<void> {
    jobs.delete(e.spec.name);
    e.timer?.cancel();
    e.timer = null;
    e.nextAt = null;
    e.controller?.abort('the job was removed');
    await e.inFlight?.catch(() => undefined);
  }

  const api = {
    /** Adds a job; it runs only after start(). Names are unique: adding one twice throws. */
    add(spec: SchedulerJob): JobHandle {
      if (jobs.has(spec.name)) throw new Error(`a job named ${spec.name} is already scheduled`);
      const e: Entry = {
        spec,
        paused: false,
        timer: null,
        nextAt: null,
        inFlight: null,
        controller: null,
        last: null,
        lastRun: null,
        runs: 0,
        failures: 0,
        missed: false,
      };
      jobs.set(spec.name, e);
      if (started) plan(e);
      return {
        name: spec.name,
        reschedule: (delayMs?: number) => {
          if (jobs.get(spec.name) === e && !e.inFlight) plan(e, delayMs);
        },
        nextRunAt: () => e.nextAt,
      };
    },
    /** Removes the jobs whose name starts with `prefix` (all with none), aborting and awaiting their runs. */
    async removeAll(prefix = ''): Promise<void> {
      await Promise.all([...jobs.values()].filter((e) => e.spec.name.startsWith(prefix)).map(remove));
    },
    start(): void {
      if (started) return;
      started = true;
      for (const e of jobs.values()) plan(e);
      heartbeat();
    },
    /** Stops every timer and aborts every run; resolves when all runs have ended. */
    async stop(reason = 'stopped'): Promise<void> {
      started = false;
      beat?.cancel();
      beat = null;
      for (const e of jobs.values()) {
        e.timer?.cancel();
        e.timer = null;
        e.nextAt = null;
        e.controller?.abort(reason);
      }
      await Promise.all([...jobs.values()].map((e) => e.inFlight?.catch(() => undefined)));
    },
    /** Pauses every job (or one): their timers keep ticking but nothing runs. */
    pause(name?: string): void {
      if (name === undefined) allPaused = true;
      else get(name).paused = true;
    },
    /** Resumes; a job whose time came while paused runs now. */
    resume(name?: string): void {
      if (name === undefined) allPaused = false;
      else get(name).paused = false;
      for (const e of name === undefined ? jobs.values() : [get(name)]) {
        if (e.paused || (allPaused && !e.spec.runWhilePaused) || !started || e.inFlight) continue;
        if (e.missed) {
          e.timer?.cancel();
          e.timer = null;
          void execute(e, 'resume').finally(() => plan(e));
        }
      }
    },
    /** Runs a job now, or joins its run in progress (never two at once). */
    runNow(name: string): Promise<JobRunRecord> {
      const e = get(name);
      return execute(e, 'manual').finally(() => {
        if (started && !e.inFlight) plan(e);
      });
    },
    /** Aborts a job's run in progress (the job stays scheduled). */
    abort(name: string, reason = 'aborted'): void {
      get(name).controller?.abort(reason);
    },
    /** Resolves when every run in progress has ended. */
    async idle(): Promise<void> {
      await Promise.all([...jobs.values()].map((e) => e.inFlight?.catch(() => undefined)));
    },
    /** Called by a host that knows the machine slept (Electron's powerMonitor). */
    notifyResumed(gapMs = tolerance + 1): void {
      onJump(gapMs);
    },
    jobs(): JobState[] {
      return [...jobs.values()].map((e) => ({
        name: e.spec.name,
        paused: e.paused || allPaused,
        running: e.inFlight !== null,
        nextAt: e.nextAt,
        lastRun: e.lastRun,
        runs: e.runs,
        failures: e.failures,
      }));
    },
    /** The newest records first (all jobs, or one). */
    records(name?: string, limit = 100): JobRunRecord[] {
      return records
        .filter((r) => name === undefined || r.job === name)
        .slice(-limit)
        .reverse();
    },
  };
  const _fits: JobScheduler = api;
  void _fits;
  return api;
}
