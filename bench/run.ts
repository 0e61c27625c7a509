/**
 * `npm run bench`: the speed and memory targets of the issues, measured on this machine and
 * written to bench/results.json with the machine and versions that produced them.
 * Not part of `npm test`. Without arguments each group of cases runs in a process of its own
 * (one case's heap never slows the next one down); `npm run bench -- scan` runs one group here.
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchBoardQuery, benchIngest, benchReplay, benchServeRss, buildMillionDb } from './cases';
import { benchHistoryImport } from './history-import';
import { benchBankrollStats } from './bankroll';
import { benchEconomy } from './economy';
import { benchReplayWithScanners, benchScanBoard } from './scan';
import { benchClosing } from './closing';

interface Result {
  name: string;
  value: number;
  unit: string;
  target?: string;
  pass?: boolean;
  note?: string;
}

async function main() {
  const only = process.argv.slice(2);
  const want = (n: string) => only.length === 0 || only.some((o) => n.includes(o));
  const results: Result[] = [];
  const tmp = join(process.cwd(), 'bench', 'tmp');
  /** Each case starts from a collected heap: no case pays for another's garbage. */
  const settle = () => (globalThis as { gc?: () => void }).gc?.();
  mkdirSync(tmp, { recursive: true });

  settle();
  if (want('ingest') || want('unchanged')) {
    const r = benchIngest(tmp);
    results.push({
      name: 'ingest_prices_per_s',
      value: r.ingest,
      unit: 'prices/s',
      target: '>= 300000',
      pass: r.ingest >= 300_000,
      note: 'JSON.parse + schema check + normalize + store, new prices (real EPL shape, 19 books, h2h 3-way)',
    });
    results.push({
      name: 'unchanged_poll_prices_per_s',
      value: r.unchanged,
      unit: 'prices/s',
      target: '>= 1000000',
      pass: r.unchanged >= 1_000_000,
      note: 'store stage of a poll in which nothing moved (no history rows; one seen-time write per event)',
    });
    results.push({
      name: 'unchanged_poll_full_pipeline_prices_per_s',
      value: r.unchangedFull,
      unit: 'prices/s',
      note: 'the same poll including JSON.parse + schema check + normalize',
    });
  }
  settle();
  if (want('board') || want('serve')) {
    const file = buildMillionDb(tmp);
    if (want('board')) {
      const b = benchBoardQuery(file);
      results.push({
        name: 'board_query_ms_1m',
        value: b.listMs,
        unit: 'ms',
        target: '< 20',
        pass: b.listMs < 20,
        note: `median of odds:list-events for one sport (${b.events} events) with ${b.rows} stored price changes`,
      });
      results.push({ name: 'event_grid_ms_1m', value: b.eventMs, unit: 'ms', note: 'median of odds:get-event (the expanded grid)' });
    }
    if (want('serve')) {
      const rss = await benchServeRss(file, tmp);
      results.push({
        name: 'serve_rss_mb_1m',
        value: rss,
        unit: 'MB',
        target: '< 200',
        pass: rss < 200,
        note: 'VmRSS of `monps serve` after board, grid and history requests over its WebSocket',
      });
    }
  }
  settle();
  if (want('settle') || want('closing')) {
    const c = await benchClosing(buildMillionDb(tmp), tmp);
    results.push({
      name: 'settle_ms_1k_bets',
      value: c.settleMs,
      unit: 'ms',
      target: '< 500',
      pass: c.settleMs < 500,
      note: `one settlement pass (database only) computing raw and no-vig CLV of ${c.bets} bets over the 1 M-price history`,
    });
    results.push({
      name: 'export_closing_lines_s_1m',
      value: c.exportS,
      unit: 's',
      target: '< 5',
      pass: c.exportS < 5,
      note: `monps export closing-lines of the 1 M-price history (${c.rows} rows)`,
    });
  }
  settle();
  if (want('replay')) {
    const s = await benchReplay(tmp);
    results.push({
      name: 'replay_wc_group_stage_s',
      value: s,
      unit: 's',
      note: 'in-process replay of the 878-snapshot World Cup recording into a fresh database (best of 2)',
    });
    const ws = await benchReplayWithScanners(tmp);
    results.push({
      name: 'replay_wc_group_stage_with_scanners_s',
      value: ws,
      unit: 's',
      target: `< ${(1.5 * s).toFixed(2)} (1.5 × without)`,
      pass: ws < 1.5 * s,
      note: 'the same replay with every scanner and the lifecycle run on each snapshot at its fetched_at (best of 2)',
    });
  }
  settle();
  if (want('scan')) {
    const b = benchScanBoard(tmp);
    results.push({
      name: 'scan_board_ms',
      value: b.scanMs,
      unit: 'ms',
      target: '< 50',
      pass: b.scanMs < 50,
      note: `median: the active board read from the odds store's memory (${b.quotes} quotes: 1,000 events × 20 books × h2h/spreads/totals) + every scanner; with the lifecycle write: ${b.withLifecycleMs.toFixed(0)} ms`,
    });
  }
  settle();
  if (want('stats')) {
    const b = benchBankrollStats(tmp);
    results.push({
      name: 'stats_ms_10k_bets',
      value: b.analyticsMs,
      unit: 'ms',
      target: '< 50',
      pass: b.analyticsMs < 50,
      note: `median: load 10,000 bets from SQLite + every Analytics aggregate (stats --json alone: ${b.statsMs.toFixed(1)} ms)`,
    });
  }
  settle();
  if (want('economy')) {
    const e = await benchEconomy(tmp);
    const setup = `${e.days} simulated days, 6 sports (the simulator's 3 soccer leagues + NBA, NHL, ATP), h2h+totals, region eu, 500-credit month, a bet on every 3rd soccer event (${e.betEvents})`;
    results.push({
      name: 'economy_credits_used',
      value: e.creditsUsed,
      unit: 'credits',
      target: `<= ${e.budget}`,
      pass: e.creditsUsed <= e.budget,
      note: `${setup}; the simulator's own accounting of the planned collector's calls (${e.plannerOddsCalls} /odds); /scores are the settlement job's and not counted`,
    });
    results.push({
      name: 'economy_recall_planner',
      value: e.recallPlanner,
      unit: 'share',
      note: `of the ${e.referenceOpportunities} surebets and value prices a 5-minute poll of every sport saw, the share the planner's calls saw`,
    });
    results.push({
      name: 'economy_recall_uniform',
      value: e.recallUniform,
      unit: 'share',
      target: `planner >= 2 × uniform`,
      pass: e.recallPlanner >= 2 * e.recallUniform,
      note: `a fixed poll of every sport every ${e.uniformIntervalMin} min spending the same credits`,
    });
    results.push({
      name: 'economy_closing_lines_captured',
      value: e.closingPlanner,
      unit: 'share',
      target: '1.0',
      pass: e.closingPlanner >= 1,
      note: `events with a bet whose price was observed within 10 min before kick-off (uniform: ${e.closingUniform.toFixed(2)})`,
    });
  }
  settle();
  if (want('import_football_data')) {
    const h = benchHistoryImport(tmp);
    results.push({
      name: 'import_football_data_season_ms',
      value: h.ms,
      unit: 'ms',
      note: `median of 5: read + parse + store E0 2023/24 (${h.matches} matches, ${h.prices} prices incl. Max/Avg) into a fresh database`,
    });
  }

  const machine = {
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    sqlite: await sqliteVersion(),
    betterSqlite3: JSON.parse(readFileSync('node_modules/better-sqlite3/package.json', 'utf8')).version,
    date: new Date().toISOString(),
  };
  // a run of some cases (npm run bench -- scan) keeps the other cases' last figures
  let previous: Result[] = [];
  try {
    previous = (JSON.parse(readFileSync('bench/results.json', 'utf8')) as { results: Result[] }).results;
  } catch {
    previous = [];
  }
  const names = new Set(results.map((r) => r.name));
  const out = { machine, results: [...previous.filter((r) => !names.has(r.name)), ...results] };
  writeFileSync('bench/results.json', JSON.stringify(out, null, 2) + '\n');
  for (const r of results) {
    const mark = r.pass === undefined ? ' ' : r.pass ? '✓' : '✗';
    console.log(
      `${mark} ${r.name.padEnd(42)} ${String(Math.round(r.value * 100) / 100).padStart(12)} ${r.unit}${r.target ? `  (target ${r.target})` : ''}`,
    );
  }
  console.log('written to bench/results.json');
}

async function sqliteVersion(): Promise<string> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(':memory:');
  const v = (db.prepare('select sqlite_version() AS v').get() as { v: string }).v;
  db.close();
  return v;
}

const GROUPS = ['ingest', 'board', 'serve', 'closing', 'replay', 'scan', 'stats', 'import_football_data'];

if (process.argv.length > 2) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  for (const group of GROUPS) {
    const r = spawnSync(process.execPath, [...process.execArgv, process.argv[1], group], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
