/** The bankroll commands in a child process, as a user runs them. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { tempDir } from '../helpers/fixtures';

const CSV = [
  'placed_at,sport,home_team,away_team,commence_time,market,selection,point,bookmaker,odds,stake,status,event_id,settled_at,closing_odds,tags,notes',
  '2026-05-01T10:00:00Z,soccer_epl,Arsenal,Chelsea,2026-05-02T15:00:00Z,h2h,Arsenal,,bet365,2.10,10.00,won,,2026-05-02T17:00:00Z,2.00,,',
  '2026-05-03T10:00:00Z,soccer_epl,Leeds,Everton,2026-05-04T15:00:00Z,totals,Under,2.5,pinnacle,1.90,20.00,lost,,2026-05-04T17:00:00Z,1.80,,',
  '2026-05-05T10:00:00Z,soccer_epl,Leeds,Everton,2026-12-04T15:00:00Z,h2h,Draw,,pinnacle,3.40,5.00,pending,,,,,',
].join('\n');

describe('monps bankroll, import/export bets, stats, settle', () => {
  it('records money, imports, reports stats as JSON with the listed keys, exports, settles', async () => {
    const dir = tempDir();
    const env = { MONPS_DATA_DIR: dir };
    const dep = await runCli(['bankroll', 'deposit', '200', '--at', '2026-04-01T00:00:00Z'], env);
    expect(dep.stderr).toMatch(/demo database in use: .*demo\.sqlite/);
    expect(dep.stdout).toMatch(/deposit of 200\.00 € recorded at 2026-04-01T00:00:00.000Z; bankroll 200\.00 €/);
    expect((await runCli(['bankroll', 'withdraw', '0'], env)).code).toBe(2);

    const file = join(dir, 'bets.csv');
    writeFileSync(file, CSV + '\n' + CSV.split('\n')[1]!.replace('2.10', '0.9') + '\n');
    const bad = await runCli(['import', 'bets', file], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/line 5: odds: decimal odds must be greater than 1/);
    expect(bad.stderr).toMatch(/nothing was imported/);
    writeFileSync(file, CSV + '\n');
    const ok = await runCli(['import', 'bets', file], env);
    expect(ok.stdout).toMatch(/imported 3 bets/);

    const stats = await runCli(['stats', '--json'], env);
    expect(stats.code).toBe(0);
    const s = JSON.parse(stats.stdout);
    expect(Object.keys(s).sort()).toEqual(
      [
        'bankroll',
        'totalProfit',
        'turnover',
        'yield',
        'roiOnBankroll',
        'nSettled',
        'wins',
        'winRate',
        'maxDrawdownAbs',
        'maxDrawdownPctOfPeak',
        'meanClv',
        'stakeWeightedAvgClv',
        'pending',
      ].sort(),
    );
    expect(s).toMatchObject({
      bankroll: 191,
      totalProfit: -9,
      turnover: 30,
      nSettled: 2,
      wins: 1,
      winRate: 0.5,
      pending: 1,
      maxDrawdownAbs: 20,
    });
    expect(s.yield).toBeCloseTo(-9 / 30, 12);
    expect(s.roiOnBankroll).toBeCloseTo(-9 / 200, 12);
    expect(s.meanClv).toBeCloseTo((2.1 / 2 - 1 + 1.9 / 1.8 - 1) / 2, 12);

    const out = join(dir, 'out.csv');
    expect((await runCli(['export', 'bets', '--out', out], env)).stdout).toMatch(/3 bets written/);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe(CSV.split('\n')[0]);

    const settle = await runCli(['settle'], env);
    expect(settle.code).toBe(0);
    expect(settle.stdout).toMatch(/settled 0 bets .*\/scores calls: none/);
  }, 60_000);
});
