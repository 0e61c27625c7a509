/**
 * The CLI end to end in a child process: replay the real World Cup recording and compare the
 * stored history with an independent count; exports; collection errors in words on stderr
 * with a non-zero exit code and nothing stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { startSimulator, type Simulator } from '../../electron/core/simulator';
import { runCli } from '../helpers/run-cli';
import { tempDir, WORLD_CUP_REPLAY } from '../helpers/fixtures';

type Line = {
  fetched_at: string;
  sport_key: string;
  body: {
    id: string;
    bookmakers: { key: string; markets: { key: string; outcomes: { name: string; price: number; point?: number }[] }[] }[];
  }[];
};

/** Counts price changes the simple way: per quote identity, a change whenever the raw price differs from the last one seen. */
function independentChangeCount(file: string): { changes: number; events: number; snapshots: number } {
  const lines = gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim());
  const last = new Map<string, number>();
  const events = new Set<string>();
  let changes = 0;
  for (const l of lines) {
    const snap = JSON.parse(l) as Line;
    for (const ev of snap.body) {
      events.add(ev.id);
      for (const b of ev.bookmakers)
        for (const m of b.markets)
          for (const o of m.outcomes) {
            const id = [ev.id, b.key, m.key, o.name, o.point ?? ''].join('|');
            if (last.get(id) !== o.price) {
              changes++;
              last.set(id, o.price);
            }
          }
    }
  }
  return { changes, events: events.size, snapshots: lines.length };
}

describe('monps replay', () => {
  const dir = tempDir();
  let replayOut: string;
  beforeAll(async () => {
    const r = await runCli(['--data-dir', dir, 'replay', WORLD_CUP_REPLAY]);
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    replayOut = r.stdout;
  }, 60_000);

  it('stores exactly the price changes an independent count finds', () => {
    const expected = independentChangeCount(WORLD_CUP_REPLAY);
    const db = new Database(join(dir, 'demo.sqlite'), { readonly: true });
    const stored = (db.prepare('SELECT count(*) AS n FROM price_history').get() as { n: number }).n;
    const events = (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
    db.close();
    expect(stored).toBe(expected.changes);
    expect(events).toBe(expected.events);
    expect(replayOut).toContain(`replayed ${expected.snapshots} snapshots`);
    expect(replayOut).toContain(`${expected.changes} price changes stored`);
  });

  it('exports one CSV row per stored price change, and the closing lines', async () => {
    const out = join(dir, 'odds.csv');
    const r = await runCli(['--data-dir', dir, 'export', 'odds', '--out', out]);
    expect(r.code).toBe(0);
    const rows = parse(readFileSync(out), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(independentChangeCount(WORLD_CUP_REPLAY).changes);
    expect(Object.keys(rows[0])).toEqual([
      'event_id',
      'sport',
      'commence_time',
      'home',
      'away',
      'bookmaker',
      'market',
      'outcome',
      'point',
      'price',
      'observed_at',
    ]);
    expect(Number(rows[0].price)).toBeGreaterThan(1);

    const closeOut = join(dir, 'close.csv');
    const c = await runCli(['--data-dir', dir, 'export', 'closing-lines', '--out', closeOut]);
    expect(c.code).toBe(0);
    const close = parse(readFileSync(closeOut), { columns: true }) as Record<string, string>[];
    expect(close.length).toBeGreaterThan(100);
    for (const row of close.slice(0, 200)) expect(Date.parse(row.observed_at)).toBeLessThan(Date.parse(row.commence_time));
  }, 60_000);

  it('a damaged recording is refused with the line number and stores nothing', async () => {
    const bad = join(tempDir(), 'bad.jsonl.gz');
    const text = gunzipSync(readFileSync(WORLD_CUP_REPLAY)).toString('utf8').split('\n').slice(0, 40);
    text[30] = text[30].slice(0, 200); // truncated line
    writeFileSync(bad, gzipSync(text.join('\n')));
    const fresh = tempDir();
    const r = await runCli(['--data-dir', fresh, 'replay', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/line 31: not valid JSON.*nothing was stored/);
    const db = new Database(join(fresh, 'demo.sqlite'), { readonly: true });
    expect((db.prepare('SELECT count(*) AS n FROM price_history').get() as { n: number }).n).toBe(0);
    db.close();
  }, 60_000);
});

describe('monps collect', () => {
  let sim: Simulator;
  const KEY = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';
  beforeAll(async () => {
    sim = await startSimulator({ apiKeys: [KEY], minRequestIntervalMs: 0 });
  });
  afterAll(() => sim.close());

  it('collects once with a key from the environment', async () => {
    const dir = tempDir();
    const r = await runCli(['--data-dir', dir, 'collect', '--once', '--sport', 'soccer_epl'], {
      ODDS_API_KEY: KEY,
      ODDS_API_BASE_URL: sim.url,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/run 1 ok: \d+ events, \d+ prices seen/);
    expect(r.stdout + r.stderr).not.toContain(KEY);
  }, 30_000);

  it('a refused key: a sentence on stderr, exit 1, nothing stored, and the key nowhere', async () => {
    const dir = tempDir();
    const wrong = 'deadbeefdeadbeefdeadbeefdeadbeef';
    const r = await runCli(['--data-dir', dir, 'collect', '--once'], { ODDS_API_KEY: wrong, ODDS_API_BASE_URL: sim.url });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/The Odds API key was refused — open Settings \(Réglages\) and check it/);
    expect(r.stderr + r.stdout).not.toContain(wrong);
    expect(readFileSync(join(dir, 'monps.log'), 'utf8')).not.toContain(wrong);
    const db = new Database(join(dir, 'monps.sqlite'), { readonly: true });
    expect((db.prepare('SELECT count(*) AS n FROM quotes').get() as { n: number }).n).toBe(0);
    expect(db.prepare(`SELECT status, error_code FROM collection_runs`).all()).toEqual([{ status: 'failed', error_code: 'INVALID_KEY' }]);
    db.close();
  }, 30_000);

  it('a nonsense sport key is refused before any call', async () => {
    const r = await runCli(['--data-dir', tempDir(), 'collect', '--once', '--sport', 'Not A Sport!'], {
      ODDS_API_KEY: KEY,
      ODDS_API_BASE_URL: sim.url,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--sport Not A Sport!: expected a sport key/);
  }, 30_000);
});
