/** The benchmark cases: each builds its data, measures, and returns plain numbers. */
import { spawnServe } from '../tests/helpers/spawn-serve';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { createBoardQueries } from '../electron/core/board/board-queries';
import { openDatabase } from '../electron/core/db/open-database';
import { createOddsStore } from '../electron/core/ingest/odds-store';
import { oddsEventsParser } from '../electron/core/providers/odds-api/fast-odds-parser';
import { replayRecording } from '../electron/core/replay/replay';
import { createLogger, silentSink } from '../electron/core/util/logger';
import { openWorkspace } from '../electron/core/workspace';
import { countPrices, movePrices, syntheticOddsBody } from './synthetic';

const START = Date.UTC(2026, 10, 26, 12);
const log = createLogger('bench', { sinks: [silentSink] });
/** Collects the garbage of the set-up so it is not charged to the measured step. */
const settle = () => (globalThis as { gc?: () => void }).gc?.();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** What the client does with an /odds answer: JSON.parse, then validate + normalize. */
function parseAndNormalize(text: string) {
  const r = oddsEventsParser({ oddsFormat: 'decimal' }).safeParse(JSON.parse(text));
  if (!r.success) throw new Error('invalid body');
  return r.data;
}

export function benchIngest(tmp: string): { ingest: number; unchanged: number; unchangedFull: number } {
  const ingestRates: number[] = [];
  const unchangedRates: number[] = [];
  const fullRates: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    const file = join(tmp, `ingest-${rep}.sqlite`);
    for (const f of [file, file + '-wal', file + '-shm']) rmSync(f, { force: true });
    const db = openDatabase(file);
    const store = createOddsStore(db);
    const body = syntheticOddsBody(2000, { start: START, seed: rep + 1, idPrefix: `r${rep}` });
    const n = countPrices(body);
    const text = JSON.stringify(body);
    settle();
    let t = performance.now();
    const events = parseAndNormalize(text);
    const r = store.ingest({ sportKey: 'soccer_epl', observedAt: START - 86_400_000, events });
    ingestRates.push(n / ((performance.now() - t) / 1000));
    if (r.pricesChanged !== n) throw new Error(`expected ${n} new prices, stored ${r.pricesChanged}`);

    settle();
    t = performance.now();
    const again = store.ingest({ sportKey: 'soccer_epl', observedAt: START - 86_000_000, events });
    unchangedRates.push(n / ((performance.now() - t) / 1000));
    if (again.pricesChanged !== 0) throw new Error('an unchanged poll wrote history rows');

    settle();
    t = performance.now();
    store.ingest({ sportKey: 'soccer_epl', observedAt: START - 85_000_000, events: parseAndNormalize(text) });
    fullRates.push(n / ((performance.now() - t) / 1000));
    db.close();
  }
  return { ingest: median(ingestRates), unchanged: median(unchangedRates), unchangedFull: median(fullRates) };
}

/** 10 sports × 100 events × 19 books × h2h 3-way, then polls with movement up to ≥ 1 M price changes. */
export function buildMillionDb(tmp: string): string {
  const file = join(tmp, 'million.sqlite');
  if (existsSync(file)) {
    const db = openDatabase(file);
    const n = (db.prepare('SELECT count(*) AS n FROM price_history').get() as { n: number }).n;
    db.close();
    if (n >= 1_000_000) return file;
  }
  for (const f of [file, file + '-wal', file + '-shm']) rmSync(f, { force: true });
  const db = openDatabase(file);
  const store = createOddsStore(db);
  const sports = Array.from({ length: 10 }, (_, i) => `soccer_bench_${i}`);
  const bodies = sports.map((s, i) =>
    syntheticOddsBody(100, { start: START, seed: 100 + i, idPrefix: `s${i}x` }).map((e) => ({ ...e, sport_key: s })),
  );
  let total = 0;
  let at = START - 7 * 86_400_000;
  for (let poll = 0; total < 1_000_000; poll++) {
    for (const [i, s] of sports.entries()) {
      if (poll > 0) bodies[i] = movePrices(bodies[i], 0.8, poll * 100 + i);
      total += store.ingest({ sportKey: s, observedAt: at, events: parseAndNormalize(JSON.stringify(bodies[i])) }).pricesChanged;
    }
    at += 3600_000;
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return file;
}

export function benchBoardQuery(file: string): { listMs: number; eventMs: number; rows: number; events: number } {
  const db = openDatabase(file);
  const board = createBoardQueries(db);
  const rows = (db.prepare('SELECT count(*) AS n FROM price_history').get() as { n: number }).n;
  const times: number[] = [];
  const eventTimes: number[] = [];
  let events = 0;
  for (let i = 0; i < 30; i++) {
    const sport = `soccer_bench_${i % 10}`;
    let t = performance.now();
    const list = board.listEvents({ sportKey: sport }, START);
    times.push(performance.now() - t);
    events = list.length;
    t = performance.now();
    board.getEvent(list[i % list.length].id, START);
    eventTimes.push(performance.now() - t);
  }
  db.close();
  return { listMs: median(times.slice(5)), eventMs: median(eventTimes.slice(5)), rows, events };
}

/** Seconds of the in-process World Cup replay into a fresh database: the best of `runs` (the first warms the JIT). */
export async function benchReplay(tmp: string, runs = 2): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmp, 'replay-'));
    const ws = openWorkspace(dir, 'real', log);
    settle();
    const t = performance.now();
    await replayRecording(ws, 'tests/fixtures/odds-api/replay/worldcup-2026-group-stage.jsonl.gz');
    times.push((performance.now() - t) / 1000);
    ws.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return Math.min(...times);
}

export async function benchServeRss(file: string, tmp: string): Promise<number> {
  const dir = mkdtempSync(join(tmp, 'serve-'));
  copyFileSync(file, join(dir, 'monps.sqlite'));
  const { url, child } = await spawnServe(dir, {
    ODDS_API_KEY: 'benchbenchbenchbenchbenchbench00',
    ODDS_API_BASE_URL: 'http://127.0.0.1:9',
  });
  try {
    const ws = new WebSocket(url.replace('http', 'ws') + 'ws', { origin: url.slice(0, -1) });
    await new Promise((r, j) => {
      ws.once('open', r);
      ws.once('error', j);
    });
    let id = 0;
    const call = (channel: string, req: unknown) =>
      new Promise<unknown>((resolve) => {
        const my = ++id;
        const on = (d: WebSocket.RawData) => {
          const m = JSON.parse(String(d));
          if (m.id === my) {
            ws.off('message', on);
            resolve(m.result.value);
          }
        };
        ws.on('message', on);
        ws.send(JSON.stringify({ id: my, channel, req }));
      });
    for (let s = 0; s < 10; s++) {
      const list = (await call('odds:list-events', { sportKey: `soccer_bench_${s}` })) as { id: string; homeTeam: string }[];
      for (const ev of list.slice(0, 10)) {
        await call('odds:get-event', { eventId: ev.id });
        await call('odds:get-history', { eventId: ev.id, market: 'h2h', point: null, outcome: ev.homeTeam });
      }
    }
    ws.close();
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return kb / 1024;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}
