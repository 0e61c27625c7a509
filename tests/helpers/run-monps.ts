/**
 * Runs the real `monps` command — `bin/monps.mjs`, which loads the built `out/cli/cli.mjs` — in
 * a child process, as a user would. `npm test` builds first; alone, run
 * `node scripts/build.mjs --skip-renderer`. The environment starts clean of the developer's key
 * and data folder.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MONPS_BIN = fileURLToPath(new URL('../../bin/monps.mjs', import.meta.url));

export interface MonpsResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function runMonps(args: string[], env: Record<string, string | undefined> = {}, timeoutMs = 30_000): Promise<MonpsResult> {
  if (!existsSync(new URL('../../out/cli/cli.mjs', import.meta.url))) {
    throw new Error('out/cli/cli.mjs is missing: run `node scripts/build.mjs --skip-renderer` (npm test builds it)');
  }
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MONPS_BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, ODDS_API_KEY: '', MONPS_DATA_DIR: '', MONPS_VERBOSE: '', MONPS_KEYCHAIN: 'off', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** stderr's lines without the demo-database notice (two lines starting "monps: demo database" / "monps: to use"). */
export const problemLines = (stderr: string): string[] =>
  stderr.split('\n').filter((l) => l.trim() && !/^monps: (demo database in use|to use your real data)/.test(l));
