/**
 * The backup feature module: a daily automatic backup of the workspace database with
 * rotation (7 daily + 4 weekly), and the `backup:*` channels (list, back up now, restore).
 * Operations run one at a time. The automatic backup is the job `backup.auto` of the core's one
 * scheduler. Demo mode has no automatic backup (simulated data).
 */
import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupInfo, RestoreInfo } from '../../../shared/ipc/channels/backup';
import { AppError } from '../../../shared/ipc/result';
import type { ModuleContext } from '../modules';
import { defineModule } from '../module-kit/define-module';
import type { JobSpec } from '../scheduler/job';
import { backupInto, restoreClosed, restoreLive, RestoreRefused, type RestoreResult } from './backup';
import { backupsDir, listBackups, parseBackupName, selectKept, type BackupFile, type BackupKind } from './backup-files';

/** The automatic backup's period. */
export const DAY_MS = 86_400_000;
/** After start, the first automatic backup waits this long (so start-up is not slowed). */
export const FIRST_BACKUP_DELAY_MS = 60_000;
/** A failed automatic backup is retried after this delay. */
export const RETRY_MS = 3_600_000;

/**
 * The hook the backup module uses when create-core offers it: stop the collector and the
 * modules, close the workspace, run `during(databaseFile)`, reopen the workspace and restart.
 * Without it, a restore is done on the open database (see restoreLive).
 */
export interface WorkspaceReopenHook {
  reopenWorkspace(during: (databaseFile: string) => Promise<void>): Promise<void>;
}

const info = (b: BackupFile): BackupInfo => ({ name: b.name, kind: b.kind, takenAt: b.takenAt, sizeBytes: b.sizeBytes });

/** Builds the backup module for one workspace. `idle()` resolves when no operation is running (tests). */
export function createBackupModule(ctx: ModuleContext & Partial<WorkspaceReopenHook>) {
  const dir = backupsDir(ctx.dataDir);
  const dbTag = basename(ctx.ws.file).replace(/\.sqlite$/, '');
  const log = ctx.log.child('backup');
  let nextAutoAt: number | null = null;
  let stopped = false;
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs operations one after the other. */
  function serial<T>(fn: () => Promise<T>): Promise<T> {
    const p = queue.then(fn);
    queue = p.catch(() => undefined);
    return p;
  }

  const mine = (kind?: BackupKind) => listBackups(dir).filter((b) => b.db === dbTag && (!kind || b.kind === kind));

  /** Deletes the automatic backups the rotation does not keep. */
  function rotate(): void {
    const autos = mine('auto');
    const keep = selectKept(autos);
    autos.forEach((b, i) => {
      if (!keep.has(i)) rmSync(b.path, { force: true });
    });
  }

  async function take(kind: BackupKind): Promise<BackupFile> {
    const path = await backupInto(ctx.ws.db, ctx.ws.file, dir, kind, ctx.clock.now());
    if (kind === 'auto') rotate();
    const b = mine().find((x) => x.path === path);
    if (!b) throw new Error(`the backup ${path} disappeared`);
    log.info(`backup written`, { file: b.name, bytes: b.sizeBytes });
    return b;
  }

  /**
   * The daily backup, a job of the core's scheduler: the first one a minute after start (or 24 h
   * after the last one, if later), then 24 h after each one began; a failure is retried in an
   * hour. It runs while the core is paused too (it never did wait for a wake-up). None in demo.
   */
  const autoJob: JobSpec = {
    name: 'backup.auto',
    runWhilePaused: true,
    next(now, last) {
      nextAutoAt = null;
      if (stopped || ctx.isDemo()) return null;
      if (last === null) {
        const lastTaken = mine('auto')[0]?.takenAt;
        nextAutoAt = Math.max(now + FIRST_BACKUP_DELAY_MS, lastTaken === undefined ? 0 : lastTaken + DAY_MS);
      } else nextAutoAt = last.ok ? last.startedAt + DAY_MS : last.finishedAt + RETRY_MS;
      return nextAutoAt;
    },
    run: () =>
      serial(async () => {
        if (stopped) return;
        try {
          await take('auto');
        } catch (e) {
          log.error('automatic backup failed', { error: e instanceof Error ? e.message : String(e) });
          throw e;
        }
      }),
  };

  async function restore(name: string): Promise<RestoreInfo> {
    const parsed = parseBackupName(name);
    if (!parsed) throw new AppError('INVALID_REQUEST', `${name} is not a backup name`);
    if (parsed.db !== dbTag)
      throw new AppError('INVALID_REQUEST', `${name} is a backup of ${parsed.db}.sqlite, not of ${dbTag}.sqlite in use now`);
    const file = join(dir, name);
    const at = ctx.clock.now();
    let result: RestoreResult;
    try {
      if (ctx.reopenWorkspace) {
        let r: RestoreResult | null = null;
        const open = ctx.ws.openSqlite; // the host's addon (Electron's build under npm start)
        await ctx.reopenWorkspace(async (live) => {
          r = await restoreClosed(file, live, at, open);
        });
        result = r!;
      } else {
        result = await restoreLive(file, ctx.ws.db, ctx.ws.file, at, ctx.ws.openSqlite);
        ctx.ws.odds.resetCaches();
      }
    } catch (e) {
      if (e instanceof RestoreRefused) throw new AppError('INVALID_REQUEST', e.message);
      throw e;
    }
    const out: RestoreInfo = { ...result, restoredFrom: name, at };
    log.info('backup restored', { from: name, keptAs: result.keptAs });
    ctx.emit('backup:restored', out);
    return out;
  }

  return defineModule(
    {
      name: 'backup',
      handlers: {
        'backup:list': () => ({ dir, database: basename(ctx.ws.file), backups: mine().map(info), nextAutoAt }),
        'backup:create': () => serial(() => take('manual')).then(info),
        'backup:restore': (req) => serial(() => restore(req.name)),
      },
      jobs: [autoJob],
      stop() {
        stopped = true;
        nextAutoAt = null;
      },
    },
    {
      // one macrotask more: the scheduler plans the next run once the job's promise settles
      idle: (): Promise<void> => queue.then(() => new Promise<void>((r) => setImmediate(r))),
    },
  );
}
