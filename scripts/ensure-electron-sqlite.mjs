#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into .cache/electron-sqlite/<electron version>/,
// leaving node_modules/better-sqlite3 built for Node (tests, CLI, headless host). The Electron
// host loads the cached addon through better-sqlite3's `nativeBinding` option
// (electron/main/native-sqlite.ts). `npm start` runs this first; it returns at once when the
// addon for this Electron version, arch and better-sqlite3 version is already there.
//
// Usage: node scripts/ensure-electron-sqlite.mjs [--force] [--no-binary-check]
//   --force            rebuild even when the cached addon looks current
//   --no-binary-check  build even when the Electron binary is not downloaded (CI prep)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const require = createRequire(join(root, 'package.json'));
const log = (msg) => console.log(`[electron-sqlite] ${msg}`);

function fail(msg) {
  console.error(`[electron-sqlite] ${msg}`);
  process.exit(1);
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

// 1. Electron: its version, and its binary (without it `electron .` cannot start anyway)
const electronDir = join(root, 'node_modules', 'electron');
if (!existsSync(join(electronDir, 'package.json'))) fail('electron is not installed: run `npm install`.');
const electronVersion = readJson(join(electronDir, 'package.json')).version;
const pathTxt = join(electronDir, 'path.txt');
const binaryPresent = existsSync(pathTxt) && existsSync(join(electronDir, 'dist', readFileSync(pathTxt, 'utf8').trim()));
if (!binaryPresent && !args.has('--no-binary-check')) {
  fail(
    'Electron binary missing (node_modules/electron/path.txt or dist/ absent). Without it, `npm run serve` runs MON_PS ' +
      'headless (open the printed URL in a browser); to get it, run `node node_modules/electron/install.js` where github.com ' +
      'is reachable (or set ELECTRON_MIRROR).',
  );
}

// 2. Already built for this Electron, arch and better-sqlite3?
const sqliteDir = join(root, 'node_modules', 'better-sqlite3');
if (!existsSync(join(sqliteDir, 'package.json'))) fail('better-sqlite3 is not installed: run `npm install`.');
const sqliteVersion = readJson(join(sqliteDir, 'package.json')).version;
const arch = process.env.npm_config_arch || process.arch;
const cacheDir = join(root, '.cache', 'electron-sqlite', electronVersion);
const addon = join(cacheDir, 'better_sqlite3.node');
const stampFile = join(cacheDir, 'stamp.json');
const stamp = { electron: electronVersion, betterSqlite3: sqliteVersion, platform: process.platform, arch };

function isCurrent() {
  if (!existsSync(addon) || statSync(addon).size === 0 || !existsSync(stampFile)) return false;
  try {
    const saved = readJson(stampFile);
    return Object.entries(stamp).every(([k, v]) => saved[k] === v);
  } catch {
    return false;
  }
}
if (isCurrent() && !args.has('--force')) process.exit(0);

// 3. Build in a scratch copy, so node_modules/better-sqlite3 keeps its Node build
log(`building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${arch})…`);
const work = mkdtempSync(join(tmpdir(), 'monps-electron-sqlite-'));
const pkgDir = join(work, 'better-sqlite3');
try {
  cpSync(sqliteDir, pkgDir, {
    recursive: true,
    // the Node build (and its objects) must not be mistaken for the result
    filter: (src) => !src.startsWith(join(sqliteDir, 'build')) && !src.startsWith(join(sqliteDir, 'node_modules')),
  });
  // npm passes its config to scripts as npm_config_*; ours must not be overridden by it
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_config_(runtime|target|disturl|arch|build_from_source)$/i.test(k)),
  );
  const run = (label, cmdArgs) => {
    log(label);
    const r = spawnSync(process.execPath, cmdArgs, { cwd: pkgDir, env, stdio: 'inherit' });
    return r.status === 0;
  };
  const built = join(pkgDir, 'build', 'Release', 'better_sqlite3.node');

  let ok = false;
  let prebuildInstall = null;
  try {
    prebuildInstall = join(dirname(require.resolve('prebuild-install/package.json')), 'bin.js');
  } catch {
    log('prebuild-install not found; building from source');
  }
  if (prebuildInstall) {
    ok =
      run('downloading a prebuilt addon (prebuild-install)', [
        prebuildInstall,
        '--runtime',
        'electron',
        '--target',
        electronVersion,
        '--arch',
        arch,
        '--platform',
        process.platform,
        '--verbose',
      ]) && existsSync(built);
  }
  if (!ok) {
    let nodeGyp;
    try {
      nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
    } catch {
      throw new Error('no prebuilt addon, and node-gyp is not installed to build one.');
    }
    ok =
      run('no prebuilt addon: compiling with node-gyp (needs Python and a C++ toolchain)', [
        nodeGyp,
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${electronVersion}`,
        `--arch=${arch}`,
        '--dist-url=https://electronjs.org/headers',
      ]) && existsSync(built);
  }
  if (!ok) throw new Error('could not build better-sqlite3 for Electron (see the output above).');

  // 4. Into the cache, atomically: a half-copied addon must never look current
  mkdirSync(cacheDir, { recursive: true });
  const tmp = addon + '.tmp';
  cpSync(built, tmp);
  renameSync(tmp, addon);
  writeFileSync(stampFile, JSON.stringify({ ...stamp, builtAt: new Date().toISOString() }, null, 2) + '\n');
  log(`ready: ${addon}`);
} catch (e) {
  console.error(`[electron-sqlite] ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
