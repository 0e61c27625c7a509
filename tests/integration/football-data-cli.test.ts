/** `monps import football-data` as a user runs it: a season in, a re-import changes nothing, a bad file is refused. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open-database';
import { FIXTURES, tempDir } from '../helpers/fixtures';
import { runCli } from '../helpers/run-cli';

const E0 = join(FIXTURES, 'football-data', 'E0_2324.csv');
const F1 = join(FIXTURES, 'football-data', 'F1_2324.csv');

describe('monps import football-data', () => {
  it('imports, re-imports idempotently, refuses a damaged file with its line number', async () => {
    const dir = tempDir();
    const env = { ODDS_API_KEY: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' }; // real mode: monps.sqlite
    const first = await runCli(['--data-dir', dir, 'import', 'football-data', E0, F1], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('E0_2324.csv: E0 → soccer_epl, 380 matches, 2023-08-11 → 2024-05-19');
    expect(first.stdout).toMatch(/imported 686 matches \(686 new events, 686 results written\)/);

    const again = await runCli(['--data-dir', dir, 'import', 'football-data', E0], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      /imported 380 matches \(0 new events, 0 results written\), 0 snapshots stored \(760 already there\), 0 prices stored, 0 market reference/,
    );

    const bad = join(dir, 'E1_bad.csv');
    const lines = readFileSync(E0, 'utf8').replace(/E0,/g, 'E1,').split('\n');
    lines[9] = lines[9].replace(/^E1,\d\d\/\d\d\/\d{4}/, 'E1,2023-08-19');
    writeFileSync(bad, lines.join('\n'));
    const refused = await runCli(['--data-dir', dir, 'import', 'football-data', bad], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^monps: E1_bad\.csv: line 10: Date "2023-08-19" is not a dd\/mm\/yyyy or dd\/mm\/yy date; nothing was imported\n$/,
    );
    const db = openDatabase(join(dir, 'monps.sqlite'));
    expect(db.prepare(`SELECT count(*) FROM events WHERE sport_key = 'soccer_efl_champ'`).pluck().get()).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM events`).pluck().get()).toBe(686);
    db.close();

    const missing = await runCli(['--data-dir', dir, 'import', 'football-data', join(dir, 'nope.csv')], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.csv: no such file');
  });
});
