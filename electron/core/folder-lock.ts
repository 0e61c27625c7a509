/**
 * The lock on a data folder. Every host — the desktop app, `monps serve`, any long-running CLI
 * command — holds it while it runs: `<data-dir>/monps.lock` (0600), a line of JSON with the
 * holder's PID, the time its process started and what it is. Commands that write (`monps
 * restore`, imports, bankroll…) refuse while a live host holds it: a restore under a running
 * host would delete the WAL the host still uses, and any other write would go behind the
 * caches of the host.
 *
 * Liveness: `process.kill(pid, 0)` (EPERM means alive: it exists, it is not ours). On Linux the
 * PID's start time (/proc) must also not be later than the one written in the lock, so a PID
 * reused by another program (a container restarted: the host is pid 7 every time) is not
 * taken for the host. A lock whose holder is gone, or that cannot be read, is stale: the next
 * host takes it over. The lock file appears whole (written aside, then hard-linked into place,
 * which fails when one exists), so a reader never sees a half-written one.
 * Not defended: two hosts taking over the same stale lock in the same few microseconds.
 *
 * Within one process the lock is counted (tests open several cores on one folder); the file
 * goes when the last holder releases it, or when the process exits.
 */
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRIVATE_FILE_MODE } from './util/private-files';

export const LOCK_FILE = 'monps.lock';

export type LockHostKind = 'desktop' | 'serve' | 'cli';

export interface LockHolder {
  pid: number;
  /** When the holder's process started (ISO 8601, UTC). */
  startedAt: string;
  host: LockHostKind;
}

/** Another live process holds the folder. */
export class FolderLocked extends Error {
  constructor(readonly holder: LockHolder) {
    super(`MON_PS is running on this folder (pid ${holder.pid})`);
    this.name = 'FolderLocked';
  }
}

export interface FolderLock {
  readonly file: string;
  readonly holder: LockHolder;
  /** Removes the lock (once this process's last holder releases it). Idempotent. */
  release(): void;
}

/** Injected in tests; the real system otherwise. */
export interface LockSystem {
  /** true when a process with this PID exists. */
  alive(pid: number): boolean;
  /** When the process with this PID started (ms since epoch), null when unknown. */
  startedAtOf(pid: number): number | null;
}

/** Slack between the start time written in a lock and the one /proc gives (whole seconds there). */
const START_SLACK_MS = 5_000;

export const systemLocks: LockSystem = {
  alive(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'EPERM';
    }
  },
  startedAtOf: linuxStartTime,
};

/** /proc/<pid>/stat's start time (clock ticks after boot, USER_HZ = 100) + /proc/stat's btime. */
function linuxStartTime(pid: number): number | null {
  if (process.platform !== 'linux') return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // the command name may hold spaces
    const ticks = Number(fields[19]); // field 22 of the full line
    const btime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    if (!Number.isFinite(ticks) || !Number.isFinite(btime)) return null;
    return btime * 1000 + ticks * 10;
  } catch {
    return null;
  }
}

function ownStartedAt(): string {
  return new Date(Math.round(Date.now() - process.uptime() * 1000)).toISOString();
}

export function lockFile(dataDir: string): string {
  return join(dataDir, LOCK_FILE);
}

/** The lock's content, or null when there is none or it is not a lock (then it is stale). */
function readHolder(file: string): LockHolder | null | 'none' {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'none';
    return null;
  }
  try {
    const h = JSON.parse(text) as Partial<LockHolder>;
    if (Number.isInteger(h.pid) && (h.pid as number) > 0 && typeof h.startedAt === 'string' && !Number.isNaN(Date.parse(h.startedAt))) {
      return { pid: h.pid as number, startedAt: h.startedAt, host: (h.host ?? 'cli') as LockHostKind };
    }
  } catch {
    /* not JSON: stale */
  }
  return null;
}

/** Is the process that wrote `h` still running? (this process counts as running) */
export function holderIsAlive(h: LockHolder, sys: LockSystem = systemLocks): boolean {
  if (h.pid === process.pid) return true;
  if (!sys.alive(h.pid)) return false;
  const started = sys.startedAtOf(h.pid);
  // a process that started after the lock was written is not the one that wrote it
  return started === null || started <= Date.parse(h.startedAt) + START_SLACK_MS;
}

/**
 * The live host holding `dataDir` (null when none, or when the lock is stale). A lock held by
 * this very process counts only when `includeSelf`.
 */
export function liveHolder(dataDir: string, opts: { includeSelf?: boolean; sys?: LockSystem } = {}): LockHolder | null {
  const h = readHolder(lockFile(dataDir));
  if (h === 'none' || h === null) return null;
  if (h.pid === process.pid) return opts.includeSelf ? h : null;
  return holderIsAlive(h, opts.sys) ? h : null;
}

const held = new Map<string, { count: number; holder: LockHolder }>();
let exitHook = false;

function sameHolder(a: LockHolder | null | 'none', b: LockHolder): boolean {
  return a !== null && a !== 'none' && a.pid === b.pid && a.startedAt === b.startedAt;
}

/** Writes the lock file whole, or returns false when one exists. */
function createLockFile(file: string, me: LockHolder): boolean {
  const text = JSON.stringify(me) + '\n';
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { mode: PRIVATE_FILE_MODE });
  try {
    linkSync(tmp, file);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // a file system without hard links: an exclusive create (there a reader may, for a moment,
    // see the file empty, and take it for stale)
    try {
      writeFileSync(file, text, { flag: 'wx', mode: PRIVATE_FILE_MODE });
      return true;
    } catch (e2) {
      if ((e2 as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e2;
    }
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Takes the lock on `dataDir` for this process (a stale one is taken over), or throws
 * FolderLocked naming the live holder.
 */
export function acquireFolderLock(dataDir: string, host: LockHostKind, sys: LockSystem = systemLocks): FolderLock {
  const file = lockFile(dataDir);
  const mine = held.get(file);
  if (mine) {
    mine.count++;
    return handle(file, mine.holder);
  }
  const me: LockHolder = { pid: process.pid, startedAt: ownStartedAt(), host };
  for (let attempt = 0; attempt < 10; attempt++) {
    if (createLockFile(file, me)) {
      held.set(file, { count: 1, holder: me });
      if (!exitHook) {
        exitHook = true;
        process.once('exit', releaseAllOnExit);
      }
      return handle(file, me);
    }
    const other = readHolder(file);
    if (other === 'none') continue; // released meanwhile
    if (other !== null && other.pid !== process.pid && holderIsAlive(other, sys)) throw new FolderLocked(other);
    // stale (its process is gone, or the file is not a lock): move it aside, check that what was
    // moved is what was judged stale, then try again
    const aside = `${file}.stale-${process.pid}-${attempt}`;
    try {
      renameSync(file, aside);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw e;
    }
    const moved = readHolder(aside);
    if (other !== null && !sameHolder(moved, other) && moved !== null && moved !== 'none' && holderIsAlive(moved, sys)) {
      // another host took it over between our read and our rename: give it back
      try {
        linkSync(aside, file);
      } finally {
        rmSync(aside, { force: true });
      }
      throw new FolderLocked(moved);
    }
    rmSync(aside, { force: true });
  }
  throw new Error(`could not take the lock ${file} (it keeps changing)`);
}

function handle(file: string, holder: LockHolder): FolderLock {
  let released = false;
  return {
    file,
    holder,
    release() {
      if (released) return;
      released = true;
      const mine = held.get(file);
      if (!mine || --mine.count > 0) return;
      held.delete(file);
      removeIfOurs(file, holder);
    },
  };
}

function removeIfOurs(file: string, holder: LockHolder): void {
  try {
    if (sameHolder(readHolder(file), holder)) rmSync(file, { force: true });
  } catch {
    /* leaving a stale lock is harmless: the next host takes it over */
  }
}

function releaseAllOnExit(): void {
  for (const [file, { holder }] of held) removeIfOurs(file, holder);
  held.clear();
}

/** What holds the lock, in words: "the desktop app", "monps serve". */
export function holderLabel(h: LockHolder): string {
  return h.host === 'desktop' ? 'the MON_PS app' : h.host === 'serve' ? '`monps serve`' : 'a running `monps` command';
}

/**
 * The refusal: `doWhat` says what to do in the app instead ("restore"); null when the app has
 * no such action (a replay, a football-data import): then only "stop it first".
 */
export function runningMessage(holder: LockHolder, doWhat: string | null): string {
  return `MON_PS is running on this folder (pid ${holder.pid}): ${doWhat ? `${doWhat} from the app, or stop it first` : 'stop it first'}`;
}
