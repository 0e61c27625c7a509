/**
 * Streams rows to a CSV file through FILE.tmp, renamed at the end, so a failed export never
 * leaves a half file under the name asked. Rows come from a generator (paged reads). Text cells
 * that a spreadsheet would run as a formula are neutralised (csv-cells.ts).
 */
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { stringify } from 'csv-stringify';
import { SAFE_CSV_CAST } from './csv-cells';

export async function writeCsv(out: string, header: string[], rows: Iterable<unknown[]>): Promise<number> {
  const tmp = out + '.tmp';
  const file = createWriteStream(tmp);
  const csv = stringify({ header: true, columns: header, cast: SAFE_CSV_CAST });
  csv.pipe(file);
  let n = 0;
  for (const r of rows) {
    n++;
    if (!csv.write(r)) await new Promise((res) => csv.once('drain', res));
  }
  csv.end();
  await new Promise<void>((res, rej) => {
    file.on('finish', () => res());
    file.on('error', rej);
  });
  await rename(tmp, out);
  return n;
}
