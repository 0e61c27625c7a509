/**
 * A compact, exact summary of normalized odds events, to compare a parse with expected values
 * kept in tests/fixtures/odds-api/normalized-expected.json: counts, the first event in full
 * (head, first bookmaker, its first market) and a SHA-256 of the whole result as canonical
 * JSON (keys sorted, so a change of key order is not a change of result).
 */
import { createHash } from 'node:crypto';
import type { NormalizedEvent } from '../../electron/core/providers/types';

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, canonical(o[k])]),
    );
  }
  return v;
}

export interface NormalizedDigest {
  events: number;
  bookmakers: number;
  markets: number;
  outcomes: number;
  first: unknown;
  sha256: string;
}

export function digestNormalized(events: NormalizedEvent[]): NormalizedDigest {
  let bookmakers = 0;
  let markets = 0;
  let outcomes = 0;
  for (const e of events)
    for (const b of e.bookmakers) {
      bookmakers++;
      for (const m of b.markets) {
        markets++;
        outcomes += m.outcomes.length;
      }
    }
  const e0 = events[0];
  const b0 = e0?.bookmakers[0];
  const first = e0 && canonical({ ...e0, bookmakers: b0 ? [{ ...b0, markets: b0.markets.slice(0, 1) }] : [] });
  const sha256 = createHash('sha256')
    .update(JSON.stringify(canonical(events)))
    .digest('hex');
  return { events: events.length, bookmakers, markets, outcomes, first, sha256 };
}
