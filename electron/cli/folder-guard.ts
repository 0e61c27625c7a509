/**
 * The data-folder lock from the CLI's side (electron/core/folder-lock.ts), in ONE place: a
 * commander `preAction` hook installed by `buildProgram` (`installFolderGuard(program)`), so
 * the commands themselves do not change.
 * - A command that WRITES (table below) refuses while the desktop app or `monps serve` runs on
 *   the folder: "MON_PS is running on this folder (pid N): <what> from the app, or stop it
 *   first" (exit 1). `what` is the app's way to do the same; null when the app has none (a
 *   replay, a football-data import): then "…: stop it first".
 * - `serve` holds the lock while it runs (a second host on the folder refuses to start);
 *   `restore` holds it while it swaps the files (no host starts in the middle of it).
 * - Reading commands (`export *`, `stats`, `alerts`, `alerts rules`, `status`) and `backup` (an
 *   online copy, safe while the app runs) are not guarded.
 * A new command that writes adds one line to WRITES.
 */
import type { Command } from 'commander';
import {
  acquireFolderLock,
  FolderLocked,
  holderLabel,
  liveHolder,
  runningMessage,
  type FolderLock,
  type LockHostKind,
} from '../core/folder-lock';
import { ensurePrivateDir } from '../core/util/private-files';
import { CliError, dataDirOf } from './cli-context';

/** Command path → what to do in the app instead (null: the app cannot do it). */
export const WRITES: Readonly<Record<string, string | null>> = {
  restore: 'restore',
  collect: 'collect',
  replay: null,
  'import football-data': null,
  'import bets': 'import the bets',
  'bankroll deposit': 'record the deposit',
  'bankroll withdraw': 'record the withdrawal',
  settle: 'settle',
  silence: 'snooze the rule',
};

/** Commands that hold the lock for as long as they run. */
const HOLDS: Readonly<Record<string, LockHostKind>> = { serve: 'serve', restore: 'cli' };

/** Throws a CliError when a live host holds `dataDir`. */
export function refuseWhileHostRuns(dataDir: string, doWhat: string | null): void {
  const holder = liveHolder(dataDir);
  if (holder) throw new CliError(runningMessage(holder, doWhat), 1);
}

/** Takes the lock for this process (released at exit), or a CliError naming the live holder. */
export function holdFolderLock(dataDir: string, host: LockHostKind = 'cli'): FolderLock {
  try {
    return acquireFolderLock(dataDir, host);
  } catch (e) {
    if (e instanceof FolderLocked) throw new CliError(`${e.message}: stop ${holderLabel(e.holder)} first, or give another --data-dir`, 1);
    throw e;
  }
}

/** "import bets" for `monps import bets …`. */
function pathOf(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

export function installFolderGuard(program: Command): void {
  const held: FolderLock[] = [];
  program.hook('preAction', (_root, action) => {
    const path = pathOf(action);
    const writes = path in WRITES;
    const holds = HOLDS[path];
    if (!writes && !holds) return;
    const dataDir = dataDirOf(action);
    ensurePrivateDir(dataDir);
    if (writes) refuseWhileHostRuns(dataDir, WRITES[path] ?? null);
    if (holds) held.push(holdFolderLock(dataDir, holds));
  });
  // serve never gets here (it runs until a signal; the lock goes when the process exits)
  program.hook('postAction', () => {
    for (const l of held.splice(0)) l.release();
  });
}
