// Runs @doyensec/electronegativity on the Electron host's sources (electron/main.ts,
// electron/main/ without its tests, electron/preload.ts) and the page (renderer/index.html,
// for its CSP), copied into a scratch folder, OFFLINE — its i18n asks GitHub for translations through
// `got`; that call is answered with a refusal here — and prints the findings as JSON:
// [{ id, severity, confidence, file, line, sample }]. Used by tests/desktop/electronegativity.test.ts.
// Usage: node scripts/electronegativity.mjs [outputFile]
import Module, { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'got') return () => Promise.reject(new Error('offline: no translation download'));
  return originalLoad.call(this, request, parent, isMain);
};
const en = require('@doyensec/electronegativity');
const run = en.default ?? en;
const electronVersion = JSON.parse(readFileSync(new URL('../node_modules/electron/package.json', import.meta.url), 'utf8')).version;

const repo = new URL('..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'monps-en-'));
mkdirSync(join(out, 'main'));
copyFileSync(join(repo, 'electron', 'main.ts'), join(out, 'main.ts'));
copyFileSync(join(repo, 'electron', 'preload.ts'), join(out, 'preload.ts'));
copyFileSync(join(repo, 'renderer', 'index.html'), join(out, 'index.html'));
for (const f of readdirSync(join(repo, 'electron', 'main'))) {
  if (f.endsWith('.ts') && !f.endsWith('.test.ts')) copyFileSync(join(repo, 'electron', 'main', f), join(out, 'main', f));
}
const silence = console.log;
console.log = () => {};
let result;
try {
  result = await run({
    input: out,
    isSarif: false,
    customScan: [],
    excludeFromScan: [],
    severitySet: 'informational',
    confidenceSet: 'tentative',
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  });
} finally {
  console.log = silence;
}
rmSync(out, { recursive: true, force: true });
const findings = result.issues.map((i) => ({
  id: i.id,
  severity: i.severity.name,
  confidence: i.confidence.name,
  file: i.file,
  line: i.location?.line ?? null,
  manualReview: !!i.manualReview,
}));
process.stdout.write(JSON.stringify({ checks: result.globalChecks + result.atomicChecks, errors: result.errors.length, findings }) + '\n');
