/**
 * Replays are idempotent: the World Cup recording replayed twice, a prefix then the whole, or
 * overlapping pieces (cut at every tenth of its lines) leaves exactly the history and the
 * opportunities of one replay. A snapshot older than what is stored for an event changes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPPORTUNITY_DEFAULTS } from '../../shared/domain/opportunities';
import { createOpportunityEngine } from '../../electron/core/opportunities/engine';
import { replayRecording } from '../../electron/core/replay/replay';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { openWorkspace, type Workspace } from '../../electron/core/workspace';
import { tempDir, WORLD_CUP_REPLAY } from '../helpers/fixtures';

const log = createLogger('test', { sinks: [silentSink] });
const lines = gunzipSync(readFileSync(WORLD_CUP_REPLAY))
  .toString('utf8')
  .split('\n')
  .filter((l) => l.trim());
const pieceDir = tempDir('monps-pieces-');

/** Writes lines [from, to) of the recording as a file of its own. */
function piece(from: number, to: number): string {
  const f = join(pieceDir, `piece-${from}-${to}.jsonl`);
  writeFileSync(f, lines.slice(from, to).join('\n') + '\n');
  return f;
}

interface Stored {
  history: number;
  opportunities: number;
  quotes: string;
  opps: string;
}

async function replayAll(files: string[]): Promise<Stored> {
  const ws: Workspace = openWorkspace(tempDir(), 'real', log);
  const engine = createOpportunityEngine({ db: ws.db, odds: ws.odds, settings: () => OPPORTUNITY_DEFAULTS, bankroll: () => 1000 });
  for (const f of files)
    await replayRecording(ws, f, {
      onSnapshot: (snap) =>
        engine.scan(
          snap.observedAt,
          snap.events.map((e) => e.id),
        ),
    });
  const history = ws.db.prepare(`SELECT count(*) FROM price_history`).pluck().get() as number;
  const opportunities = ws.db.prepare(`SELECT count(*) FROM opportunities`).pluck().get() as number;
  const quotes = JSON.stringify(
    ws.db
      .prepare(
        `SELECT q.outcome, q.point, q.price, q.changed_at, q.active, q.first_price, q.first_at FROM quotes q ORDER BY q.event_ref, q.bookmaker_id, q.market_id, q.outcome, q.point`,
      )
      .raw()
      .all(),
  );
  const opps = JSON.stringify(
    ws.db.prepare(`SELECT key, edge, peak_edge, first_seen_at, last_seen_at, status, openings FROM opportunities ORDER BY key`).raw().all(),
  );
  ws.close();
  return { history, opportunities, quotes, opps };
}

describe('replaying the same recording again', () => {
  let once: Stored;
  beforeAll(async () => {
    once = await replayAll([WORLD_CUP_REPLAY]);
  }, 120_000);

  it("one replay stores the issue's counts", () => {
    expect(once.history).toBe(71_755);
    expect(once.opportunities).toBe(1_006);
  });

  it('twice leaves exactly the history and opportunities of one replay', async () => {
    const twice = await replayAll([WORLD_CUP_REPLAY, WORLD_CUP_REPLAY]);
    expect(twice).toEqual(once);
  }, 120_000);

  it('a prefix then the whole leaves exactly one replay', async () => {
    const s = await replayAll([piece(0, Math.floor(lines.length / 3)), WORLD_CUP_REPLAY]);
    expect(s).toEqual(once);
  }, 120_000);

  it('overlapping pieces cut at every tenth line, in order, leave exactly one replay', async () => {
    const tenth = Math.ceil(lines.length / 10);
    const files: string[] = [];
    for (let k = 0; k < 10; k++) files.push(piece(k * tenth, Math.min(lines.length, (k + 2) * tenth)));
    const s = await replayAll(files);
    expect(s).toEqual(once);
  }, 120_000);

  it('the whole then any earlier piece, in any order, leaves exactly one replay', async () => {
    const tenth = Math.ceil(lines.length / 10);
    const s = await replayAll([
      WORLD_CUP_REPLAY,
      piece(5 * tenth, 7 * tenth),
      piece(0, 3 * tenth),
      piece(8 * tenth, lines.length),
      piece(2 * tenth, 6 * tenth),
    ]);
    expect(s).toEqual(once);
  }, 120_000);
});
