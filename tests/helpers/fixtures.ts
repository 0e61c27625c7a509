/** Paths of the repository's own fixtures (never ../shared). */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { oddsEventsParser } from '../../electron/core/providers/odds-api/fast-odds-parser';
import type { NormalizedEvent } from '../../electron/core/providers/types';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const RESPONSES = join(FIXTURES, 'odds-api', 'responses');
export const WORLD_CUP_REPLAY = join(FIXTURES, 'odds-api', 'replay', 'worldcup-2026-group-stage.jsonl.gz');

export function readResponse(name: string): unknown {
  return JSON.parse(readFileSync(join(RESPONSES, name), 'utf8'));
}

/** A recorded /odds response read by the product's parser (the collector's own path); throws if it refuses it. */
export function readOddsResponse(name: string, oddsFormat: 'decimal' | 'american' = 'decimal'): NormalizedEvent[] {
  const parsed = oddsEventsParser({ oddsFormat }).safeParse(readResponse(name));
  if (!parsed.success) throw new Error(`${name}: ${parsed.error.issues[0]?.message ?? 'refused'}`);
  return parsed.data;
}

export function tempDir(prefix = 'monps-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
