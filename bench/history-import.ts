/** `import_football_data_season_ms`: one 380-match season (E0 2023/24) read, parsed and stored into a fresh database. */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { importFootballData } from '../electron/core/history-import/import-football-data';
import { createLogger, silentSink } from '../electron/core/util/logger';
import { openWorkspace } from '../electron/core/workspace';

const SEASON = 'tests/fixtures/football-data/E0_2324.csv';
const log = createLogger('bench', { sinks: [silentSink] });

/** Median of 5 imports of the season, each into a fresh file database (WAL, as the app opens it). */
export function benchHistoryImport(tmp: string): { ms: number; matches: number; prices: number } {
  const times: number[] = [];
  let matches = 0;
  let prices = 0;
  for (let rep = 0; rep < 5; rep++) {
    const dir = join(tmp, `history-import-${rep}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const ws = openWorkspace(dir, 'real', log);
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    const r = importFootballData(ws.db, ws.odds, [SEASON]);
    times.push(performance.now() - t0);
    matches = r.matches;
    prices = r.pricesChanged + r.referencesWritten;
    ws.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { ms: [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)], matches, prices };
}
