/**
 * Compact, exact summaries of a board read and of the drops a scan found, to compare with the
 * expected values kept in tests/fixtures/board-memory-expected.json: counts, the skip counters,
 * and a SHA-256 of the whole (canonical order: lines and quotes sorted).
 */
import { createHash } from 'node:crypto';
import type { BoardRead } from '../../electron/core/opportunities/board-reader';

const sha = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex');

export function boardDigest(r: BoardRead) {
  const markets = r.markets
    .map((m) => ({
      event: m.event.id,
      market: m.market,
      line: m.line,
      outcomes: m.outcomes,
      quotes: [...m.quotes]
        .sort((a, b) => a.quoteId - b.quoteId)
        .map((q) => [q.quoteId, q.bookmaker, q.outcome, q.point, q.price, q.effectivePrice, q.changedAt, q.seenAt]),
    }))
    .sort((a, b) => (a.event + a.market + a.line).localeCompare(b.event + b.market + b.line));
  const moved = [...r.movedIds].sort((a, b) => a - b);
  return {
    lines: markets.length,
    quotes: markets.reduce((n, m) => n + m.quotes.length, 0),
    skipped: r.skipped,
    moved: moved.length,
    sha256: sha({ markets, moved }),
  };
}

export function dropDigest(found: readonly { kind: string; key: string; edge: number }[]) {
  const drops = found
    .filter((f) => f.kind === 'drop')
    .map((f) => `${f.key}|${f.edge.toFixed(6)}`)
    .sort();
  return { n: drops.length, first: drops[0] ?? null, sha256: sha(drops) };
}
