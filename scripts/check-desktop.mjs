#!/usr/bin/env node
// `npm start` runs this first: the desktop app needs Electron's binary and a display. When one
// is missing it says so, and what works instead (`npm run serve`), before any build starts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const fail = (lines) => {
  process.stderr.write(lines.map((l) => `start: ${l}`).join('\n') + '\n');
  process.exit(1);
};
const serve =
  'Without it, run MON_PS headless: `npm run serve`, then open the printed http://127.0.0.1:4820/ in a browser (same app, same data).';

if (!existsSync(join(electronDir, 'package.json'))) {
  fail(["dependencies are not installed: run `npm install` (or `npm run setup:headless` without a display or Electron's download)."]);
}
const pathTxt = join(electronDir, 'path.txt');
const binary = existsSync(pathTxt) && existsSync(join(electronDir, 'dist', readFileSync(pathTxt, 'utf8').trim()));
if (!binary) {
  fail([
    'the Electron binary is not installed (skipped by ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download was blocked).',
    serve,
    'For the desktop app, fetch the binary where github.com is reachable: `node node_modules/electron/install.js`',
    '(behind a proxy or mirror: set ELECTRON_MIRROR, see https://www.electronjs.org/docs/latest/tutorial/installation).',
  ]);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail(['no display here ($DISPLAY and $WAYLAND_DISPLAY are empty), so no window can open.', serve]);
}
