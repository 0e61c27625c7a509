/**
 * A workspace is one SQLite file with everything built on it. The real data and the demo
 * (simulated) data live in two files, so a demo never mixes into the user's real history.
 */
import { join } from 'node:path';
import { createBoardQueries } from './board/board-queries';
import { createRunsRepo } from './collector/runs-repo';
import { openDatabase, sqliteOpener, type WritableDb } from './db/open-database';
import { createOddsStore } from './ingest/odds-store';
import type { Logger } from './util/logger';

export type WorkspaceMode = 'real' | 'demo';

export function databaseFile(dataDir: string, mode: WorkspaceMode): string {
  return join(dataDir, mode === 'demo' ? 'demo.sqlite' : 'monps.sqlite');
}

export function openWorkspace(dataDir: string, mode: WorkspaceMode, log: Logger, nativeBinding?: string) {
  const file = databaseFile(dataDir, mode);
  const db: WritableDb = openDatabase(file, log, { nativeBinding });
  return {
    mode,
    file,
    db,
    /** Opens other SQLite files (backups, restores) with the same addon as `db`. */
    openSqlite: sqliteOpener(nativeBinding),
    odds: createOddsStore(db),
    runs: createRunsRepo(db),
    board: createBoardQueries(db),
    close(): void {
      db.close();
    },
  };
}

export type Workspace = ReturnType<typeof openWorkspace>;
