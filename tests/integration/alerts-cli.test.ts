/** `monps silence`, `monps alerts [--json]` and `monps export alerts` from source, on a temp data folder. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDuration } from '../../electron/cli/commands/alerts';
import { runCli } from '../helpers/run-cli';
import { problemLines } from '../helpers/run-monps';
import { tempDir } from '../helpers/fixtures';

describe('monps alerts / silence / export alerts', () => {
  it('parses durations', () => {
    expect([parseDuration('1h'), parseDuration('30m'), parseDuration('2d'), parseDuration('1.5h')]).toEqual([
      3_600_000, 1_800_000, 172_800_000, 5_400_000,
    ]);
    expect([parseDuration('abc'), parseDuration('10s'), parseDuration('0m')]).toEqual([null, null, null]);
  });

  it('silences a rule, lists states, exports a CSV; bad input exits 2 with words', async () => {
    const dir = tempDir();
    const env = {
      MONPS_SMTP_URL: 'smtp://u:cli-secret-pw-99@127.0.0.1:1',
      MONPS_EMAIL_TO: 'me@example.com',
      MONPS_EMAIL_FROM: 'monps@example.com',
    };
    const s = await runCli(['silence', 'bankroll-critical', '--for', '1h', '--data-dir', dir], env);
    expect(problemLines(s.stderr)).toEqual([]);
    expect(s.stdout).toMatch(/^silence #1: bankroll-critical snoozed until \d{4}-/);
    const bad = await runCli(['silence', 'bankroll-critical', '--for', 'soon', '--data-dir', dir], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--for soon: expected a duration like 30m/);
    const unknown = await runCli(['silence', 'nope', '--for', '1h', '--data-dir', dir], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no alert rule "nope"; the rules are: bankroll-critical, /);

    const j = await runCli(['alerts', '--json', '--data-dir', dir], env);
    expect(j.code).toBe(0);
    const parsed = JSON.parse(j.stdout) as { health: string; silences: { ruleId: string }[]; email: { server: string } };
    expect(parsed.health).toBe('ok');
    expect(parsed.silences.map((x) => x.ruleId)).toEqual(['bankroll-critical']);
    expect(parsed.email.server).toBe('u@127.0.0.1:1');
    expect(j.stdout).not.toContain('cli-secret-pw-99');

    const out = join(dir, 'alerts.csv');
    const e = await runCli(['export', 'alerts', '--out', out, '--data-dir', dir], env);
    expect(e.code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe(
      'record,at,rule,labels,from_state,to_state,summary,channel,status,error,firing,resolved',
    );
  }, 30_000);
});
