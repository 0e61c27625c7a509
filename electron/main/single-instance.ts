/**
 * One MON_PS per user: two instances would run two collectors on the same SQLite file and
 * spend the API quota twice. A second launch only brings the first one's window forward.
 */
import type { App } from 'electron';

/** Returns false when another instance holds the lock: the caller must quit at once. */
export function claimSingleInstance(app: Pick<App, 'requestSingleInstanceLock' | 'on'>, onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => onSecondInstance());
  return true;
}
