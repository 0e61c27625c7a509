/**
 * The data-folder lock from the CLI's side (electron/core/folder-lock.ts):
 * - `refuseWhileHostRuns`: first line of every command that writes (restore, imports,
 *   collect, bankroll, settle, silence…). While the desktop app or `monps serve` runs on the
 *   folder it exits non-zero with "MON_PS is running on this folder (pid N): <what> from the
 *   app, or stop it first". Reading commands (export, stats, alerts, backup) still run.
 * - `holdFolderLock`: a long-running command (serve) holds the lock as a host does.
 */
import { acquireFolderLock, FolderLocked, holderLabel, liveHolder, runningMessage, type FolderLock, type LockHostKind } from '../core/folder-lock';
import { CliError } from './cli-context';

/**
 * Throws a CliError when a live host holds `dataDir`; `doWhat`: what to do in the app instead
 * ("restore", "import the bets"), null when the app cannot do it.
 */
export function refuseWhileHostRuns(dataDir: string, doWhat: string | null): void {
  const holder = liveHolder(dataDir);
  if (holder) throw new CliError(runningMessage(holder, doWhat), 1);
}

/** Takes the lock for this process (released at exit), or a CliError naming the live holder. */
export function holdFolderLock(dataDir: string, host: LockHostKind = 'cli'): FolderLock {
  try {
    return acquireFolderLock(dataDir, host);
  } catch (e) {
    if (e instanceof FolderLocked) {
      throw new CliError(`${e.message}: stop ${holderLabel(e.holder)} first, or give another --data-dir`, 1);
    }
    throw e;
  }
}
