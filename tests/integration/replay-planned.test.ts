/**
 * `monps replay FILE --planned --budget N` on the real World Cup recording (a 5-minute poll,
 * tests/fixtures/odds-api/replay): the planner buys within the budget, only the bought answers
 * are stored, every capturable closing line is captured, and bad input is refused in words.
 */
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { tempDir } from '../helpers/fixtures';

const FILE = join(__dirname, '../fixtures/odds-api/replay/worldcup-2026-group-stage.jsonl.gz');

describe('replay --planned', () => {
  it('buys within the budget, stores only what it bought, and prints the figures as JSON', async () => {
    const dir = tempDir();
    const r = await runCli(['--data-dir', dir, 'replay', FILE, '--planned', '--budget', '300', '--json'], {});
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as Record<string, number>;
    expect(j.economy_credits_used).toBeGreaterThan(0);
    expect(j.economy_credits_used).toBeLessThanOrEqual(300);
    expect(j.full_credits).toBeGreaterThan(10 * j.economy_credits_used!);
    expect(j.economy_recall_planner).toBeGreaterThan(0);
    expect(j.economy_recall_planner).toBeLessThanOrEqual(1);
    // one bet on the favourite of every event: the planner captures every closing line the 5-minute poll captures
    expect(j.bet_events).toBe(82);
    expect(j.economy_closing_lines_captured).toBe(j.full_closing_lines_captured);
    // no key in the environment: the replay goes into the demo database
    const db = new Database(join(dir, 'demo.sqlite'), { readonly: true });
    const stored = (db.prepare(`SELECT count(DISTINCT last_seen_at) AS n FROM events`).get() as { n: number }).n;
    db.close();
    expect(stored).toBeLessThanOrEqual(j.snapshots_bought!);
    expect(j.snapshots_bought).toBeLessThan(j.snapshots! / 3);
  }, 120_000);

  it('--bets: only the listed events count for the closing-line figure', async () => {
    const dir = tempDir();
    const bets = join(dir, 'bets.csv');
    writeFileSync(bets, 'home_team;away_team\nMexico;South Africa\nNobody;Nowhere\n');
    const r = await runCli(['--data-dir', dir, 'replay', FILE, '--planned', '--budget', '200', '--bets', bets, '--json'], {});
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { bet_events: number }).bet_events).toBe(1);
  }, 120_000);

  it('bad input: a budget that is not a number of credits, --budget without --planned, a bets file without the columns', async () => {
    const dir = tempDir();
    const zero = await runCli(['--data-dir', dir, 'replay', FILE, '--planned', '--budget', 'lots'], {});
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/--budget: lots is not a number of credits/);
    const alone = await runCli(['--data-dir', dir, 'replay', FILE, '--budget', '100'], {});
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/go with --planned/);
    const bets = join(dir, 'b.csv');
    writeFileSync(bets, 'team,odds\nA,2\n');
    const bad = await runCli(['--data-dir', dir, 'replay', FILE, '--planned', '--budget', '100', '--bets', bets], {});
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/must name event_id, or home_team and away_team \(found: team, odds\)/);
  });
});
