// Builds every bundle: the Electron main and preload (CJS), the CLI / headless host (ESM) and
// the renderer (Vite). Usage: node scripts/build.mjs [--skip-renderer]
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { build as viteBuild } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const define = { __APP_VERSION__: JSON.stringify(pkg.version) };
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', define };
// native or binary-shipping packages stay in node_modules: they are the only runtime
// `dependencies` of package.json (tests/desktop/packaging.test.ts checks it)
const nativeExternals = ['electron', 'better-sqlite3', 'node-notifier', '@napi-rs/keyring', 'bufferutil', 'utf-8-validate'];

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'out/main/main.cjs', format: 'cjs', external: nativeExternals }),
  // a sandboxed preload cannot require npm packages: everything but electron is bundled in
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'out/preload/preload.cjs', format: 'cjs', external: ['electron'] }),
  build({
    ...common,
    entryPoints: ['electron/cli/main.ts'],
    outfile: 'out/cli/cli.mjs',
    format: 'esm',
    // bundled like main: the packaged app and `monps` need only the native modules installed
    external: nativeExternals,
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  }),
]);
if (!process.argv.includes('--skip-renderer')) await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
console.log('built out/main, out/preload, out/cli' + (process.argv.includes('--skip-renderer') ? '' : ', out/renderer'));
