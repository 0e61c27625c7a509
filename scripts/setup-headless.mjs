#!/usr/bin/env node
// The install for a machine without a display or without Electron's download (a server, a
// locked-down network, CI): `npm run setup:headless`, or `node scripts/setup-headless.mjs`.
// It uses only Node's built-ins, so it runs first thing on a fresh clone, before any install.
// It installs from the lockfile with ELECTRON_SKIP_BINARY_DOWNLOAD=1 (the Electron binary is
// the one download that fails behind such networks, and npm then removes node_modules), folds
// npm's engine warnings into one line, and checks that better-sqlite3 loads.
//
// Usage: node scripts/setup-headless.mjs [--dry-run] [--verbose]
//   --dry-run  print the command it would run, run nothing
//   --verbose  npm's full output
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const say = (msg) => process.stdout.write(`setup: ${msg}\n`);
const fail = (msg) => {
  process.stderr.write(`setup: ${msg}\n`);
  process.exit(1);
};

// what the code itself needs (vite 7, vitest 4, eslint 10 agree on it); package.json "engines"
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19))
  fail(`Node ${process.version} is too old: MON_PS needs Node 20.19+, 22.13+ or 24+ (https://nodejs.org).`);

const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
const npmArgs = [existsSync(join(root, 'package-lock.json')) ? 'ci' : 'install', '--no-audit', '--no-fund'];
// inside `npm run`, npm tells us where its own CLI is; from plain node, call `npm` from PATH
const npmJs = process.env.npm_execpath && /\.c?js$/.test(process.env.npm_execpath) ? process.env.npm_execpath : null;
const command = npmJs ? [process.execPath, [npmJs, ...npmArgs]] : ['npm', npmArgs];

if (args.has('--dry-run')) {
  say(`would run: ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ${npmArgs.join(' ')} (in ${root})`);
  process.exit(0);
}

say(`ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ${npmArgs.join(' ')} — installing without the Electron binary…`);
const child = spawn(command[0], command[1], {
  cwd: root,
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
  shell: !npmJs && process.platform === 'win32',
});

// npm's EBADENGINE warnings come as blocks of 5 lines; keep the package and its range
const engineWarnings = [];
let block = null;
function onLine(line, out) {
  if (!args.has('--verbose') && /EBADENGINE/.test(line)) {
    const pkg = /package: '([^']+)'/.exec(line);
    const req = /required: \{ node: '([^']+)'/.exec(line);
    if (/Unsupported engine/.test(line)) block = {};
    if (block && pkg) block.pkg = pkg[1];
    if (block && req) block.range = req[1];
    if (/EBADENGINE \}$/.test(line.trim()) && block) {
      engineWarnings.push(block);
      block = null;
    }
    return;
  }
  out.write(line + '\n');
}
for (const [stream, out] of [
  [child.stdout, process.stdout],
  [child.stderr, process.stderr],
]) {
  let buf = '';
  stream.on('data', (d) => {
    buf += d;
    const lines = buf.split('\n');
    buf = lines.pop();
    for (const l of lines) onLine(l, out);
  });
  stream.on('end', () => buf && onLine(buf, out));
}

const code = await new Promise((res) => child.on('close', (c) => res(c ?? 1)));
if (code !== 0) fail(`npm exited with code ${code} (see above). Nothing else was changed.`);

if (engineWarnings.length) {
  const list = engineWarnings.map((w) => `${w.pkg} (${w.range})`).join(', ');
  // electron-builder's rebuild step (and its node-abi) is used by `npm run dist` only
  const distOnly = engineWarnings.every((w) => /^(@electron\/rebuild|node-abi)@/.test(w.pkg ?? ''));
  say(
    `note: ${list} ask${engineWarnings.length > 1 ? '' : 's'} for a newer Node than ${process.version}` +
      (distOnly
        ? '; only `npm run dist` (electron-builder) uses it — everything else runs on this Node.'
        : ' (`npm run setup:headless -- --verbose` prints npm’s own warnings).'),
  );
}

// better-sqlite3 is the one native module every headless command needs
const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { cwd: root, encoding: 'utf8' });
if (probe.status !== 0) {
  fail(
    'better-sqlite3 does not load under this Node: ' +
      (probe.stderr
        .trim()
        .split('\n')
        .find((l) => /Error/.test(l)) ?? 'unknown error') +
      '. Without a prebuilt binary it is compiled: install Python 3 and a C++ toolchain (Debian: build-essential), then `npm rebuild better-sqlite3`.',
  );
}

say('done. Next: `npm run serve` (headless: open the printed URL in a browser), `npx monps status`, or `npm test`.');
