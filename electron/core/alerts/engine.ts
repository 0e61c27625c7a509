/**
 * The thin orchestrator (STYLE §12): on each tick it gathers the inputs, calls the pure
 * `evaluateRules`, writes instances + transitions in one transaction, then plans (grouping,
 * mutes, dedup) and delivers notifications, queues the digest and drains the outbox. Runs on
 * the injected clock and scheduler; restores its state from SQLite after a restart.
 */
import type { AlertInstance, AlertRule, AlertSettings } from '../../../shared/domain/alerts';
import type { Clock, Scheduler, TimerHandle } from '../util/clock';
import type { Logger } from '../util/logger';
import type { AlertsRepo } from './alerts-repo';
import { sampleRule, type EvalInputs, type Series } from './conditions';
import { FOR_GRACE_MS, OUTAGE_TOLERANCE_MS } from './default-rules';
import { deliver, type DeliverDeps } from './deliver';
import { maybeQueueDigest, type DigestDeps } from './digest';
import { evaluateRules } from './evaluate-rules';
import { applyMutes } from './mute';
import { planChannel } from './plan-notifications';
import { desktopPolicy, emailPolicy } from './policies';
import type { SilencesRepo } from './silences-repo';

export interface EngineDeps extends Omit<DeliverDeps, 'repo'>, Omit<DigestDeps, 'repo' | 'outbox'> {
  clock: Clock;
  scheduler: Scheduler;
  log: Logger;
  repo: AlertsRepo;
  silences: SilencesRepo;
  settings(): AlertSettings;
  /** The inputs the orchestrator cannot know itself (collector, providers…). */
  gather(): Omit<EvalInputs, 'now' | 'startedAt' | 'outbox' | 'quotaPlanCredits' | 'lang'>;
  /** Collection interval: "no data" is muted this long after a resume. */
  intervalMs(): number;
  emailReady(): boolean;
  /** Something visible changed (states, mutes). */
  onChanged(): void;
}

/** A gap between two ticks longer than this means the machine slept (or MON_PS was closed). */
const gapMs = (s: AlertSettings) => Math.max(3 * s.evalIntervalSeconds * 1000, 5 * 60_000);

export class AlertEngine {
  #instances = new Map<string, AlertInstance>();
  #timers = new Map<string, number>();
  #timer: TimerHandle | undefined;
  #running: Promise<void> | null = null;
  #paused = false;
  #started = false;
  #startedAt = 0;
  #lastTickAt: number | null = null;
  #resumedUntil: number | null = null;
  #inactive: string[] = [];

  constructor(private readonly d: EngineDeps) {}

  /** Restores the instances, applies restart rules, starts ticking (idempotent). */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.restore();
    this.#schedule(0);
  }

  /** Loads state from SQLite (also used by read-only commands such as `monps alerts`). */
  restore(): void {
    const now = this.d.clock.now();
    this.#startedAt = now;
    this.#instances = this.d.repo.loadInstances();
    const heartbeat = this.d.repo.getMeta('heartbeat');
    if (heartbeat === null) return;
    const down = now - heartbeat;
    const rules = this.#rules();
    for (const [fp, a] of this.#instances) {
      if (a.state !== 'pending') continue;
      if (down > OUTAGE_TOLERANCE_MS)
        this.#instances.delete(fp); // too long: `for` restarts from zero
      else {
        const forMs = rules.get(a.ruleId)?.forMs ?? 0;
        if (forMs > FOR_GRACE_MS) a.activeAt = Math.max(a.activeAt, now + FOR_GRACE_MS - forMs);
      }
    }
    if (down > gapMs(this.d.settings())) this.#resumedUntil = now + this.d.intervalMs();
  }

  stop(): Promise<void> {
    this.#started = false;
    this.#timer?.cancel();
    this.#timer = undefined;
    return this.#running ?? Promise.resolve();
  }

  pause(): void {
    this.#paused = true;
  }

  /** Back from sleep: mute "no data" for one interval, evaluate at once. */
  resume(): void {
    this.#paused = false;
    this.#resumedUntil = this.d.clock.now() + this.d.intervalMs();
    if (this.#started) this.#schedule(0);
  }

  /** Evaluates soon (after a collection). */
  poke(): void {
    if (this.#started && !this.#paused) this.#schedule(0);
  }

  /** One evaluation and delivery; concurrent calls share the one in flight. */
  runOnce(): Promise<void> {
    this.#running ??= this.#run()
      .catch((e) => this.d.log.error('alert evaluation failed', { error: e instanceof Error ? e.message : String(e) }))
      .finally(() => (this.#running = null));
    return this.#running;
  }

  /** Current instances with their mute reasons. */
  instances(): AlertInstance[] {
    return applyMutes([...this.#instances.values()], this.#muteCtx(this.d.clock.now(), this.d.settings()));
  }

  inactiveRules(): string[] {
    return this.#inactive;
  }

  lastEvaluatedAt(): number | null {
    return this.#lastTickAt;
  }

  /** Writes a digest now (the "send a test" of the digest, and the CLI). */
  queueDigestNow(): void {
    const s = this.d.settings();
    maybeQueueDigest(this.d.clock.now(), s, this.instances(), this.#rules(), { ...this.d, repo: this.d.repo, outbox: this.d.outbox }, true);
  }

  #rules(): Map<string, AlertRule> {
    return new Map(this.d.settings().rules.map((r) => [r.id, r]));
  }

  #muteCtx(now: number, s: AlertSettings) {
    return {
      now,
      rules: new Map(s.rules.map((r) => [r.id, r])),
      silences: this.d.silences.recent(now, 0),
      resumedUntil: this.#resumedUntil,
    };
  }

  #schedule(ms: number): void {
    this.#timer?.cancel();
    this.#timer = this.d.scheduler.setTimeout(() => {
      this.#timer = undefined;
      void (this.#paused ? Promise.resolve() : this.runOnce()).finally(() => {
        if (this.#started && !this.#timer) this.#schedule(this.d.settings().evalIntervalSeconds * 1000);
      });
    }, ms);
  }

  async #run(): Promise<void> {
    const now = this.d.clock.now();
    const s = this.d.settings();
    if (this.#lastTickAt !== null && now - this.#lastTickAt > s.evalIntervalSeconds * 1000 + gapMs(s)) {
      this.d.log.info('the clock jumped (sleep?): muting "no data" for one interval', { gapMs: now - this.#lastTickAt });
      this.#resumedUntil = now + this.d.intervalMs();
    }
    this.#lastTickAt = now;
    const stats = this.d.outbox.stats();
    const inputs: EvalInputs = {
      ...this.d.gather(),
      now,
      startedAt: this.#startedAt,
      outbox: stats,
      quotaPlanCredits: s.quotaPlanCredits,
      lang: this.d.language(),
    };
    const samples = new Map<string, Series[] | null>();
    for (const r of s.rules) {
      try {
        samples.set(r.id, sampleRule(r, inputs));
      } catch (e) {
        this.d.log.warn(`rule ${r.id} could not be evaluated`, { error: e instanceof Error ? e.message : String(e) });
        samples.set(r.id, null);
      }
    }
    this.#inactive = s.rules.filter((r) => r.enabled && samples.get(r.id) === null).map((r) => r.id);
    const { next, transitions } = evaluateRules(s.rules, samples, this.#instances, now);
    this.d.repo.saveEvaluation(next, transitions, now);
    this.#instances = next;
    if (transitions.length) this.d.onChanged();

    const all = applyMutes([...next.values()], this.#muteCtx(now, s));
    const deps = { ...this.d, repo: this.d.repo };
    let sent = false;
    if (this.d.desktop.availability().available) {
      for (const p of planChannel(desktopPolicy(s), s.rules, all, (g) => this.d.repo.logEntry(g, 'desktop'), this.#timers, now)) {
        await deliver(p, now, deps);
        sent = true;
      }
    }
    if (this.d.emailReady()) {
      for (const p of planChannel(emailPolicy(s), s.rules, all, (g) => this.d.repo.logEntry(g, 'email'), this.#timers, now)) {
        await deliver(p, now, deps);
        sent = true;
      }
      if (
        s.email.enabled &&
        s.email.digest &&
        maybeQueueDigest(now, s, all, this.#rules(), { ...this.d, repo: this.d.repo, outbox: this.d.outbox })
      )
        sent = true;
      if ((await this.d.outbox.drain()) > 0 || stats.pending > 0) sent = true;
    }
    if (sent) this.d.onChanged();
  }
}
