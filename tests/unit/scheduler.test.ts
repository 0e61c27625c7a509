import { describe, expect, it } from 'vitest';
import { createScheduler, type JobRunRecord } from '../../electron/core/scheduler/scheduler';
import { ManualTime } from '../../electron/core/util/clock';

const MIN = 60_000;
const T0 = Date.UTC(2026, 2, 14, 8, 0);
/** Lets promise chains started outside a timer (resume, runNow) finish. */
const settle = () => new Promise((r) => setImmediate(r));

/** A manual clock whose wall time can also jump without firing timers (a sleeping laptop). */
function fakeTime() {
  const time = new ManualTime(T0);
  let offset = 0;
  const clock = { now: () => time.now() + offset };
  return { time, clock, jump: (ms: number) => void (offset += ms) };
}

/** A job whose runs end only when the test says so. */
function gatedJob() {
  const gates: Array<() => void> = [];
  const signals: AbortSignal[] = [];
  let starts = 0;
  return {
    get starts() {
      return starts;
    },
    signals,
    release: () => gates.shift()?.(),
    run: (signal: AbortSignal) =>
      new Promise<void>((resolve, reject) => {
        starts++;
        signals.push(signal);
        gates.push(resolve);
        signal.addEventListener('abort', () => reject(new Error(String(signal.reason))), { once: true });
      }),
  };
}

describe('scheduler', () => {
  it('runs a job every interval and records each run', async () => {
    const { time, clock } = fakeTime();
    const recs: JobRunRecord[] = [];
    const s = createScheduler({ clock, timers: time, onRecord: (r) => recs.push(r) });
    let n = 0;
    s.add({ name: 'backup', intervalMs: 10 * MIN, run: () => void n++ });
    s.start();
    await time.advance(35 * MIN);
    expect(n).toBe(3);
    expect(recs.map((r) => r.outcome)).toEqual(['ok', 'ok', 'ok']);
    expect(s.jobs()[0]).toMatchObject({ name: 'backup', runs: 3, failures: 0, nextAt: T0 + 40 * MIN });
    await s.stop();
  });

  it('never overlaps a job: a tick during a long run is skipped and recorded', async () => {
    const { time, clock } = fakeTime();
    const s = createScheduler({ clock, timers: time, heartbeatMs: 10 * MIN });
    const job = gatedJob();
    s.add({ name: 'collector', intervalMs: MIN, firstDelayMs: 0, run: job.run, timeoutMs: 60 * MIN });
    s.start();
    await time.advance(1);
    expect(job.starts).toBe(1);
    const manual = s.runNow('collector'); // joins the run in progress
    await time.advance(5 * MIN);
    expect(job.starts).toBe(1);
    job.release();
    const r = await manual;
    expect(r.outcome).toBe('ok');
    await time.advance(MIN + 1);
    expect(job.starts).toBe(2);
    job.release();
    await s.stop();
  });

  it('aborts a run: stop(), abort() and the timeout reach the job through its signal', async () => {
    const { time, clock } = fakeTime();
    const recs: JobRunRecord[] = [];
    const s = createScheduler({ clock, timers: time, onRecord: (r) => recs.push(r), heartbeatMs: 60 * MIN });
    const job = gatedJob();
    s.add({ name: 'collector', intervalMs: 30 * MIN, firstDelayMs: 0, timeoutMs: 5 * MIN, run: job.run });
    s.start();
    await time.advance(1);
    s.abort('collector', 'user pressed stop');
    await s.idle();
    expect(recs.at(-1)).toMatchObject({ outcome: 'aborted', detail: 'user pressed stop' });
    await time.advance(30 * MIN);
    expect(job.starts).toBe(2);
    await time.advance(5 * MIN); // the second run hangs: its timeout aborts it
    await s.idle();
    expect(recs.at(-1)?.outcome).toBe('aborted');
    expect(recs.at(-1)?.detail).toMatch(/longer than 300 s/);
    await time.advance(30 * MIN);
    const stopping = s.stop('quit');
    await stopping;
    expect(job.signals.at(-1)?.aborted).toBe(true);
    expect(recs.at(-1)).toMatchObject({ outcome: 'aborted', detail: 'quit' });
  });

  it('pause skips the ticks; resume runs the missed job once, then the interval goes on', async () => {
    const { time, clock } = fakeTime();
    const s = createScheduler({ clock, timers: time, heartbeatMs: 60 * MIN });
    let n = 0;
    s.add({ name: 'settlement', intervalMs: 10 * MIN, run: () => void n++ });
    s.add({ name: 'alerts', intervalMs: 10 * MIN, run: () => undefined });
    s.start();
    s.pause('settlement');
    await time.advance(35 * MIN);
    expect(n).toBe(0);
    expect(s.records('settlement').every((r) => r.outcome === 'skipped' && r.detail === 'paused')).toBe(true);
    expect(s.records('alerts').filter((r) => r.outcome === 'ok')).toHaveLength(3);
    s.resume('settlement');
    await settle();
    await time.advance(1);
    expect(n).toBe(1);
    await time.advance(10 * MIN);
    expect(n).toBe(2);
    s.pause();
    await time.advance(30 * MIN);
    expect(n).toBe(2);
    s.resume();
    await settle();
    await time.advance(1);
    expect(n).toBe(3);
    await s.stop();
  });

  it('a clock jump (sleep) aborts the run in flight and runs each overdue job once, not once per missed interval', async () => {
    const { time, clock, jump } = fakeTime();
    const gaps: number[] = [];
    const s = createScheduler({ clock, timers: time, heartbeatMs: 30_000, jumpToleranceMs: 2 * MIN, onSuspend: (g) => gaps.push(g) });
    const job = gatedJob();
    let backups = 0;
    s.add({ name: 'collector', intervalMs: 10 * MIN, firstDelayMs: 0, run: job.run, timeoutMs: 24 * 60 * MIN });
    s.add({ name: 'backup', intervalMs: 60 * MIN, run: () => void backups++ });
    s.start();
    await time.advance(1);
    expect(job.starts).toBe(1);
    jump(8 * 60 * MIN); // the laptop slept 8 hours
    await time.advance(30_000);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toBeGreaterThan(7 * 60 * MIN);
    expect(job.signals[0]?.aborted).toBe(true);
    await time.advance(1);
    expect(backups).toBe(1); // one catch-up backup, not eight
    expect(job.starts).toBe(2); // the collector starts afresh once
    expect(s.records('collector').find((r) => r.outcome === 'aborted')?.detail).toBe('the machine slept');
    job.release();
    await s.stop();
  });

  it('a failing job is recorded as failed and keeps its schedule', async () => {
    const { time, clock } = fakeTime();
    const s = createScheduler({ clock, timers: time, heartbeatMs: 60 * MIN });
    s.add({
      name: 'digest',
      intervalMs: 10 * MIN,
      run: () => {
        throw new Error('smtp down');
      },
    });
    s.start();
    await time.advance(25 * MIN);
    expect(s.jobs()[0]).toMatchObject({ runs: 2, failures: 2 });
    expect(s.records('digest')[0]).toMatchObject({ outcome: 'failed', detail: 'smtp down' });
    await s.stop();
  });

  it('a job with next() is asked when it is due (the planner decides)', async () => {
    const { time, clock } = fakeTime();
    const s = createScheduler({ clock, timers: time, heartbeatMs: 60 * MIN });
    const at: number[] = [];
    const dues = [T0 + 5 * MIN, T0 + 7 * MIN, T0 + 60 * MIN];
    s.add({ name: 'collector', next: () => dues.shift() ?? null, run: () => void at.push(clock.now()) });
    s.start();
    await time.advance(2 * 60 * MIN);
    expect(at).toEqual([T0 + 5 * MIN, T0 + 7 * MIN, T0 + 60 * MIN]);
    expect(() => s.add({ name: 'collector', intervalMs: MIN, run: () => undefined })).toThrow(/already scheduled/);
    await s.removeAll('coll');
    expect(s.jobs()).toEqual([]);
    await s.stop();
  });
});
