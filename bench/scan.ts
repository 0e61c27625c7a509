/**
 * Benchmarks of the opportunity scanners: every scanner over a board of 1,000 events × 20
 * books × 3 markets (h2h 3-way, spreads, totals), and the World Cup replay with the scanners
 * run per snapshot (to compare with `replay_wc_group_stage_s`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { OPPORTUNITY_DEFAULTS } from '../shared/domain/opportunities';
import { openDatabase } from '../electron/core/db/open-database';
import { createOddsStore } from '../electron/core/ingest/odds-store';
import { createOpportunityEngine } from '../electron/core/opportunities/engine';
import type { NormalizedEvent, NormalizedMarket } from '../electron/core/providers/types';
import { replayRecording } from '../electron/core/replay/replay';
import { createLogger, silentSink } from '../electron/core/util/logger';
import { openWorkspace } from '../electron/core/workspace';
import { mulberry32 } from './synthetic';

const START = Date.UTC(2026, 10, 26, 12);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const BOOKS = ['pinnacle', 'betfair_ex_eu', 'matchbook', ...Array.from({ length: 17 }, (_, i) => `book${i}`)];

/** Prices of a fair distribution with a book margin and noise, rounded to 2 decimals. */
function priced(p: number[], rnd: () => number, margin: number): number[] {
  return p.map((x) => Math.max(1.02, Math.round((1 / (x * (1 + margin))) * (0.97 + rnd() * 0.06) * 100) / 100));
}

/** 1,000 events × 20 books × h2h (3-way), spreads and totals, every book quoting every market. */
export function syntheticBoard(n = 1000, seed = 7): NormalizedEvent[] {
  const rnd = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => {
    const home = `Home ${i}`;
    const away = `Away ${i}`;
    const ph = 0.3 + rnd() * 0.3;
    const pd = 0.22 + rnd() * 0.08;
    const h2h = [ph, pd, 1 - ph - pd];
    return {
      id: `bench${i.toString(16).padStart(27, '0')}`,
      sportKey: 'soccer_bench',
      sportTitle: 'Bench',
      commenceTime: START + 86_400_000 + i * 60_000,
      homeTeam: home,
      awayTeam: away,
      bookmakers: BOOKS.map((key, b) => {
        const margin = b === 0 ? 0.025 : 0.05 + rnd() * 0.03;
        const m = (k: string, names: string[], probs: number[], points: (number | null)[]): NormalizedMarket => ({
          key: k,
          lastUpdate: null,
          outcomes: priced(probs, rnd, margin).map((price, j) => ({ name: names[j], price, point: points[j], description: null })),
        });
        return {
          key,
          title: key,
          lastUpdate: null,
          markets: [
            m('h2h', [home, 'Draw', away], h2h, [null, null, null]),
            m('spreads', [home, away], [0.5, 0.5], [-0.5, 0.5]),
            m('totals', ['Over', 'Under'], [0.5, 0.5], [2.5, 2.5]),
          ],
        };
      }),
    };
  });
}

/** Median ms of all the scanners over the board (read + scan), and of a scan that also records the lifecycle. */
export function benchScanBoard(tmp: string): { scanMs: number; withLifecycleMs: number; quotes: number; found: number } {
  const dir = mkdtempSync(join(tmp, 'scan-'));
  const db = openDatabase(join(dir, 'scan.sqlite'));
  const store = createOddsStore(db);
  const r = store.ingest({ sportKey: 'soccer_bench', observedAt: START, events: syntheticBoard() });
  const engine = createOpportunityEngine({ db, odds: store, settings: () => OPPORTUNITY_DEFAULTS, bankroll: () => 1000 });
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    found = engine.scanOnly(START + 60_000).found.length;
    times.push(performance.now() - t);
  }
  const rec: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    engine.scan(START + 60_000);
    rec.push(performance.now() - t);
  }
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return { scanMs: median(times.slice(3)), withLifecycleMs: median(rec.slice(1)), quotes: r.pricesSeen, found };
}

/** Seconds of the in-process World Cup replay with the scanners run on every snapshot: the best of `runs`, like the replay without. */
export async function benchReplayWithScanners(tmp: string, runs = 2): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmp, 'replay-scan-'));
    const ws = openWorkspace(dir, 'real', createLogger('bench', { sinks: [silentSink] }));
    const engine = createOpportunityEngine({ db: ws.db, odds: ws.odds, settings: () => OPPORTUNITY_DEFAULTS, bankroll: () => 1000 });
    (globalThis as { gc?: () => void }).gc?.();
    const t = performance.now();
    await replayRecording(ws, 'tests/fixtures/odds-api/replay/worldcup-2026-group-stage.jsonl.gz', {
      onSnapshot: (snap) =>
        engine.scan(
          snap.observedAt,
          snap.events.map((e) => e.id),
        ),
    });
    times.push((performance.now() - t) / 1000);
    ws.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return Math.min(...times);
}
