/** Time and timers, injected everywhere so tests can run days of scheduling in milliseconds. */

export interface Clock {
  now(): number;
}

export interface TimerHandle {
  cancel(): void;
}

export interface Scheduler {
  /** Runs fn once after ms (measured on the scheduler's clock). */
  setTimeout(fn: () => void, ms: number): TimerHandle;
}

export const systemClock: Clock = { now: () => Date.now() };

export const systemScheduler: Scheduler = {
  setTimeout(fn, ms) {
    const t = setTimeout(fn, Math.max(0, ms));
    t.unref?.();
    return { cancel: () => clearTimeout(t) };
  },
};

/**
 * A manual clock and scheduler for tests and replays: time only moves when `advance` or
 * `set` is called, and due timers fire in order.
 */
export class ManualTime implements Clock, Scheduler {
  #now: number;
  #timers: { at: number; seq: number; fn: () => void; live: boolean }[] = [];
  #seq = 0;

  constructor(start: number) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const timer = { at: this.#now + Math.max(0, ms), seq: this.#seq++, fn, live: true };
    this.#timers.push(timer);
    return { cancel: () => void (timer.live = false) };
  }

  /** Moves the clock to `to`, firing every due timer in time order. */
  async set(to: number): Promise<void> {
    for (;;) {
      const due = this.#timers.filter((t) => t.live && t.at <= to).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!due) break;
      due.live = false;
      this.#now = Math.max(this.#now, due.at);
      due.fn();
      // let async work started by the timer settle before the next one fires
      await new Promise((r) => setImmediate(r));
    }
    this.#timers = this.#timers.filter((t) => t.live);
    this.#now = Math.max(this.#now, to);
  }

  advance(ms: number): Promise<void> {
    return this.set(this.#now + ms);
  }
}
