/** Bets CSV import of real files: French Excel (; and decimal commas), an unquoted 1,85, duplicates refused unless asked. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBetsCsv } from '../../electron/core/bankroll/bets-csv';
import { createBetsRepo } from '../../electron/core/bankroll/bets-repo';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { openWorkspace } from '../../electron/core/workspace';
import { runCli } from '../helpers/run-cli';
import { FIXTURES, tempDir } from '../helpers/fixtures';

const FRENCH = join(FIXTURES, 'bets', 'french-excel.csv');
const UNQUOTED = join(FIXTURES, 'bets', 'unquoted-decimal-comma.csv');
const NOW = Date.UTC(2026, 5, 1);

function setup() {
  const ws = openWorkspace(tempDir(), 'real', createLogger('t', { sinks: [silentSink] }));
  return { ws, repo: createBetsRepo(ws.db) };
}

describe('bets import formats', () => {
  it('a French Excel file (BOM, CRLF, semicolons, decimal commas) imports with exact amounts', () => {
    const { ws, repo } = setup();
    const r = importBetsCsv(ws.db, repo, readFileSync(FRENCH, 'utf8'), NOW);
    expect(r.errors).toEqual([]);
    expect(r.imported).toBe(3);
    const bets = repo.all();
    expect(bets.map((b) => [b.selection, b.point, b.odds, b.stakeCents, b.status])).toEqual([
      ['Lyon', null, 3.4, 1000, 'lost'],
      ['Over', 2.5, 1.85, 2550, 'won'],
      ['Nice', -0.25, 2.05, 1500, 'half_lost'],
    ]);
    expect(bets[0]!.notes).toBe('pari; avec point-virgule');
    expect(bets[0]!.closingOdds).toBe(3.1);
    ws.close();
  });

  it('an unquoted decimal comma in a comma file is named, with the way out', () => {
    const { ws, repo } = setup();
    const r = importBetsCsv(ws.db, repo, readFileSync(UNQUOTED, 'utf8'), NOW);
    expect(r.ok).toBe(false);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.line).toBe(3);
    expect(r.errors[0]!.message).toMatch(/more cells \(18\) than the header \(17\): an unquoted decimal comma such as 1,85/);
    expect(repo.all()).toHaveLength(0);
    ws.close();
  });

  it('a wrong line names its column and why', () => {
    const { ws, repo } = setup();
    const text = readFileSync(FRENCH, 'utf8').replace('25,50', '0');
    const r = importBetsCsv(ws.db, repo, text, NOW);
    expect(r.errors).toEqual([{ line: 3, message: 'stake: the stake must be more than 0' }]);
    ws.close();
  });

  it('importing the same file twice is refused line by line, unless duplicates are allowed', () => {
    const { ws, repo } = setup();
    const text = readFileSync(FRENCH, 'utf8');
    expect(importBetsCsv(ws.db, repo, text, NOW).imported).toBe(3);
    const again = importBetsCsv(ws.db, repo, text, NOW);
    expect(again.ok).toBe(false);
    expect(again.errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(again.errors[0]!.message).toMatch(/same bet .* already stored/);
    expect(repo.all()).toHaveLength(3);
    const twiceInFile = importBetsCsv(ws.db, repo, text + text.split('\r\n')[2] + '\r\n', NOW, false, true);
    expect(twiceInFile.imported).toBe(4);
    expect(repo.all()).toHaveLength(7);
    ws.close();
  });

  it('the CLI refuses a second import and takes --allow-duplicates', async () => {
    const dir = tempDir();
    expect((await runCli(['--data-dir', dir, 'import', 'bets', FRENCH])).code).toBe(0);
    const again = await runCli(['--data-dir', dir, 'import', 'bets', FRENCH]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/line 2: the same bet .* already stored/);
    const forced = await runCli(['--data-dir', dir, 'import', 'bets', FRENCH, '--allow-duplicates']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/imported 3 bets/);
  }, 60_000);
});
