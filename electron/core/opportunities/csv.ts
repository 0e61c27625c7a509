/**
 * `monps export opportunities`: one row per lifecycle record (every status), legs spread over
 * fixed columns (up to three: a 3-way surebet), paged by id and written through a temporary
 * file so a failed export never leaves a half file under the name asked.
 */
import { writeCsv } from '../export/write-csv';
import { OPPORTUNITY_DEFAULTS, type Opportunity } from '../../../shared/domain/opportunities';
import type { WritableDb } from '../db/open-database';
import { createLifecycleRepo } from './lifecycle-repo';
import { createTrackRecord, type OpportunityScore } from './track-record';
import type { DevigMethod } from '../../../shared/oddsmath';

const MAX_LEGS = 3;
const iso = (ms: number) => new Date(ms).toISOString();

/** The CSV header, in order. */
export const OPPORTUNITY_COLUMNS = [
  'id',
  'kind',
  'event_id',
  'sport',
  'commence_time',
  'home',
  'away',
  'market',
  'point',
  ...Array.from({ length: MAX_LEGS }, (_, i) => [`leg${i + 1}_outcome`, `leg${i + 1}_bookmaker`, `leg${i + 1}_price`]).flat(),
  'edge',
  'first_seen',
  'last_seen',
  'peak_edge',
  'status',
  'suspicious',
  'bet',
  // the track record (track-record.ts): empty when no close was observed
  'close_price',
  'clv',
  'clv_novig',
  'beat_close',
  'result',
];

/** One CSV row of a record (edges as fractions, times in ISO 8601 UTC). */
export function toCsvRow(o: Opportunity, score?: OpportunityScore): (string | number)[] {
  const legs = Array.from({ length: MAX_LEGS }, (_, i) => {
    const l = o.legs[i];
    return l ? [l.outcome, l.bookmaker, l.price] : ['', '', ''];
  }).flat();
  return [
    o.id,
    o.kind,
    o.eventId,
    o.sportKey,
    iso(o.commenceTime),
    o.homeTeam,
    o.awayTeam,
    o.market,
    o.point ?? '',
    ...legs,
    o.edge,
    iso(o.firstSeenAt),
    iso(o.lastSeenAt),
    o.peakEdge,
    o.status,
    o.suspicious ?? '',
    o.bet ? 1 : 0,
    score?.closePrice ?? '',
    score?.clv ?? '',
    score?.clvNovig ?? '',
    score?.beatClose === null || !score ? '' : score.beatClose ? 1 : 0,
    score?.result ?? '',
  ];
}

/** Writes every opportunity record to `out`; resolves with the number of rows. */
export function exportOpportunitiesCsv(
  db: WritableDb,
  out: string,
  opts: { referenceBook?: string; devigMethod?: DevigMethod; now?: number } = {},
): Promise<number> {
  const repo = createLifecycleRepo(db);
  const track = createTrackRecord(db, {
    referenceBook: opts.referenceBook ?? OPPORTUNITY_DEFAULTS.referenceBook,
    devigMethod: opts.devigMethod ?? OPPORTUNITY_DEFAULTS.devigMethod,
  });
  const now = opts.now ?? Date.now();
  const idsAfter = db.prepare(`SELECT id FROM opportunities WHERE id > ? ORDER BY id LIMIT 1000`).pluck();
  // paged by id, so the connection is free between pages
  function* rows() {
    let after = 0;
    for (;;) {
      const ids = idsAfter.all(after) as number[];
      if (!ids.length) return;
      for (const o of repo.byIds(ids).sort((a, b) => a.id - b.id)) yield toCsvRow(o, track.score(o, now));
      after = ids[ids.length - 1];
    }
  }
  return writeCsv(out, OPPORTUNITY_COLUMNS, rows());
}
