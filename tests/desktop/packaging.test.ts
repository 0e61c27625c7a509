/**
 * What `npm run dist` packs: electron-builder ships out/ plus the production closure of
 * package.json `dependencies`. The bundles (scripts/build.mjs) inline everything but a few
 * native modules, so that closure must hold exactly what the built bundles require at run time
 * — nothing they need missing, no package they do not need. Reads the built bundles: run
 * `npm run build` first (npm test does). Nothing is downloaded.
 */
import { builtinModules } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './load-main';

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  homepage?: string;
  author?: { name?: string; email?: string } | string;
};
const BUNDLES = ['out/main/main.cjs', 'out/preload/preload.cjs', 'out/cli/cli.mjs'];
/** Optional peers of ws, tried in a try/catch: absent is fine. */
const OPTIONAL = new Set(['bufferutil', 'utf-8-validate']);
/** Provided by the Electron runtime itself. */
const RUNTIME = new Set(['electron']);

function packageOf(specifier: string): string | null {
  if (specifier.startsWith('node:') || specifier.startsWith('.') || specifier.startsWith('/')) return null;
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
  return builtinModules.includes(name) ? null : name;
}

/** Packages the built bundles load at run time (require, import, dynamic import). */
function bundleRequires(): Set<string> {
  const found = new Set<string>();
  for (const file of BUNDLES) {
    const code = readFileSync(join(REPO, file), 'utf8');
    // a string literal inside generated code (ajv's `require("ajv/…")` templates) is not a load
    // `req(…)`: shared-secret-store.ts loads the keychain addon through a guarded require
    const patterns = [/(?<![`'"\w.])req(?:uire)?\("([^"]+)"\)/g, /^import\s[^;]*?from\s*"([^"]+)"/gm, /\bimport\("([^"]+)"\)/g];
    for (const re of patterns) {
      for (const m of code.matchAll(re)) {
        const line = code.slice(code.lastIndexOf('\n', m.index) + 1, code.indexOf('\n', m.index));
        if (/`[^`]*require\(/.test(line) || /=\s*'require\(/.test(line)) continue;
        const name = packageOf(m[1]);
        if (name && !OPTIONAL.has(name) && !RUNTIME.has(name)) found.add(name);
      }
    }
  }
  return found;
}

/** The installed production closure of `dependencies` (what electron-builder copies). */
function closure(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const walk = (name: string, from: string) => {
    const candidates = [join(from, 'node_modules', name, 'package.json'), join(REPO, 'node_modules', name, 'package.json')];
    const file = candidates.find((c) => existsSync(c));
    if (!file || seen.has(name)) return;
    seen.add(name);
    const p = JSON.parse(readFileSync(file, 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    const dir = file.slice(0, -'/package.json'.length);
    for (const d of Object.keys({ ...p.dependencies, ...p.optionalDependencies })) walk(d, dir);
  };
  for (const r of roots) walk(r, REPO);
  return seen;
}

describe('packaging', () => {
  it('dependencies are exactly the modules the built bundles load at run time', () => {
    for (const b of BUNDLES) expect(existsSync(join(REPO, b)), `${b}: run npm run build`).toBe(true);
    expect([...bundleRequires()].sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });

  it('the packaged closure holds every module the bundles load, and stays small', () => {
    const shipped = closure(Object.keys(pkg.dependencies));
    for (const name of bundleRequires()) expect(shipped.has(name), name).toBe(true);
    // build tools and renderer libraries never ship (they are bundled or build-time only)
    for (const devOnly of ['tsx', 'esbuild', 'vite', 'react', 'zod', 'axios', 'typescript', 'electron-builder']) {
      expect(shipped.has(devOnly), devOnly).toBe(false);
    }
    expect(shipped.size).toBeLessThan(60);
  });

  it('the .deb has what it needs: a homepage and a maintainer', () => {
    expect(pkg.homepage).toMatch(/^https?:\/\//);
    const yml = readFileSync(join(REPO, 'electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/^\s+maintainer: .+<[^>]+@[^>]+>/m);
    expect(typeof pkg.author === 'object' && pkg.author?.email).toBeTruthy();
  });
});
