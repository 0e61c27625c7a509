/**
 * football-data.co.uk import against the shared seasons: every figure is computed in the test
 * from the raw CSV (a naive split, not the importer's parser) or from what MON_PS stored, and
 * checked against the published reference figures (tests/fixtures/football-data, README).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { footballDataEventId, importFootballData } from '../../electron/core/history-import/import-football-data';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { openWorkspace, type Workspace } from '../../electron/core/workspace';
import { FIXTURES, tempDir } from '../helpers/fixtures';

const log = createLogger('test', { sinks: [silentSink] });
const FD = join(FIXTURES, 'football-data');
const SEASONS = ['E0_2223', 'E0_2324', 'F1_2324', 'D1_2324'].map((f) => join(FD, `${f}.csv`));

/** Independent reading of a season: strip BOM/CR, split on commas (these files have no quotes). */
function raw(file: string): Record<string, string>[] {
  const lines = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.replace(/,/g, '') !== '');
  const header = lines[0].split(',');
  return lines.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, i) => [header[i], v])));
}

function fingerprint(ws: Workspace) {
  return ws.db
    .prepare(
      `SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM quotes) AS quotes,
       (SELECT count(*) FROM price_history) AS history, (SELECT total(price * observed_at % 997) FROM price_history) AS h,
       (SELECT total(coalesce(home_score, 0) * 3 + coalesce(away_score, 0) + completed + coalesce(scores_updated_at, 0) % 991) FROM events) AS r,
       (SELECT count(*) FROM bookmakers) AS books, (SELECT total(last_seen_at % 983) FROM events) AS seen,
       (SELECT count(*) FROM market_references) AS refs, (SELECT total(price) FROM market_references) AS refsum`,
    )
    .get();
}

/** The last stored price of each outcome of one book/market before kick-off, per event. */
function storedPrices(ws: Workspace, sport: string, book: string, market: string, when: 'closing' | 'first') {
  const order = when === 'closing' ? 'DESC' : 'ASC';
  return ws.db
    .prepare(
      `SELECT e.id, e.home_team, e.away_team, e.home_score, e.away_score, q.outcome,
       (SELECT h.price FROM price_history h WHERE h.quote_id = q.id AND h.observed_at < e.commence_time ORDER BY h.observed_at ${order} LIMIT 1) AS price
     FROM events e JOIN quotes q ON q.event_ref = e.ref JOIN bookmakers b ON b.id = q.bookmaker_id JOIN markets m ON m.id = q.market_id
     WHERE e.sport_key = ? AND b.key = ? AND m.key = ? AND e.commence_time BETWEEN ? AND ?`,
    )
    .all(sport, book, market, Date.UTC(2023, 6, 1), Date.UTC(2024, 6, 1)) as {
    id: string;
    home_team: string;
    away_team: string;
    home_score: number;
    away_score: number;
    outcome: string;
    price: number;
  }[];
}

let ws: Workspace;
beforeAll(() => {
  ws = openWorkspace(tempDir(), 'real', log);
  importFootballData(ws.db, ws.odds, SEASONS);
});

describe('football-data import of the shared seasons', () => {
  it('stores every match with its result, as the raw files count them', () => {
    for (const [file, sport, from, to] of [
      [SEASONS[0], 'soccer_epl', Date.UTC(2022, 6, 1), Date.UTC(2023, 6, 1)],
      [SEASONS[1], 'soccer_epl', Date.UTC(2023, 6, 1), Date.UTC(2024, 6, 1)],
      [SEASONS[2], 'soccer_france_ligue_one', 0, Infinity],
      [SEASONS[3], 'soccer_germany_bundesliga', 0, Infinity],
    ] as const) {
      const rows = raw(file);
      const count = (r: string) => rows.filter((x) => x.FTR === r).length;
      const stored = ws.db
        .prepare(
          `SELECT count(*) AS n, sum(home_score > away_score) AS h, sum(home_score = away_score) AS d, sum(home_score < away_score) AS a,
           sum(completed) AS completed, sum(home_score) AS hg FROM events WHERE sport_key = ? AND commence_time BETWEEN ? AND ?`,
        )
        .get(sport, from, Math.min(to, 8.64e15)) as Record<string, number>;
      expect(stored).toEqual({
        n: rows.length,
        h: count('H'),
        d: count('D'),
        a: count('A'),
        completed: rows.length,
        hg: rows.reduce((s, x) => s + Number(x.FTHG), 0),
      });
    }
    expect(raw(SEASONS[1])).toHaveLength(380);
  });

  it('E0 2023/24: mean Pinnacle closing overround from the stored closing prices = 0.0292584', () => {
    const byEvent = new Map<string, number>();
    for (const r of storedPrices(ws, 'soccer_epl', 'pinnacle', 'h2h', 'closing')) byEvent.set(r.id, (byEvent.get(r.id) ?? 0) + 1 / r.price);
    expect(byEvent.size).toBe(380);
    const mean = [...byEvent.values()].reduce((s, v) => s + v - 1, 0) / byEvent.size;
    const rows = raw(SEASONS[1]);
    const fromRaw = rows.reduce((s, x) => s + 1 / +x.PSCH + 1 / +x.PSCD + 1 / +x.PSCA - 1, 0) / rows.length;
    expect(mean).toBeCloseTo(fromRaw, 12);
    expect(mean).toBeCloseTo(0.0292584, 7);
  });

  it('E0 2023/24: flat 1-unit home bets at B365H (stored pre-closing price, stored result): −23.56, ROI −6.20 %', () => {
    const homes = storedPrices(ws, 'soccer_epl', 'bet365', 'h2h', 'first').filter((r) => r.outcome === r.home_team);
    expect(homes).toHaveLength(380);
    const profit = homes.reduce((s, r) => s + (r.home_score > r.away_score ? r.price - 1 : -1), 0);
    expect(profit).toBeCloseTo(-23.56, 2);
    expect((profit / homes.length) * 100).toBeCloseTo(-6.2, 2);
  });

  it('kick-off in UK local time → UTC across summer time; snapshots at kick-off − 24 h and − 1 min', () => {
    const ev = (home: string, day: string) =>
      ws.db
        .prepare(
          `SELECT ref, commence_time, first_seen_at, last_seen_at FROM events WHERE home_team = ? AND date(commence_time / 1000, 'unixepoch') = ?`,
        )
        .get(home, day) as { ref: number; commence_time: number; first_seen_at: number; last_seen_at: number };
    const summer = ev('Burnley', '2023-08-11'); // 20:00 BST
    expect(new Date(summer.commence_time).toISOString()).toBe('2023-08-11T19:00:00.000Z');
    expect(summer.first_seen_at).toBe(summer.commence_time - 24 * 3_600_000);
    expect(summer.last_seen_at).toBe(summer.commence_time - 60_000);
    const nice = ev('Nice', '2023-08-11'); // F1: listed 20:00 UK = 21:00 in Nice
    expect(new Date(nice.commence_time).toISOString()).toBe('2023-08-11T19:00:00.000Z');
    const winterRow = raw(SEASONS[1]).find((x) => x.Date.endsWith('/12/2023'))!;
    const [d, m, y] = winterRow.Date.split('/').map(Number);
    const [hh, mm] = winterRow.Time.split(':').map(Number);
    const winter = ev(winterRow.HomeTeam, `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    expect(winter.commence_time).toBe(Date.UTC(y, m - 1, d, hh, mm)); // GMT = UTC
  });

  it('books mapped to keys; Max/Avg only as market references, never as bookmakers', () => {
    const books = ws.db.prepare(`SELECT key FROM bookmakers ORDER BY key`).pluck().all() as string[];
    expect(books).toEqual(['bet365', 'betvictor', 'bwin', 'interwetten', 'pinnacle', 'williamhill']);
    const e0 = raw(SEASONS[1]);
    const nonEmpty = (cols: string[]) => e0.reduce((s, x) => s + cols.filter((c) => x[c] !== '').length, 0);
    const refs = ws.db
      .prepare(
        `SELECT count(*) FROM market_references r JOIN events e ON e.ref = r.event_ref WHERE e.sport_key = 'soccer_epl' AND e.commence_time > ? AND r.kind = 'max' AND r.phase = 'closing' AND r.market = 'h2h'`,
      )
      .pluck()
      .get(Date.UTC(2023, 6, 1));
    expect(refs).toBe(nonEmpty(['MaxCH', 'MaxCD', 'MaxCA']));
  });

  it('totals at 2.5 and Asian handicap at the file line, both sides', () => {
    const row = raw(SEASONS[1])[1]; // Arsenal v Nott'm Forest, AHh -2
    const id = footballDataEventId({ league: 'E0', date: '2023-08-12', home: row.HomeTeam, away: row.AwayTeam });
    const q = ws.db
      .prepare(
        `SELECT m.key AS market, q.outcome, q.point, q.price FROM quotes q JOIN events e ON e.ref = q.event_ref JOIN bookmakers b ON b.id = q.bookmaker_id
       JOIN markets m ON m.id = q.market_id WHERE e.id = ? AND b.key = 'pinnacle' AND m.key IN ('totals', 'spreads') AND q.active = 1 ORDER BY m.key, q.outcome`,
      )
      .all(id);
    expect(q).toEqual([
      { market: 'spreads', outcome: 'Arsenal', point: Number(row.AHCh), price: Number(row.PCAHH) },
      { market: 'spreads', outcome: "Nott'm Forest", point: -Number(row.AHCh), price: Number(row.PCAHA) },
      { market: 'totals', outcome: 'Over', point: 2.5, price: Number(row['PC>2.5']) },
      { market: 'totals', outcome: 'Under', point: 2.5, price: Number(row['PC<2.5']) },
    ]);
  });

  it('re-importing the same files changes nothing', () => {
    const before = fingerprint(ws);
    const r = importFootballData(ws.db, ws.odds, SEASONS);
    expect(r.newEvents).toBe(0);
    expect(r.snapshotsStored).toBe(0);
    expect(r.resultsWritten).toBe(0);
    expect(r.referencesWritten).toBe(0);
    expect(fingerprint(ws)).toEqual(before);
  });

  it('a damaged file refuses the whole command with its line number; nothing written', () => {
    const dir = tempDir();
    const bad = join(dir, 'E0_bad.csv');
    const lines = readFileSync(SEASONS[1], 'utf8').split('\n');
    lines[56] = lines[56].replace(/,(\d+\.\d+),/, ',abc,'); // line 57 (1-based): a price that is not a number
    writeFileSync(bad, lines.join('\n'));
    const fresh = openWorkspace(tempDir(), 'real', log);
    const empty = fingerprint(fresh);
    expect(() => importFootballData(fresh.db, fresh.odds, [SEASONS[0], bad])).toThrow(
      /E0_bad\.csv: line 57: .*"abc" is not a decimal price/,
    );
    expect(fingerprint(fresh)).toEqual(empty);
    // a line with a column missing
    const short = join(dir, 'E0_short.csv');
    lines[56] = lines[56].replace(/,[^,]*$/, '');
    writeFileSync(short, lines.join('\n'));
    expect(() => importFootballData(fresh.db, fresh.odds, [short])).toThrow(/E0_short\.csv: line 57: wrong number of columns/);
    expect(fingerprint(fresh)).toEqual(empty);
    fresh.close();
  });
});
