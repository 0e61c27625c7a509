/**
 * Issue #15 item 1: the headless set-up works as the first command on a fresh clone, and CI
 * runs that very command. Cheap by design (no second `npm ci` in CI, which `.ci/run` already
 * does through the same command): `git clone` of this repository into a temp folder, then
 * - `npm run setup:headless -- --dry-run` there, with no node_modules: npm can run the script
 *   before any install (plain Node, no dependency) and it installs with
 *   ELECTRON_SKIP_BINARY_DOWNLOAD=1 from the lockfile;
 * - the README documents that command and `.ci/run` runs it (and no other install);
 * - `npm start` in the clone (no Electron binary) stops at once with `npm run serve` in words.
 * Skipped outside a git checkout. Only committed files are in the clone.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures';
import { ROOT } from '../helpers/run-monps';

const inGit = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() === 'true';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe.skipIf(!inGit)('a fresh clone', () => {
  const clone = join(tempDir('monps-clone-'), 'MON_PS');
  beforeAll(() => {
    const r = spawnSync('git', ['clone', '--quiet', '--depth', '1', `file://${ROOT}`, clone], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git clone failed: ${r.stderr}`);
  }, 60_000);

  it('npm run setup:headless works before any install and skips the Electron download', () => {
    expect(existsSync(join(clone, 'node_modules'))).toBe(false);
    const r = spawnSync(npm, ['run', '--silent', 'setup:headless', '--', '--dry-run'], {
      cwd: clone,
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`setup: would run: ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund (in ${clone})`);
    // the same with plain node, where npm scripts are not wanted
    const n = spawnSync(process.execPath, ['scripts/setup-headless.mjs', '--dry-run'], { cwd: clone, encoding: 'utf8' });
    expect(n.status).toBe(0);
  });

  it('the README documents it and .ci/run runs it, with no other install', () => {
    const readme = readFileSync(join(clone, 'README.md'), 'utf8');
    expect(readme).toContain('npm run setup:headless ');
    expect(readme).toContain('npm run serve');
    const pkg = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['setup:headless']).toBe('node scripts/setup-headless.mjs');
    const ci = readFileSync(join(clone, '.ci', 'run'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.trim().startsWith('#'));
    expect(ci).toContain('npm run setup:headless');
    expect(ci.filter((l) => /\bnpm (ci|install|i)\b/.test(l))).toEqual([]);
  });

  it('npm start without the Electron binary says what works instead, before building anything', () => {
    // electron's package without its binary, as ELECTRON_SKIP_BINARY_DOWNLOAD=1 leaves it
    mkdirSync(join(clone, 'node_modules', 'electron'), { recursive: true });
    writeFileSync(join(clone, 'node_modules', 'electron', 'package.json'), '{"name":"electron","version":"39.0.0"}');
    const r = spawnSync(npm, ['start', '--silent'], { cwd: clone, encoding: 'utf8', shell: process.platform === 'win32' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('start: the Electron binary is not installed');
    expect(r.stderr).toContain('`npm run serve`');
    expect(r.stderr).toContain('node node_modules/electron/install.js');
    expect(existsSync(join(clone, 'out'))).toBe(false);
  });

  it.skipIf(process.platform !== 'linux')('npm start with the binary but no display says so too', () => {
    const electron = join(clone, 'node_modules', 'electron');
    mkdirSync(join(electron, 'dist'), { recursive: true });
    writeFileSync(join(electron, 'path.txt'), 'electron');
    writeFileSync(join(electron, 'dist', 'electron'), '');
    const r = spawnSync(process.execPath, ['scripts/check-desktop.mjs'], {
      cwd: clone,
      encoding: 'utf8',
      env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('start: no display here');
    expect(r.stderr).toContain('`npm run serve`');
  });
});
