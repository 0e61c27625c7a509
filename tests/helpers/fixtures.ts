/** Paths of the repository's own fixtures (never ../shared). */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const RESPONSES = join(FIXTURES, 'odds-api', 'responses');
export const WORLD_CUP_REPLAY = join(FIXTURES, 'odds-api', 'replay', 'worldcup-2026-group-stage.jsonl.gz');

export function readResponse(name: string): unknown {
  return JSON.parse(readFileSync(join(RESPONSES, name), 'utf8'));
}

export function tempDir(prefix = 'monps-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
