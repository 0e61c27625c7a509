#!/usr/bin/env node
/**
 * Fails on an import cycle, type-only imports included (import-x/no-cycle skips those, and a
 * type cycle still couples two files' designs). Two levels:
 * - files: any cycle between source files (electron/, shared/, renderer/src/, bench/, tests/);
 * - folders: a cycle between the feature folders of electron/core (e.g. notify/ ↔ alerts/),
 *   the layering VS Code's rules keep: a folder depends on another, never both ways.
 * Usage: node scripts/check-import-cycles.mjs   (exit 1 and the cycles listed when there are some)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOTS = ['electron', 'shared', 'renderer/src', 'bench', 'tests'];
const EXT = ['.ts', '.tsx', '.mts', '.js', '.mjs'];
const SKIP = new Set(['node_modules', 'out', 'dist', 'fixtures']);

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (EXT.some((e) => name.endsWith(e)) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function resolveImport(from, spec) {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const c of [base, ...EXT.map((e) => base + e), ...EXT.map((e) => join(base, 'index' + e))]) {
    if (existsSync(c) && statSync(c).isFile()) return c;
  }
  return null;
}

// import … from '…', import '…', export … from '…', import('…'); comments removed first
const IMPORT = /(?:^|[;\s])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

export function importGraph(files) {
  const graph = new Map();
  for (const f of files) {
    const text = readFileSync(f, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const deps = new Set();
    for (const m of text.matchAll(IMPORT)) {
      const to = resolveImport(f, m[1] ?? m[2]);
      if (to && to !== f) deps.add(to);
    }
    graph.set(f, deps);
  }
  return graph;
}

/** Strongly connected components with more than one node (Tarjan), each sorted. */
export function cycles(graph) {
  let index = 0;
  const idx = new Map(),
    low = new Map(),
    stack = [],
    on = new Set(),
    out = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const comp = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) out.push(comp.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

/** The electron/core feature folder of a file (files directly in electron/core count as their own). */
function coreFolder(file) {
  const rel = relative(join(ROOT, 'electron', 'core'), file);
  if (rel.startsWith('..')) return null;
  const parts = rel.split(sep);
  return parts.length > 1 ? parts[0] + '/' : null;
}

const files = ROOTS.map((r) => join(ROOT, r))
  .filter(existsSync)
  .flatMap((r) => walk(r, []));
const graph = importGraph(files);
const fileCycles = cycles(graph);

const folders = new Map();
for (const [from, deps] of graph) {
  const a = coreFolder(from);
  if (!a || from.includes('.test.')) continue;
  for (const to of deps) {
    const b = coreFolder(to);
    if (b && b !== a) (folders.get(a) ?? folders.set(a, new Set()).get(a)).add(b);
  }
}
const folderCycles = cycles(folders);

const rel = (f) => relative(ROOT, f);
for (const c of fileCycles) console.error(`import cycle between files: ${c.map(rel).join(' ↔ ')}`);
for (const c of folderCycles) {
  const edges = [];
  for (const [from, deps] of graph) {
    const a = coreFolder(from);
    if (!a || !c.includes(a) || from.includes('.test.')) continue;
    for (const to of deps) {
      const b = coreFolder(to);
      if (b && b !== a && c.includes(b)) edges.push(`${rel(from)} → ${rel(to)}`);
    }
  }
  console.error(`import cycle between electron/core folders ${c.join(' ↔ ')}:\n  ${edges.join('\n  ')}`);
}
if (fileCycles.length || folderCycles.length) process.exit(1);
console.log(`no import cycle (${files.length} files)`);
