/**
 * Pauses collection while the machine sleeps or the screen is locked, and resumes it after
 * (STYLE §11: that wiring lives in main, not in the core). A pause the user chose is kept:
 * power events only undo the pauses they made themselves. powerMonitor is injected.
 */
import type { PowerMonitor } from 'electron';
import type { Logger } from '../core/util/logger';

export interface PowerTarget {
  pause(): void;
  resume(): void;
  /** Whether collection is paused right now (by anyone). */
  isPaused(): boolean;
  /** Tells the window and the tray that the status changed. */
  announce(): void;
}

type Reason = 'suspend' | 'lock';
type PowerEvents = Pick<PowerMonitor, 'on' | 'removeListener'>;

/** Starts watching; returns the function that stops. */
export function watchPower(powerMonitor: PowerEvents, target: PowerTarget, log: Logger): () => void {
  const reasons = new Set<Reason>();
  let pausedByUs = false;

  const enter = (reason: Reason) => () => {
    const wasIdle = reasons.size === 0;
    reasons.add(reason);
    if (!wasIdle || target.isPaused()) return;
    pausedByUs = true;
    target.pause();
    log.info('collection paused', { reason });
    target.announce();
  };
  const leave = (reason: Reason) => () => {
    reasons.delete(reason);
    if (reasons.size > 0 || !pausedByUs) return;
    pausedByUs = false;
    target.resume();
    log.info('collection resumed', { after: reason });
    target.announce();
  };

  const handlers = {
    suspend: enter('suspend'),
    'lock-screen': enter('lock'),
    resume: leave('suspend'),
    'unlock-screen': leave('lock'),
  } as const;
  for (const [event, fn] of Object.entries(handlers)) powerMonitor.on(event as 'suspend', fn);
  return () => {
    for (const [event, fn] of Object.entries(handlers)) powerMonitor.removeListener(event as 'suspend', fn);
  };
}
