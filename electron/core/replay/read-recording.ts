/**
 * Reads a recording: one JSON object a line, `{fetched_at, sport_key, body}` (body = an /odds
 * response), gzip or plain. Yields snapshots in file order with the prices normalized.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { open } from 'node:fs/promises';
import { z } from 'zod';
import type { Snapshot } from '../ingest/odds-store';
import type { OddsFormat } from '../providers/odds-api/normalize';
import { oddsEventsParser } from '../providers/odds-api/fast-odds-parser';
import { wireTimeToMs } from '../providers/odds-api/time';

const lineSchema = z.object({
  fetched_at: z.union([z.string(), z.number()]),
  sport_key: z.string().min(1),
  body: z.unknown(),
});

export class RecordingError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'RecordingError';
  }
}

async function isGzip(file: string): Promise<boolean> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(2);
    await fh.read(buf, 0, 2, 0);
    return buf[0] === 0x1f && buf[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

/** American when any price is negative or an integer of magnitude ≥ 100 is common. */
export function detectOddsFormat(body: unknown): OddsFormat {
  let american = 0;
  let decimal = 0;
  const walk = (v: unknown, depth: number): void => {
    if (depth > 8 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1));
    const o = v as Record<string, unknown>;
    if (typeof o.price === 'number') {
      if (o.price < 0 || (Number.isInteger(o.price) && Math.abs(o.price) >= 100)) american++;
      else decimal++;
    }
    for (const x of Object.values(o)) if (typeof x === 'object') walk(x, depth + 1);
  };
  walk(body, 0);
  return american > decimal ? 'american' : 'decimal';
}

export async function* readRecording(file: string, opts: { oddsFormat?: OddsFormat | 'auto' } = {}): AsyncGenerator<Snapshot> {
  const raw = createReadStream(file);
  const input = (await isGzip(file)) ? raw.pipe(createGunzip()) : raw;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let format: OddsFormat | null = opts.oddsFormat && opts.oddsFormat !== 'auto' ? opts.oddsFormat : null;
  for await (const text of lines) {
    n++;
    if (!text.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new RecordingError(n, 'not valid JSON (truncated or damaged line)');
    }
    const line = lineSchema.safeParse(json);
    if (!line.success) throw new RecordingError(n, 'expected {fetched_at, sport_key, body}');
    if (!Array.isArray(line.data.body)) throw new RecordingError(n, 'body is not an /odds response array');
    const at = wireTimeToMs(line.data.fetched_at);
    if (!Number.isFinite(at)) throw new RecordingError(n, `fetched_at is not a time: ${String(line.data.fetched_at)}`);
    if (format === null && line.data.body.length) format = detectOddsFormat(line.data.body);
    const body = oddsEventsParser({ oddsFormat: format ?? 'decimal' }).safeParse(line.data.body);
    if (!body.success) {
      const i = body.error.issues[0];
      throw new RecordingError(n, `body is not a valid /odds response (${i.path.map(String).join('.')}: ${i.message})`);
    }
    yield { sportKey: line.data.sport_key, observedAt: at, events: body.data };
  }
}
