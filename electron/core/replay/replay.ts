/**
 * Replays a recording into a workspace: each snapshot is ingested with the clock at its
 * fetched_at, exactly as the collector would have stored it. All or nothing: a damaged line
 * rolls the whole replay back, so a half-replayed history never remains.
 */
import type { Snapshot } from '../ingest/odds-store';
import type { Workspace } from '../workspace';
import { readRecording } from './read-recording';

export interface ReplaySummary {
  snapshots: number;
  events: number;
  pricesSeen: number;
  pricesChanged: number;
  skippedMarkets: number;
  /** Absurd prices dropped (≤ 1.0, above the ceiling). */
  skippedPrices: number;
  /** Event sightings older than what was already stored (a replay again): ignored. */
  staleEvents: number;
  firstAt: number | null;
  lastAt: number | null;
  runId: number;
}

export async function replayRecording(
  ws: Workspace,
  file: string,
  opts: { onSnapshot?(snap: Snapshot, index: number): void; now?: () => number } = {},
): Promise<ReplaySummary> {
  const now = opts.now ?? Date.now;
  const sum: ReplaySummary = {
    snapshots: 0,
    events: 0,
    pricesSeen: 0,
    pricesChanged: 0,
    skippedMarkets: 0,
    skippedPrices: 0,
    staleEvents: 0,
    firstAt: null,
    lastAt: null,
    runId: 0,
  };
  const eventIds = new Set<string>();
  const sports = new Set<string>();
  ws.db.exec('BEGIN IMMEDIATE');
  try {
    for await (const snap of readRecording(file)) {
      const r = ws.odds.ingest(snap, { replaying: true });
      sum.snapshots++;
      sum.pricesSeen += r.pricesSeen;
      sum.pricesChanged += r.pricesChanged;
      sum.skippedMarkets += r.skippedMarkets;
      sum.skippedPrices += r.skippedPrices;
      sum.firstAt ??= snap.observedAt;
      sum.lastAt = snap.observedAt;
      sports.add(snap.sportKey);
      for (const e of snap.events) eventIds.add(e.id);
      sum.staleEvents += r.staleEvents;
      if (r.staleIds) {
        // what is already stored from a later snapshot is not scanned again at an older time
        const stale = new Set(r.staleIds);
        opts.onSnapshot?.({ ...snap, events: snap.events.filter((e) => !stale.has(e.id)) }, sum.snapshots - 1);
      } else opts.onSnapshot?.(snap, sum.snapshots - 1);
    }
    sum.events = eventIds.size;
    const run = ws.runs.start(now(), 'replay', [...sports]);
    ws.runs.finish(run.id, {
      endedAt: now(),
      status: 'ok',
      httpStatus: null,
      errorCode: null,
      errorMessage: null,
      creditsUsed: 0,
      creditsRemaining: null,
      requests: 0,
      events: sum.events,
      pricesSeen: sum.pricesSeen,
      pricesChanged: sum.pricesChanged,
      pricesDropped: sum.skippedPrices,
    });
    sum.runId = run.id;
    ws.db.exec('COMMIT');
  } catch (e) {
    if (ws.db.inTransaction) ws.db.exec('ROLLBACK');
    ws.odds.resetCaches();
    throw e;
  }
  return sum;
}
