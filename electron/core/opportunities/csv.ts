/**
 * `monps export opportunities`: one row per lifecycle record (every status), legs spread over
 * fixed columns (up to three: a 3-way surebet), paged by id and written through a temporary
 * file so a failed export never leaves a half file under the name asked.
 */
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { stringify } from 'csv-stringify';
import type { Opportunity } from '../../../shared/domain/opportunities';
import type { WritableDb } from '../db/open-database';
import { createLifecycleRepo } from './lifecycle-repo';

const MAX_LEGS = 3;
const iso = (ms: number) => new Date(ms).toISOString();

/** The CSV header, in order. */
export const OPPORTUNITY_COLUMNS = [
  'id', 'kind', 'event_id', 'sport', 'commence_time', 'home', 'away', 'market', 'point',
  ...Array.from({ length: MAX_LEGS }, (_, i) => [`leg${i + 1}_outcome`, `leg${i + 1}_bookmaker`, `leg${i + 1}_price`]).flat(),
  'edge', 'first_seen', 'last_seen', 'peak_edge', 'status', 'suspicious', 'bet',
];

/** One CSV row of a record (edges as fractions, times in ISO 8601 UTC). */
export function toCsvRow(o: Opportunity): (string | number)[] {
  const legs = Array.from({ length: MAX_LEGS }, (_, i) => {
    const l = o.legs[i];
    return l ? [l.outcome, l.bookmaker, l.price] : ['', '', ''];
  }).flat();
  return [
    o.id, o.kind, o.eventId, o.sportKey, iso(o.commenceTime), o.homeTeam, o.awayTeam, o.market, o.point ?? '', ...legs,
    o.edge, iso(o.firstSeenAt), iso(o.lastSeenAt), o.peakEdge, o.status, o.suspicious ?? '', o.bet ? 1 : 0,
  ];
}

/** Writes every opportunity record to `out`; resolves with the number of rows. */
export async function exportOpportunitiesCsv(db: WritableDb, out: string): Promise<number> {
  const repo = createLifecycleRepo(db);
  const idsAfter = db.prepare(`SELECT id FROM opportunities WHERE id > ? ORDER BY id LIMIT 1000`).pluck();
  const tmp = out + '.tmp';
  const file = createWriteStream(tmp);
  const csv = stringify({ header: true, columns: OPPORTUNITY_COLUMNS });
  csv.pipe(file);
  let n = 0;
  let after = 0;
  for (;;) {
    const ids = idsAfter.all(after) as number[];
    if (!ids.length) break;
    for (const o of repo.byIds(ids).sort((a, b) => a.id - b.id)) {
      n++;
      if (!csv.write(toCsvRow(o))) await new Promise((res) => csv.once('drain', res));
    }
    after = ids[ids.length - 1];
  }
  csv.end();
  await new Promise<void>((res, rej) => {
    file.on('finish', () => res());
    file.on('error', rej);
  });
  await rename(tmp, out);
  return n;
}
