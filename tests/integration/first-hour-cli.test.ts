/**
 * Issue #15, items 2, 4, 5 and 6 (serve): which database each command uses, `monps status`,
 * the bankroll's movement rules, `monps alerts rules` and unknown ids, serve's quiet output.
 * Through the real `monps` binary: stderr's words and the exit code.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures';
import { MONPS_BIN, problemLines, ROOT, runMonps } from '../helpers/run-monps';

const KEY = 'f00dfeedcafe1234abcd5678ef90f9a3';

describe('which database a command uses', () => {
  it('every command on the demo database says so on stderr, with how to switch', async () => {
    const dir = tempDir();
    const out = join(tempDir(), 'x.csv');
    for (const args of [['stats'], ['alerts'], ['export', 'odds', '--out', out], ['bankroll', 'deposit', '50'], ['settle'], ['backup']]) {
      const r = await runMonps(['--data-dir', dir, ...args]);
      expect(r.code, args.join(' ') + r.stderr).toBe(0);
      expect(r.stderr, args.join(' ')).toContain(
        `monps: demo database in use: ${join(dir, 'demo.sqlite')} (simulated data; no The Odds API key)`,
      );
      expect(r.stderr).toContain('set ODDS_API_KEY or save your key in Settings (Réglages) → The Odds API key (Clé The Odds API)');
      // the old wording claimed the scores came from the simulator
      expect(r.stderr).not.toContain('scores come from the simulator');
    }
  }, 90_000);

  it('with a key: no demo notice, and a word that the demo data stays apart', async () => {
    const dir = tempDir();
    expect((await runMonps(['--data-dir', dir, 'bankroll', 'deposit', '100'])).code).toBe(0);
    const r = await runMonps(['--data-dir', dir, 'stats'], { ODDS_API_KEY: KEY });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('demo database in use');
    expect(r.stderr).toContain('monps.sqlite (your real data) was just created; what was recorded without a key stays in demo.sqlite');
    expect(r.stdout).toContain('bankroll           0.00 €');
    // said once: the next command finds monps.sqlite already there
    const again = await runMonps(['--data-dir', dir, 'stats'], { ODDS_API_KEY: KEY });
    expect(again.stderr).toBe('');
  });
});

describe('monps status', () => {
  it('a new folder: demo mode, no key, nothing created, how to switch', async () => {
    const dir = tempDir();
    const r = await runMonps(['--data-dir', dir, 'status']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`data folder   ${dir}`);
    expect(r.stdout).toMatch(/^mode {10}demo \(no The Odds API key\)$/m);
    expect(r.stdout).toContain(`database      ${join(dir, 'demo.sqlite')} (not created yet)`);
    expect(r.stdout).toMatch(/^key {11}none/m);
    expect(r.stdout).toMatch(/^last run {6}none yet$/m);
    expect(r.stdout).toContain('Settings (Réglages)');
    expect(existsSync(join(dir, 'demo.sqlite'))).toBe(false);
  });

  it('the key from the environment: its source, never the key', async () => {
    const dir = tempDir();
    const r = await runMonps(['--data-dir', dir, 'status'], { ODDS_API_KEY: KEY });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^mode {10}real$/m);
    expect(r.stdout).toMatch(/^key {11}environment \(ODDS_API_KEY\)$/m);
    expect(r.stdout).toContain('credits       not read yet');
    expect(r.stdout + r.stderr).not.toContain(KEY);
    expect(r.stdout + r.stderr).not.toContain(KEY.slice(-4));
    const j = JSON.parse((await runMonps(['--data-dir', dir, 'status', '--json'], { ODDS_API_KEY: KEY })).stdout);
    expect(j.key).toEqual({ source: 'environment', storage: null });
    expect(JSON.stringify(j)).not.toContain(KEY.slice(-4));
  });

  it('a stored key (secrets.json without a keychain), and the last run with its credits', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'secrets.json'), JSON.stringify({ oddsApiKey: KEY }), { mode: 0o600 });
    const r = await runMonps(['--data-dir', dir, 'status']);
    expect(r.stdout).toMatch(/^key {11}stored \(secrets\.json in the data folder\)$/m);
    expect(r.stdout).not.toContain(KEY.slice(-4));

    const demo = tempDir();
    expect((await runMonps(['--data-dir', demo, 'collect', '--once', '--sport', 'soccer_epl'])).code).toBe(0);
    const s = await runMonps(['--data-dir', demo, 'status']);
    expect(s.stdout).toMatch(/^last run {6}#1 ok at \d{4}-\d\d-\d\dT[\d:.]+Z \(cli\): \d+ events/m);
    expect(s.stdout).toContain('credits       simulated');
  }, 60_000);
});

describe('bankroll rules', () => {
  it('amounts: more than 2 decimals, zero, words', async () => {
    const dir = tempDir();
    let r = await runMonps(['--data-dir', dir, 'bankroll', 'deposit', '12.345']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('monps: 12.345: at most 2 decimals (euros and cents), e.g. 12.34');
    r = await runMonps(['--data-dir', dir, 'bankroll', 'deposit', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expected an amount more than 0');
    r = await runMonps(['--data-dir', dir, 'bankroll', 'deposit', 'ten']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ten: expected an amount in euros');
  });

  it('a withdrawal: refused before any deposit and before the first one; above the bankroll only with --force', async () => {
    const dir = tempDir();
    let r = await runMonps(['--data-dir', dir, 'bankroll', 'withdraw', '10']);
    expect(r.code).toBe(2);
    expect(problemLines(r.stderr)).toEqual(['monps: no deposit recorded yet: record the first deposit before a withdrawal']);

    expect((await runMonps(['--data-dir', dir, 'bankroll', 'deposit', '976.40', '--at', '2026-03-01'])).code).toBe(0);
    r = await runMonps(['--data-dir', dir, 'bankroll', 'withdraw', '10', '--at', '2026-02-01']);
    expect(r.code).toBe(2);
    expect(problemLines(r.stderr)).toEqual([
      'monps: a withdrawal dated 2026-02-01T00:00:00Z is before the first deposit (2026-03-01T00:00:00Z): record that deposit first, or date the withdrawal later',
    ]);

    r = await runMonps(['--data-dir', dir, 'bankroll', 'withdraw', '99999']);
    expect(r.code).toBe(1);
    expect(problemLines(r.stderr)).toEqual([
      'monps: a withdrawal of 99999.00 € is more than the bankroll (976.40 €); nothing was recorded; add --force to record it anyway',
    ]);
    expect((await runMonps(['--data-dir', dir, 'stats'])).stdout).toContain('bankroll           976.40 €');

    r = await runMonps(['--data-dir', dir, 'bankroll', 'withdraw', '99999', '--force']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('bankroll -99022.60 €');
    expect(r.stderr).toContain('monps: note: the bankroll is now negative (-99022.60 €)');

    // the whole bankroll can go out, not a cent more
    const d2 = tempDir();
    await runMonps(['--data-dir', d2, 'bankroll', 'deposit', '100']);
    expect((await runMonps(['--data-dir', d2, 'bankroll', 'withdraw', '100.01'])).code).toBe(1);
    expect((await runMonps(['--data-dir', d2, 'bankroll', 'withdraw', '100'])).code).toBe(0);
  }, 60_000);
});

describe('alert rules', () => {
  it('monps alerts rules lists ids, names (in the UI language) and thresholds', async () => {
    const dir = tempDir();
    const r = await runMonps(['--data-dir', dir, 'alerts', 'rules']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^id\s+name\s+condition\s+for\s+repeat\s+severity\s+enabled$/);
    expect(r.stdout).toMatch(/^bankroll-critical\s+Bankroll critique\s+Bankroll sous 900 €\s+0\s+24h\s+critical\s+on$/m);
    expect(r.stdout).toMatch(/^quota-low\s+Crédits bas\s+Crédits sous 10 % du plan/m);
    const j = JSON.parse((await runMonps(['--data-dir', dir, 'alerts', 'rules', '--json'])).stdout) as { id: string; threshold: number }[];
    expect(j.map((x) => x.id)).toContain('no-data');
    expect(j.find((x) => x.id === 'bankroll-critical')?.threshold).toBe(900);
  });

  it('an unknown id lists the valid ones', async () => {
    const dir = tempDir();
    const r = await runMonps(['--data-dir', dir, 'silence', 'nosuchrule', '--for', '1h']);
    expect(r.code).toBe(2);
    const lines = problemLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^monps: no alert rule "nosuchrule"; the rules are: bankroll-critical, roi-negative, .*email-failing \(or "all"\)/,
    );
    const ok = await runMonps(['--data-dir', dir, 'silence', 'no-data', '--for', '1h']);
    expect(ok.code).toBe(0);
  });
});

describe('serve is quiet by default', () => {
  /** Starts serve, waits for its URL, then for a first demo collection in the log; stops it. */
  async function serveOnce(extra: string[]): Promise<{ stdout: string; stderr: string; log: string }> {
    const dir = tempDir();
    const child = spawn(process.execPath, [MONPS_BIN, '--data-dir', dir, 'serve', '--port', '0', ...extra], {
      cwd: ROOT,
      env: { ...process.env, ODDS_API_KEY: '', MONPS_DATA_DIR: '', MONPS_VERBOSE: '', MONPS_KEYCHAIN: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const logFile = join(dir, 'monps.log');
    const deadline = Date.now() + 40_000;
    while (Date.now() < deadline && !(existsSync(logFile) && /The Odds API GET/.test(readFileSync(logFile, 'utf8')))) {
      await new Promise((r) => setTimeout(r, 200));
    }
    const closed = new Promise((r) => child.once('close', r));
    child.kill('SIGTERM');
    await closed;
    return { stdout, stderr, log: readFileSync(logFile, 'utf8') };
  }

  it('prints its URL, the data folder and the log; API calls go to the log only', async () => {
    const r = await serveOnce([]);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^MON_PS listening on http:\/\/127\.0\.0\.1:\d+\/ — demo mode: simulated data$/);
    expect(lines[1]).toMatch(/^data: .+; log: .+monps\.log \(--verbose prints it here too\)$/);
    expect(r.stderr).not.toMatch(/INFO|The Odds API GET/);
    expect(r.stderr).toContain('monps: demo database in use');
    expect(r.log).toContain('The Odds API GET');
  }, 60_000);

  it('--verbose prints the log lines too', async () => {
    const r = await serveOnce(['--verbose']);
    expect(r.stderr).toContain('INFO [cli:collector] The Odds API GET');
  }, 60_000);
});
