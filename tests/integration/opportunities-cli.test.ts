/**
 * The CLI in a child process: `monps replay` runs the scanners on every snapshot, and
 * `monps export opportunities --out FILE.csv` writes the lifecycle with the columns.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { tempDir, WORLD_CUP_REPLAY } from '../helpers/fixtures';

describe('monps replay + export opportunities', () => {
  it('replays a slice of the World Cup with the scanners and exports one row per opportunity', async () => {
    const dir = tempDir();
    // the first 200 snapshots keep the child process quick
    const slice = join(dir, 'slice.jsonl');
    writeFileSync(slice, gunzipSync(readFileSync(WORLD_CUP_REPLAY)).toString('utf8').split('\n').slice(0, 200).join('\n') + '\n');
    const env = { ODDS_API_KEY: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' };
    const replay = await runCli(['--data-dir', dir, 'replay', slice], env);
    expect(replay.code, replay.stderr).toBe(0);
    const out = join(dir, 'opps.csv');
    const exp = await runCli(['--data-dir', dir, 'export', 'opportunities', '--out', out], env);
    expect(exp.code, exp.stderr).toBe(0);
    const rows = parse(readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(exp.stdout).toContain(`${rows.length} opportunities written`);
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0])).toEqual([
      'id',
      'kind',
      'event_id',
      'sport',
      'commence_time',
      'home',
      'away',
      'market',
      'point',
      'leg1_outcome',
      'leg1_bookmaker',
      'leg1_price',
      'leg2_outcome',
      'leg2_bookmaker',
      'leg2_price',
      'leg3_outcome',
      'leg3_bookmaker',
      'leg3_price',
      'edge',
      'first_seen',
      'last_seen',
      'peak_edge',
      'status',
      'suspicious',
      'bet',
      'close_price',
      'clv',
      'clv_novig',
      'beat_close',
      'result',
    ]);
    for (const r of rows) {
      expect(['surebet', 'value', 'drop', 'gap']).toContain(r.kind);
      expect(Number.isFinite(Number(r.edge))).toBe(true);
      expect(Number(r.peak_edge)).toBeGreaterThanOrEqual(Number(r.edge));
      expect(Date.parse(r.last_seen)).toBeGreaterThanOrEqual(Date.parse(r.first_seen));
      expect(Number(r.leg1_price)).toBeGreaterThan(1);
    }
    const bad = await runCli(['--data-dir', dir, 'export', 'opportunities', '--out', join(dir, 'nope', 'x.csv')], env);
    expect(bad.code).toBe(2);
  }, 30_000);
});
