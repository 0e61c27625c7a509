/**
 * CSV formula injection (OWASP): no exported cell starts with = + - @ tab or CR, numbers stay
 * numbers, and importing a bets export gives back the original text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportAlertsCsv } from '../../electron/core/alerts/alerts-csv';
import { betsToCsv, importBetsCsv } from '../../electron/core/bankroll/bets-csv';
import { createBetsRepo } from '../../electron/core/bankroll/bets-repo';
import { writeCsv } from '../../electron/core/export/write-csv';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { openWorkspace } from '../../electron/core/workspace';
import { tempDir } from '../helpers/fixtures';

const HOSTILE = [
  '=HYPERLINK("http://evil.example","x")',
  "+cmd|' /C calc'!A0",
  '-2+3+cmd|x',
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
  "'=already quoted",
];
const DANGER = /^[=+\-@\t\r]/;

function cellsOf(text: string): string[][] {
  return parse(text, { relax_column_count: true }) as string[][];
}

function setup() {
  const ws = openWorkspace(tempDir(), 'real', createLogger('t', { sinks: [silentSink] }));
  return { ws, repo: createBetsRepo(ws.db) };
}

describe('CSV formula injection', () => {
  it('a bets export neutralises every hostile cell, keeps negative numbers, and imports back to the original text', () => {
    const { ws, repo } = setup();
    HOSTILE.forEach((h, i) =>
      repo.create(
        {
          eventId: null,
          sportKey: 'soccer_epl',
          homeTeam: h.trim(),
          awayTeam: 'Chelsea',
          commenceTime: Date.UTC(2026, 4, 2, 15),
          market: 'spreads',
          selection: h.trim(),
          point: -0.5,
          bookmaker: 'pinnacle',
          odds: 2.1,
          stakeCents: 1000 + i,
          placedAt: Date.UTC(2026, 4, 1, 10),
          status: 'pending',
          cashoutCents: null,
          settledAt: null,
          closingOdds: null,
          tags: [`t${i}`],
          notes: h,
          opportunityId: null,
        },
        Date.UTC(2026, 5, 1),
        'import',
      ),
    );
    const csv = betsToCsv(repo.all());
    const rows = cellsOf(csv).slice(1);
    expect(rows).toHaveLength(HOSTILE.length);
    for (const row of rows) {
      for (const cell of row) if (cell !== row[7]) expect(cell).not.toMatch(DANGER);
      expect(row[7]).toBe('-0.5'); // a negative number stays a number
    }
    const back = setup();
    const again = importBetsCsv(back.ws.db, back.repo, csv, Date.UTC(2026, 5, 1));
    expect(again.errors).toEqual([]);
    const restored = back.repo.all();
    expect(restored.map((b) => b.notes)).toEqual(HOSTILE.map((h) => h.trim()));
    expect(restored.map((b) => b.homeTeam)).toEqual(HOSTILE.map((h) => h.trim()));
    expect(restored.map((b) => b.point)).toEqual(HOSTILE.map(() => -0.5));
    ws.close();
    back.ws.close();
  });

  it('the streamed exports (odds, opportunities, closing lines) neutralise text and leave numbers', async () => {
    const out = join(tempDir(), 'odds.csv');
    await writeCsv(
      out,
      ['home', 'point', 'price', 'note'],
      HOSTILE.map((h) => [h, -1.5, 2.05, '-0.25']),
    );
    const rows = cellsOf(readFileSync(out, 'utf8')).slice(1);
    for (const [home, point, price, note] of rows) {
      expect(home).not.toMatch(DANGER);
      expect([point, price, note]).toEqual(['-1.5', '2.05', '-0.25']);
    }
    expect(rows.map((r) => r[0])).toEqual(HOSTILE.map((h) => "'" + h));
  });

  it('the alerts export neutralises a hostile rule summary', () => {
    const { ws } = setup();
    ws.db
      .prepare(
        `INSERT INTO alert_transitions (fingerprint, rule_id, labels, from_state, to_state, summary, at) VALUES ('f', ?, ?, ?, ?, ?, ?)`,
      )
      .run('rule', '{}', 'ok', 'firing', '=HYPERLINK("http://evil.example")', 1);
    const out = join(tempDir(), 'alerts.csv');
    exportAlertsCsv(ws.db, out);
    const rows = cellsOf(readFileSync(out, 'utf8')).slice(1);
    expect(rows[0][6]).toBe('\'=HYPERLINK("http://evil.example")');
    ws.close();
  });
});
