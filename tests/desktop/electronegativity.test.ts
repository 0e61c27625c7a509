/**
 * @doyensec/electronegativity on the Electron host (offline, scripts/electronegativity.mjs):
 * no HIGH or MEDIUM finding that electron/main/README.md does not explain.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO } from './load-main';

interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number | null;
}

it('every high or medium electronegativity finding is explained in electron/main/README.md', () => {
  const out = execFileSync(process.execPath, [join(REPO, 'scripts', 'electronegativity.mjs')], { encoding: 'utf8', timeout: 120_000 });
  const { checks, errors, findings } = JSON.parse(out.trim().split('\n').at(-1)!) as {
    checks: number;
    errors: number;
    findings: Finding[];
  };
  expect(checks).toBeGreaterThan(30);
  expect(errors).toBe(0);
  const readme = readFileSync(join(REPO, 'electron', 'main', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Electronegativity findings'));
  const explained = new Map<string, string>();
  for (const row of section.split('\n').filter((l) => /^\| `[A-Z_]+` \|/.test(l))) {
    const [, id, where] = row.split('|').map((c) => c.trim());
    explained.set(id.replace(/`/g, ''), where);
  }
  const unexplained = findings
    .filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM')
    .filter((f) => !explained.has(f.id) || !explained.get(f.id)!.includes(f.file));
  expect(unexplained).toEqual([]);
});
