/** football-data file quirks on small hand-made files: BOM, CRLF, dd/mm/yy, no Time, blanks, bad lines. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFootballData } from '../../electron/core/history-import/import-football-data';
import { parseFootballData } from '../../electron/core/history-import/parse-football-data';
import { ukLocalToUtc } from '../../electron/core/history-import/uk-time';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { openWorkspace } from '../../electron/core/workspace';
import { FIXTURES, tempDir } from '../helpers/fixtures';

const log = createLogger('test', { sinks: [silentSink] });
const HEADER = 'Div,Date,HomeTeam,AwayTeam,FTHG,FTAG,FTR,B365H,B365D,B365A,PSH,PSD,PSA,PSCH,PSCD,PSCA,MaxH,MaxD,MaxA,AHh,PAHH,PAHA';

describe('football-data formats', () => {
  it('BOM + CRLF + dd/mm/yy + no Time column (15:00 UK) + empty cells = no price', () => {
    const text = '\uFEFF' + [HEADER, 'SP1,28/03/98,Betis,Sevilla,1,1,D,2.1,3.2,3.4,,,,,,,2.2,3.3,3.6,-0.25,1.9,2.0', ''].join('\r\n');
    const [m] = parseFootballData(text, 'SP1_9798.csv');
    expect(m.sportKey).toBe('soccer_spain_la_liga');
    expect(m.date).toBe('1998-03-28');
    expect(new Date(m.kickoff).toISOString()).toBe('1998-03-28T15:00:00.000Z'); // before BST (29 March 1998)
    expect(m.books.map((b) => `${b.source}/${b.phase}/${b.prices.length}`)).toEqual(['bet365/pre/3', 'pinnacle/pre/2']);
    expect(m.books[1].prices).toEqual([
      { market: 'spreads', outcome: 'Betis', point: -0.25, price: 1.9 },
      { market: 'spreads', outcome: 'Sevilla', point: 0.25, price: 2.0 },
    ]);
    expect(m.references.map((r) => r.source)).toEqual(['max']);
  });

  it('Europe/London: summer time starts and ends on the last Sundays of March and October', () => {
    expect(new Date(ukLocalToUtc(2024, 3, 30, 15, 0)).toISOString()).toBe('2024-03-30T15:00:00.000Z');
    expect(new Date(ukLocalToUtc(2024, 3, 31, 15, 0)).toISOString()).toBe('2024-03-31T14:00:00.000Z');
    expect(new Date(ukLocalToUtc(2024, 10, 26, 17, 30)).toISOString()).toBe('2024-10-26T16:30:00.000Z');
    expect(new Date(ukLocalToUtc(2024, 10, 27, 14, 0)).toISOString()).toBe('2024-10-27T14:00:00.000Z');
  });

  it.each([
    ['unknown league', 'X9,12/08/2023,A,B,1,0,H,2,3,4,,,,,,,,,,,,', /line 2: unknown league code "X9"/],
    ['bad date', 'E0,31/02/2023,A,B,1,0,H,2,3,4,,,,,,,,,,,,', /line 2: Date "31\/02\/2023"/],
    ['score vs FTR', 'E0,12/08/2023,A,B,1,0,A,2,3,4,,,,,,,,,,,,', /line 2: FTR "A" does not match the score 1-0/],
    ['price not above 1', 'E0,12/08/2023,A,B,1,0,H,1,3,4,,,,,,,,,,,,', /line 2: B365H 1 is not a decimal price/],
    ['odd AH line', 'E0,12/08/2023,A,B,1,0,H,2,3,4,,,,,,,,,,-0.3,1.9,2', /line 2: AHh -0.3 is not a quarter-goal line/],
  ])('%s: refused with the line and the reason', (_n, row, msg) => {
    // the bad row is line 2, a good one follows: the whole file is refused anyway
    const file = [HEADER, row, 'E0,11/08/2023,C,D,0,0,D,2,3,4,,,,,,,,,,,,'].join('\n');
    expect(() => parseFootballData(file, 'x.csv')).toThrow(msg);
  });

  it('a match without result is an event without score; a later file adds its result and closing prices', () => {
    const dir = tempDir();
    const ws = openWorkspace(dir, 'real', log);
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    writeFileSync(a, [HEADER, 'E0,12/08/2023,Arsenal,Chelsea,,,,2,3,4,2.1,3.1,3.9,,,,,,,,,'].join('\n'));
    writeFileSync(b, [HEADER, 'E0,12/08/2023,Arsenal,Chelsea,2,0,H,2,3,4,2.1,3.1,3.9,2.0,3.2,4.1,,,,,,'].join('\n'));
    importFootballData(ws.db, ws.odds, [a]);
    expect(ws.db.prepare(`SELECT completed, home_score FROM events`).get()).toEqual({ completed: 0, home_score: null });
    const r = importFootballData(ws.db, ws.odds, [b]);
    expect(r).toMatchObject({ newEvents: 0, snapshotsStored: 1, snapshotsSkipped: 1, resultsWritten: 1 });
    expect(ws.db.prepare(`SELECT completed, home_score, away_score FROM events`).get()).toEqual({
      completed: 1,
      home_score: 2,
      away_score: 0,
    });
    const closes = ws.db
      .prepare(
        `SELECT q.outcome, q.price FROM quotes q JOIN bookmakers b ON b.id = q.bookmaker_id WHERE b.key = 'pinnacle' ORDER BY q.price`,
      )
      .all();
    expect(closes).toEqual([
      { outcome: 'Arsenal', price: 2.0 },
      { outcome: 'Draw', price: 3.2 },
      { outcome: 'Chelsea', price: 4.1 },
    ]);
    ws.close();
  });
});

describe('football-data "0" cells', () => {
  it('a season where a book wrote 0 (no price) imports, with those cells empty', () => {
    const file = join(FIXTURES, 'football-data', 'D1_2324_zero_price.csv');
    const ws = openWorkspace(tempDir(), 'real', log);
    const report = importFootballData(ws.db, ws.odds, [file]);
    expect(report.matches).toBe(306);
    const m = parseFootballData(readFileSync(file, 'utf8'), file).find((x) => x.home === 'Mainz' && x.away === 'Dortmund')!;
    const pre = m.books.find((b) => b.source === 'pinnacle' && b.phase === 'pre')!;
    // P>2.5 was 0: no Over price from Pinnacle before closing, Under kept
    expect(pre.prices.filter((p) => p.market === 'totals').map((p) => p.outcome)).toEqual(['Under']);
    expect(ws.db.prepare(`SELECT count(*) FROM price_history WHERE price <= 1`).pluck().get()).toBe(0);
    ws.close();
  });
});
