/**
 * Writes rows to a CSV file atomically (atomic-file.ts): a failed export never leaves a half
 * file under the name asked, nor a temp file. Rows come from a generator (paged reads) and are
 * stringified 1,000 at a time. Text cells that a spreadsheet would run as a formula are
 * neutralised (csv-cells.ts).
 */
import { stringify } from 'csv-stringify/sync';
import { writeChunksAtomic } from './atomic-file';
import { SAFE_CSV_CAST } from './csv-cells';

const BATCH = 1000;

export async function writeCsv(out: string, header: string[], rows: Iterable<unknown[]>): Promise<number> {
  let n = 0;
  function* chunks(): Generator<string> {
    let batch: unknown[][] = [];
    let first = true;
    for (const r of rows) {
      n++;
      batch.push(r);
      if (batch.length === BATCH) {
        yield stringify(batch, { header: first, columns: header, cast: SAFE_CSV_CAST });
        first = false;
        batch = [];
      }
    }
    if (batch.length || first) yield stringify(batch, { header: first, columns: header, cast: SAFE_CSV_CAST });
  }
  await writeChunksAtomic(out, chunks());
  return n;
}
