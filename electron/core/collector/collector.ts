/**
 * The collector job: one run fetches /odds for every configured sport, then stores every
 * complete answer in one transaction. Runs never overlap; a failed sport stores nothing; a
 * failed run is recorded with its reason and the next run starts afresh. Scheduling chains
 * timeouts on an injected scheduler, so tests drive it with a manual clock.
 */
import type { CollectionRun, CollectorStatus, QuotaState, RunTrigger } from '../../../shared/domain/collector';
import type { WritableDb } from '../db/open-database';
import type { OddsStore, Snapshot } from '../ingest/odds-store';
import { createOddsApiClient, type OddsApiClient } from '../providers/odds-api/client';
import { OddsApiError } from '../providers/odds-api/errors';
import type { Clock, Scheduler, TimerHandle } from '../util/clock';
import type { Logger } from '../util/logger';
import { actionFor, creditsPerRun, FATAL_CODES, projectedMonthlyCredits, type CollectorConfig } from './collector-config';
import { dataAsOf, type RunsRepo } from './runs-repo';
import { periodAt } from '../planner/budget-period';
import type { JobHandle } from '../scheduler/job';
import type { CoreScheduler } from '../scheduler/scheduler';
import { estimateOddsCost } from '../providers/odds-api/cost';
import { createCreditLedger, hasLedger, type CreditLedger } from './credit-ledger';
import { createPlannedCollection, type EconomySettings } from './planned-collection';
import { healthView, planView } from './plan-view';
import type { HealthView, PlanView } from '../../../shared/domain/economy';

export interface CollectorDeps {
  db: WritableDb;
  clock: Clock;
  scheduler: Scheduler;
  log: Logger;
  runs: RunsRepo;
  odds: OddsStore;
  /** Read at the start of each run, so a settings change applies to the next one. */
  config(): CollectorConfig;
  /** Called after each run, with the snapshots that were stored (scanners, alerts). */
  onRunFinished?(run: CollectionRun, stored: Snapshot[]): void;
  /** Called whenever status() would answer differently: a run starts or ends, pause, re-plan. */
  onStatusChange?(): void;
  /** Pause between two requests of one run (the API asks for spacing). */
  requestGapMs?: number;
  /** `signal` aborts the run's requests: stop, quit, a settings switch, the run deadline. */
  makeClient?(cfg: CollectorConfig, signal: AbortSignal): OddsApiClient;
  /** Total time one run may take, retries and waits included (default 5 min), on `scheduler`. */
  runDeadlineMs?: number;
  /** Keep this many credits unspent: a run that would cross it is skipped. */
  reserveCredits?: number;
  /** The configuration the credit projection is about (with a real key; default config()). */
  plannedConfig?(): CollectorConfig;
  /** Day of the month the API's credits reset (UTC; default 1). */
  resetDay?(): number;
  /**
   * The credit plan: with it (and a real key), scheduled runs follow the planner instead of the
   * fixed interval; its plan size, reset day and reserve win over resetDay/reserveCredits.
   */
  economy?(): EconomySettings;
  /**
   * The core's one scheduler: with it, scheduled runs are its job `collector.collect` (no
   * overlap, pause/resume, sleep handling, a record of each run); without it (tests, the CLI)
   * the collector chains its own timeouts on `scheduler`.
   */
  jobs?: CoreScheduler;
}

/** The collector's job name on the core scheduler. */
export const COLLECTOR_JOB = 'collector.collect';

export type Collector = ReturnType<typeof createCollector>;

/** In planned mode a run comes at least this often (free calls, the quota), whatever the plan. */
export const PLANNED_MAX_GAP_MS = 6 * 3600_000;

/** What a run knows of its end before it is stored (the rest of CollectionRun comes from its start). */
type RunEndDraft = Pick<
  CollectionRun,
  | 'endedAt'
  | 'status'
  | 'httpStatus'
  | 'errorCode'
  | 'errorMessage'
  | 'creditsUsed'
  | 'creditsRemaining'
  | 'requests'
  | 'events'
  | 'pricesSeen'
  | 'pricesChanged'
>;

export function createCollector(deps: CollectorDeps) {
  const { clock, scheduler, log, runs } = deps;
  const makeClient =
    deps.makeClient ??
    ((c: CollectorConfig, signal: AbortSignal) => createOddsApiClient({ baseUrl: c.baseUrl, apiKey: c.apiKey, logger: log, signal }));
  const runDeadlineMs = deps.runDeadlineMs ?? 5 * 60_000;
  /** The run in progress's controller: stop() and an external signal (a core scheduler) both abort through it. */
  let controller: AbortController | null = null;
  const ledger: CreditLedger | null = hasLedger(deps.db) ? createCreditLedger(deps.db) : null;
  const planned = ledger && deps.economy ? createPlannedCollection({ db: deps.db, clock, log, ledger, economy: deps.economy }) : null;
  /** Scheduled runs follow the planner: planned mode on, a real key, the ledger present. */
  const isPlanned = (cfg: CollectorConfig) => planned !== null && !cfg.demo && deps.economy!().planned;
  const reserve = deps.economy ? deps.economy().reserve : (deps.reserveCredits ?? 10);
  let timer: TimerHandle | null = null;
  let started = false;
  let paused = false;
  let nextRunAt: number | null = null;
  let inFlight: Promise<CollectionRun> | null = null;
  let quota: QuotaState = { ...runs.lastQuota() };
  const fromLedger = ledger?.lastQuota();
  if (fromLedger && fromLedger.at !== null && (quota.at === null || fromLedger.at >= quota.at)) quota = { ...fromLedger };
  const resetDay = () => deps.economy?.().resetDay ?? deps.resetDay?.() ?? 1;
  /** After OUT_OF_USAGE_CREDITS (or a stored quota below the reserve): no paid call before the reset. */
  let creditsBackAt: number | null = null;
  if (quota.remaining !== null && quota.at !== null && quota.remaining < reserve) {
    const back = periodAt(quota.at, resetDay()).end;
    if (back > clock.now()) creditsBackAt = back;
  }

  let handle: JobHandle | null = null;
  /** The first run's delay, read once by the job's timing. */
  let firstDelay: number | null = null;

  /** On the core scheduler: one job whose next run is the planner's (or the interval). */
  function scheduleJob(jobs: CoreScheduler, delay: number): void {
    if (!started) return;
    if (handle) {
      handle.reschedule(delay);
    } else {
      firstDelay = delay;
      handle = jobs.add({
        name: COLLECTOR_JOB,
        next: (now) => {
          const d = firstDelay ?? Math.max(0, nextDelay());
          firstDelay = null;
          // the status carries the next run's time: pushed once the scheduler has planned it
          scheduler.setTimeout(() => {
            if (started) deps.onStatusChange?.();
          }, 0); // not after stop(): the database may be closed by then
          return now + d;
        },
        // the collector has its own run deadline; the scheduler's is a backstop
        timeoutMs: 2 * runDeadlineMs,
        run: async (signal) => {
          const r = await run('schedule', undefined, signal);
          if (r.status === 'failed') throw new Error(r.errorMessage ?? r.errorCode ?? 'the collection failed');
        },
      });
      if (paused) jobs.pause(COLLECTOR_JOB);
    }
    deps.onStatusChange?.();
  }

  function schedule(delay: number): void {
    if (deps.jobs) return scheduleJob(deps.jobs, delay);
    timer?.cancel();
    if (!started) return;
    nextRunAt = clock.now() + delay;
    deps.onStatusChange?.(); // the next run's time is part of the status
    timer = scheduler.setTimeout(() => {
      timer = null;
      const after = () => schedule(nextDelay());
      if (paused) return after();
      void run('schedule').then(after, after);
    }, delay);
  }

  /** The fixed interval, or the planner's next due call. */
  function nextDelay(): number {
    const cfg = deps.config();
    if (!isPlanned(cfg)) return cfg.intervalMs;
    try {
      return planned!.nextDueAt(cfg, clock.now(), quota) - clock.now();
    } catch (e) {
      log.error('the credit plan failed; the fixed interval is used', { error: e instanceof Error ? e.message : String(e) });
      return cfg.intervalMs;
    }
  }

  async function collect(
    trigger: RunTrigger,
    override: Partial<Pick<CollectorConfig, 'sports'>> | undefined,
    signal: AbortSignal,
  ): Promise<CollectionRun> {
    const cfg = { ...deps.config(), ...override };
    const startedAt = clock.now();
    const rec = runs.start(startedAt, trigger, cfg.sports);
    const cost = creditsPerRun(cfg);
    const end: RunEndDraft = {
      endedAt: null,
      status: 'ok',
      httpStatus: null,
      errorCode: null,
      errorMessage: null,
      creditsUsed: 0,
      creditsRemaining: null,
      requests: 0,
      events: 0,
      pricesSeen: 0,
      pricesChanged: 0,
    };
    const skip = (code: string, message: string) => {
      Object.assign(end, { status: 'skipped', errorCode: code, errorMessage: message, endedAt: clock.now() });
      return runs.finish(rec.id, end);
    };
    const client = makeClient(cfg, signal);
    if (trigger === 'schedule' && isPlanned(cfg)) return collectPlanned(cfg, client, signal, rec.id, end);
    if (!cfg.demo) {
      // The skip decision looks at the date: once the reset has passed, the stored quota is stale
      // and a free /sports call reads the real remaining credits before anything is decided.
      if (creditsBackAt !== null && startedAt >= creditsBackAt) creditsBackAt = null;
      const stale = quota.at !== null && quota.at < periodAt(startedAt, resetDay()).start;
      if (creditsBackAt === null && quota.remaining !== null && stale && quota.remaining - cost < reserve) {
        await refreshQuota(client, end);
      }
      if (creditsBackAt !== null) {
        return skip(
          'OUT_OF_USAGE_CREDITS',
          `Credits are used up; no paid call until the reset on ${resumeText(creditsBackAt)}, when collection resumes by itself`,
        );
      }
      if (quota.remaining !== null && quota.remaining - cost < reserve) {
        const back = periodAt(startedAt, resetDay()).end;
        return skip(
          'QUOTA_RESERVE',
          `This run would cost ${cost} credits and leave fewer than ${reserve} of the ${quota.remaining} remaining; collection resumes by itself at the reset on ${resumeText(back)}`,
        );
      }
    }
    const overdue = scheduler.setTimeout(
      () => controller?.abort(`the run took longer than ${Math.round(runDeadlineMs / 1000)} s`),
      runDeadlineMs,
    );
    const fetched: Snapshot[] = [];
    const failures: string[] = [];
    for (const [i, sport] of cfg.sports.entries()) {
      if (i > 0 && deps.requestGapMs) await abortableGap(deps.requestGapMs, signal);
      if (signal.aborted) {
        end.errorCode ??= 'ABORTED';
        failures.push(`stopped (${String(signal.reason)}) before ${cfg.sports.slice(i).join(', ')}`);
        break;
      }
      end.requests++;
      try {
        const res = await client.getOdds(sport, {
          markets: cfg.markets,
          ...(cfg.bookmakers.length ? { bookmakers: cfg.bookmakers } : { regions: cfg.regions }),
        });
        end.httpStatus = res.httpStatus;
        noteQuota(res.quota, end);
        fetched.push({ sportKey: sport, observedAt: clock.now(), events: res.data });
        // the ledger counts real credits only (the demo's are simulated)
        if (!cfg.demo)
          ledger?.record({
            at: clock.now(),
            kind: 'odds',
            sport,
            reason: trigger,
            estimated: estimateOddsCost(
              cfg.bookmakers.length ? { markets: cfg.markets, bookmakers: cfg.bookmakers } : { markets: cfg.markets, regions: cfg.regions },
            ),
            actual: res.quota.last,
            remaining: res.quota.remaining,
            used: res.quota.used,
            ok: true,
            events: res.data.length,
          });
      } catch (e) {
        const err = e instanceof OddsApiError ? e : null;
        const code = err?.code ?? 'INTERNAL';
        const message =
          (err?.message ?? (e instanceof Error ? e.message : String(e))) + (code === 'ABORTED' ? ` (${String(signal.reason)})` : '');
        end.httpStatus = err?.httpStatus ?? end.httpStatus;
        if (err) noteQuota(err.quota, end);
        end.errorCode ??= code;
        failures.push(`${sport}: ${message}`);
        log.warn('collection of a sport failed', { sport, code, message });
        if (code === 'OUT_OF_USAGE_CREDITS') creditsBackAt = periodAt(clock.now(), resetDay()).end;
        if (FATAL_CODES.has(code) || signal.aborted) break;
      }
    }
    overdue.cancel();
    return store(fetched, failures, end, rec.id);
  }

  /** A scheduled run in planned mode: only the calls the planner says are due now. */
  async function collectPlanned(
    cfg: CollectorConfig,
    client: OddsApiClient,
    signal: AbortSignal,
    id: number,
    end: RunEndDraft,
  ): Promise<CollectionRun> {
    if (creditsBackAt !== null && clock.now() >= creditsBackAt) creditsBackAt = null;
    const overdue = scheduler.setTimeout(
      () => controller?.abort(`the run took longer than ${Math.round(runDeadlineMs / 1000)} s`),
      runDeadlineMs,
    );
    let out;
    try {
      out = await planned!.runDue(
        cfg,
        client,
        signal,
        quota,
        (q) => noteQuota({ ...q, last: null }, end),
        deps.requestGapMs ? () => abortableGap(deps.requestGapMs!, signal) : undefined,
      );
    } finally {
      overdue.cancel();
    }
    Object.assign(end, { requests: out.requests, creditsUsed: out.credits, httpStatus: out.httpStatus, errorCode: out.errorCode });
    if (out.remaining !== null) end.creditsRemaining = out.remaining;
    if (out.errorCode === 'OUT_OF_USAGE_CREDITS' || out.plan.resumesAt !== null)
      creditsBackAt = out.plan.resumesAt ?? periodAt(clock.now(), resetDay()).end;
    if (out.requests === 0 && out.plan.warnings.length) {
      Object.assign(end, {
        status: 'skipped',
        errorCode: out.plan.resumesAt ? 'OUT_OF_USAGE_CREDITS' : 'PLAN_NOTHING_DUE',
        errorMessage: out.plan.warnings.join(' | '),
        endedAt: clock.now(),
      });
      return runs.finish(id, end);
    }
    return store(out.fetched, out.failures, end, id);
  }

  /** Stores what a run fetched (one transaction) and completes its record. */
  function store(fetched: Snapshot[], failures: string[], end: RunEndDraft, id: number): CollectionRun {
    if (fetched.length) {
      try {
        const r = deps.odds.ingest(fetched);
        Object.assign(end, { events: r.events, pricesSeen: r.pricesSeen, pricesChanged: r.pricesChanged, pricesDropped: r.skippedPrices });
        if (r.skippedPrices) log.warn('absurd prices dropped (≤ 1.0 or above the ceiling)', { count: r.skippedPrices });
        if (r.skippedMarkets) log.warn('markets skipped: outcomes do not match the event', { count: r.skippedMarkets });
      } catch (e) {
        fetched.length = 0;
        end.errorCode ??= 'STORAGE_ERROR';
        failures.push(`storing the prices failed, nothing was written: ${e instanceof Error ? e.message : String(e)}`);
        log.error('ingest failed', { error: e instanceof Error ? e.message : String(e) });
      }
    }
    end.status = failures.length === 0 ? 'ok' : fetched.length ? 'partial' : 'failed';
    if (failures.length) end.errorMessage = failures.join(' | ');
    else creditsBackAt = null;
    end.endedAt = clock.now();
    const done = runs.finish(id, end);
    deps.onRunFinished?.(done, fetched);
    return done;
  }

  function noteQuota(
    q: { remaining: number | null; used: number | null; last: number | null },
    end: { creditsUsed: number | null; creditsRemaining: number | null },
  ): void {
    if (q.last !== null) end.creditsUsed = (end.creditsUsed ?? 0) + q.last;
    if (q.remaining !== null) end.creditsRemaining = q.remaining;
    if (q.remaining !== null || q.used !== null)
      quota = { remaining: q.remaining ?? quota.remaining, used: q.used ?? quota.used, at: clock.now() };
  }

  /** A free /sports call: its headers give the remaining credits (no credit spent). */
  async function refreshQuota(
    client: OddsApiClient,
    end: { creditsUsed: number | null; creditsRemaining: number | null; requests: number },
  ): Promise<void> {
    try {
      end.requests++;
      const res = await client.getSports();
      noteQuota({ ...res.quota, last: null }, end);
    } catch (e) {
      log.warn('free quota check failed', { error: e instanceof Error ? e.message : String(e) });
    }
  }

  /** Starts a run now, or joins the one in progress (runs never overlap). */
  function run(trigger: RunTrigger, override?: Partial<Pick<CollectorConfig, 'sports'>>, external?: AbortSignal): Promise<CollectionRun> {
    if (inFlight) return inFlight;
    const own = (controller = new AbortController());
    const follow = () => own.abort(external?.reason ?? 'aborted');
    if (external?.aborted) follow();
    external?.addEventListener('abort', follow, { once: true });
    inFlight = collect(trigger, override, own.signal).finally(() => {
      external?.removeEventListener('abort', follow);
      controller = null;
      inFlight = null;
      deps.onStatusChange?.();
    });
    deps.onStatusChange?.();
    return inFlight;
  }

  /** The credit figures shown: those of the plan followed (or previewed), else of the fixed interval. */
  function projection(cfg: CollectorConfig): Pick<CollectorStatus, 'projectedMonthlyCredits' | 'creditsPerRun'> {
    const shown = deps.plannedConfig?.() ?? cfg;
    if (planned && deps.economy && deps.economy().planned) {
      try {
        const eco = deps.economy();
        const v = planView(planned.planAt(shown, clock.now(), cfg.demo ? { remaining: null, used: null } : quota), {
          now: clock.now(),
          followed: isPlanned(cfg),
          demo: cfg.demo,
          eco,
          ledger,
        });
        return { projectedMonthlyCredits: v.projectedPeriodCredits, creditsPerRun: v.oddsCallCost };
      } catch (e) {
        log.warn('the credit plan could not be computed', { error: e instanceof Error ? e.message : String(e) });
      }
    }
    return { projectedMonthlyCredits: projectedMonthlyCredits(shown), creditsPerRun: creditsPerRun(shown) };
  }

  return {
    /** Idempotent: schedules the first run after `firstDelayMs` (default now). */
    start(firstDelayMs = 0): void {
      if (started) return;
      started = true;
      runs.abandonInterrupted();
      schedule(firstDelayMs);
    },
    /** Aborts the run in progress (its requests and waits end now; what was fetched is stored). */
    abort(reason = 'stopped'): void {
      controller?.abort(reason);
    },
    stop(): void {
      controller?.abort('stopped');
      started = false;
      timer?.cancel();
      timer = null;
      nextRunAt = null;
      if (handle) void deps.jobs?.removeAll(COLLECTOR_JOB);
      handle = null;
    },
    setPaused(p: boolean): void {
      paused = p;
      if (handle) {
        if (p) deps.jobs?.pause(COLLECTOR_JOB);
        else deps.jobs?.resume(COLLECTOR_JOB);
      }
      deps.onStatusChange?.();
    },
    /** Re-plans the next run after a settings change (new interval or key). */
    reschedule(delayMs?: number): void {
      if (started) schedule(delayMs ?? nextDelay());
    },
    /** When the next scheduled run is due: the planner's next call, or the fixed interval from now. */
    nextDueAt(): number {
      return clock.now() + Math.max(0, nextDelay());
    },
    /** `signal` (e.g. from a core scheduler) aborts this run like stop() does. */
    runNow: (trigger: RunTrigger = 'manual', override?: Partial<Pick<CollectorConfig, 'sports'>>, signal?: AbortSignal) =>
      run(trigger, override, signal),
    /** Resolves when the run in progress (if any) has finished. */
    idle: async (): Promise<void> => {
      await inFlight?.catch(() => undefined);
    },
    /**
     * A client whose /scores calls (the settlement job's) are written to the credit ledger and
     * update the quota, so the ledger counts every credit and the plan knows when scores were read.
     */
    metered(client: OddsApiClient, demo: boolean): OddsApiClient {
      if (demo || !ledger) return client;
      return {
        ...client,
        getScores: async (sport, q) => {
          const at = clock.now();
          const estimated = q?.daysFrom ? 2 : 1;
          try {
            const r = await client.getScores(sport, q);
            ledger.record({
              at,
              kind: 'scores',
              sport,
              reason: 'settle',
              estimated,
              actual: r.quota.last,
              remaining: r.quota.remaining,
              used: r.quota.used,
              ok: true,
              events: r.data.length,
            });
            if (r.quota.remaining !== null || r.quota.used !== null)
              quota = { remaining: r.quota.remaining ?? quota.remaining, used: r.quota.used ?? quota.used, at: clock.now() };
            return r;
          } catch (e) {
            const qq = e instanceof OddsApiError ? e.quota : null;
            ledger.record({
              at,
              kind: 'scores',
              sport,
              reason: 'settle',
              estimated,
              actual: qq?.last ?? null,
              remaining: qq?.remaining ?? null,
              used: qq?.used ?? null,
              ok: false,
              events: 0,
            });
            throw e;
          }
        },
      };
    },
    /** The plan of the next 24 h, followed (planned mode, real key) or previewed (demo, interval mode). */
    plan(): PlanView | null {
      if (!planned || !deps.economy) return null;
      const cfg = deps.config();
      const eco = deps.economy();
      const shown = cfg.demo ? (deps.plannedConfig?.() ?? cfg) : cfg;
      // demo: the plan a real key would follow, on the demo's events; its quota is the user's plan
      const q = cfg.demo ? { remaining: null, used: null } : quota;
      return planView(planned.planAt(shown, clock.now(), q), { now: clock.now(), followed: isPlanned(cfg), demo: cfg.demo, eco, ledger });
    },
    health(): HealthView {
      const cfg = deps.config();
      const sports = [...(cfg.demo ? (deps.plannedConfig?.() ?? cfg) : cfg).sports, ...(deps.economy?.().pinnedSports ?? [])];
      return healthView(deps.db, ledger, clock.now(), resetDay(), sports);
    },
    status(): CollectorStatus {
      const cfg = deps.config();
      const last = runs.list(1)[0] ?? null;
      const lastSuccessAt = runs.lastSuccessAt();
      const failing = last !== null && (last.status === 'failed' || last.status === 'partial' || last.status === 'skipped');
      const health: CollectorStatus['health'] = !last ? 'idle' : last.status === 'failed' ? 'error' : failing ? 'warning' : 'ok';
      return {
        health,
        running: inFlight !== null,
        paused,
        demo: cfg.demo,
        intervalMs: isPlanned(cfg) ? PLANNED_MAX_GAP_MS : cfg.intervalMs,
        planned: isPlanned(cfg),
        lastRun: last,
        lastSuccessAt,
        nextRunAt: started && !paused ? (handle ? handle.nextRunAt() : nextRunAt) : null,
        quota,
        lastError:
          failing && last.errorCode
            ? {
                code: last.errorCode,
                message: last.errorMessage ?? last.errorCode,
                action: actionFor(last.errorCode),
                at: last.endedAt ?? last.startedAt,
              }
            : null,
        dataAsOf: dataAsOf(deps.db),
        ...projection(cfg),
        creditsBackAt: cfg.demo
          ? null
          : (creditsBackAt ??
            (quota.remaining !== null && quota.remaining - creditsPerRun(cfg) < reserve ? periodAt(clock.now(), resetDay()).end : null)),
      };
    },
  };
}

function resumeText(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The pause between two requests, cut short by an abort. */
function abortableGap(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
