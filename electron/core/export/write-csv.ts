/**
 * Streams rows to a CSV file through FILE.tmp, renamed at the end, so a failed export never
 * leaves a half file under the name asked. Rows come from a generator (paged reads).
 */
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { stringify } from 'csv-stringify';

export async function writeCsv(out: string, header: string[], rows: Iterable<unknown[]>): Promise<number> {
  const tmp = out + '.tmp';
  const file = createWriteStream(tmp);
  const csv = stringify({ header: true, columns: header });
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
