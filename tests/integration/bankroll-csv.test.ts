/** CSV import and export of bets: all or nothing, every bad line named with its reason; a round trip keeps the bets. */
import { describe, expect, it } from 'vitest';
import { BET_CSV_COLUMNS, betsToCsv, importBetsCsv } from '../../electron/core/bankroll/bets-csv';
import { createBetsRepo } from '../../electron/core/bankroll/bets-repo';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { openWorkspace } from '../../electron/core/workspace';
import { tempDir } from '../helpers/fixtures';

const HEADER = BET_CSV_COLUMNS.join(',') + ',extra_column';
const GOOD = [
  '2026-05-01T10:00:00Z,soccer_epl,Arsenal,Chelsea,2026-05-02T15:00:00Z,h2h,Arsenal,,bet365,2.10,10.00,won,,2026-05-02T17:00:00Z,2.00,value;epl,first bet,ignored',
  '2026-05-03T10:00:00Z,soccer_epl,Arsenal,Chelsea,2026-05-04T15:00:00Z,totals,Over,2.25,Ma Cote Locale,1.95,20,half_won,,,,,"notes, with comma",x',
  '2026-05-05T10:00:00Z,soccer_epl,Leeds,Everton,2026-05-06T15:00:00Z,spreads,Leeds,-0.5,pinnacle,2.05,15.5,cashed_out:12.40,,2026-05-06T16:00:00Z,,,,',
  '2026-05-07T10:00:00Z,basketball_nba,Lakers,Celtics,2026-05-08T01:00:00Z,h2h,Celtics,,pinnacle,1.80,25,pending,,,,,,',
];
const BAD = [
  '2026-05-09T10:00:00Z,soccer_epl,Arsenal,Chelsea,2026-05-10T15:00:00Z,h2h,Arsenal,,bet365,2.10,0,won,,,,,,', // stake 0
  '2026-05-09T10:00:00Z,soccer_epl,Arsenal,Chelsea,2026-05-10T15:00:00Z,h2h,Arsenal,,bet365,1.00,10,lost,,,,,,', // odds 1
  '2026-05-09T10:00:00Z,soccer_epl,Arsenal,Chelsea,2026-05-10T15:00:00Z,totals,Over,3,bet365,1.9,10,half_won,,,,,,', // half on whole line
  '2026-05-09T10:00:00Z,soccer_epl,Arsenal,Chelsea,2026-05-10T15:00:00Z,h2h,Arsenal,,bet365,2.1,10,won,,2026-05-08T10:00:00Z,,,,', // settled before placed
  '09/05/2026,soccer_epl,Arsenal,Chelsea,2026-05-10T15:00:00Z,h2h,Arsenal,,bet365,2.1,10,maybe,,,,,,', // date and status
];

function setup() {
  const ws = openWorkspace(tempDir(), 'real', createLogger('t', { sinks: [silentSink] }));
  return { ws, repo: createBetsRepo(ws.db) };
}

describe('bets CSV', () => {
  it('imports good lines (extra columns ignored, unknown bookmakers created) and exports them back identically', () => {
    const { ws, repo } = setup();
    const r = importBetsCsv(ws.db, repo, [HEADER, ...GOOD].join('\n'), Date.UTC(2026, 5, 1));
    expect(r).toMatchObject({ ok: true, imported: 4, errors: [], createdBookmakers: ['bet365', 'ma_cote_locale', 'pinnacle'] });
    const bets = repo.all();
    expect(bets.map((b) => [b.status, b.profitCents, b.settledBy])).toEqual([
      ['won', 1100, 'import'],
      ['half_won', 950, 'import'],
      ['cashed_out', -310, 'import'],
      ['pending', null, null],
    ]);
    expect(bets[0]).toMatchObject({ tags: ['value', 'epl'], notes: 'first bet', closingOdds: 2, clvRaw: { state: 'estimated', close: 2 } });
    expect(bets[1]!.notes).toBe('notes, with comma');
    expect(bets[1]!.settledAt).toBe(Date.parse('2026-05-04T15:00:00Z'));
    const csv = betsToCsv(bets);
    expect(csv.split('\n')[0]).toBe(BET_CSV_COLUMNS.join(','));
    const other = setup();
    expect(importBetsCsv(other.ws.db, other.repo, csv, Date.UTC(2026, 5, 1)).ok).toBe(true);
    const strip = (b: (typeof bets)[number]) => ({ ...b, id: 0, createdAt: 0, updatedAt: 0 });
    expect(other.repo.all().map(strip)).toEqual(bets.map(strip));
    ws.close();
    other.ws.close();
  });

  it('a file with bad lines changes nothing and names each bad line and why', () => {
    const { ws, repo } = setup();
    repo.addTransaction('deposit', 10000, 0, '', 0);
    const before = ws.db.prepare(`SELECT (SELECT count(*) FROM bets) AS b, (SELECT count(*) FROM bookmakers) AS k`).get();
    const r = importBetsCsv(
      ws.db,
      repo,
      [HEADER, GOOD[0], BAD[0], GOOD[1], BAD[1], BAD[2], BAD[3], BAD[4]].join('\n'),
      Date.UTC(2026, 5, 1),
    );
    expect(r.ok).toBe(false);
    expect(r.imported).toBe(0);
    expect(r.errors.map((e) => e.line)).toEqual([3, 5, 6, 7, 8]);
    expect(r.errors[0]!.message).toMatch(/stake must be more than 0/);
    expect(r.errors[1]!.message).toMatch(/greater than 1/);
    expect(r.errors[2]!.message).toMatch(/quarter line/);
    expect(r.errors[3]!.message).toMatch(/before the date the bet was placed/);
    expect(r.errors[4]!.message).toMatch(/placed_at "09\/05\/2026" is not an ISO 8601 date/);
    expect(r.errors[4]!.message).toMatch(/status "maybe"/);
    expect(ws.db.prepare(`SELECT (SELECT count(*) FROM bets) AS b, (SELECT count(*) FROM bookmakers) AS k`).get()).toEqual(before);
    ws.close();
  });

  it('refuses a file without the required columns', () => {
    const { ws, repo } = setup();
    const r = importBetsCsv(ws.db, repo, 'date,team,odds\n2026-01-01,Lens,2.1\n', 0);
    expect(r.errors[0]).toMatchObject({ line: 1 });
    expect(r.errors[0]!.message).toMatch(/lacks placed_at, sport/);
    ws.close();
  });
});
