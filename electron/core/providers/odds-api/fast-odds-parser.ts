/**
 * The one reader of /odds (and event-odds) bodies, the hot path of every collection: validates
 * a body and normalizes it in one pass, with the same rules as the zod schemas in
 * wire-schemas.ts (a test holds it to expected values computed from every recorded response,
 * and to zod's refusals on damaged bodies). zod copies
 * every object it validates; on a 100,000-price answer that alone cost more than storing the
 * prices, so this path checks in place and builds the normalized objects directly. When a body
 * fails, the zod schema runs on it to name the problem and where it is.
 */
import type { NormalizedBookmaker, NormalizedEvent, NormalizedMarket, NormalizedOutcome } from '../types';
import type { BodyParser, ParseIssue } from './transport';
import { priceToDecimal, type NormalizeOddsOptions } from './normalize';
import { wireTimeToMs } from './time';
import { wireEventOddsSchema, wireOddsEventsSchema } from './wire-schemas';

/** Thrown on the first problem; the zod schema then says what and where. */
class Invalid extends Error {}
const INVALID = new Invalid('invalid /odds body');

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(o: Record<string, unknown>, k: string, min = 0): string {
  const v = o[k];
  if (typeof v !== 'string') throw INVALID;
  if (v.length < min) throw INVALID;
  return v;
}

function optStr(o: Record<string, unknown>, k: string): string | null {
  const v = o[k];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw INVALID;
  return v;
}

function optNum(o: Record<string, unknown>, k: string): number | null {
  const v = o[k];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number' || Number.isNaN(v)) throw INVALID;
  return v;
}

function arr(o: Record<string, unknown>, k: string): unknown[] {
  const v = o[k];
  if (!Array.isArray(v)) throw INVALID;
  return v;
}

/** Times repeat a lot within one answer (every market of a book shares them): parse each once. */
function timeReader() {
  const cache = new Map<string, number>();
  const read = (v: unknown): number => {
    if (typeof v === 'number') {
      if (!(v >= 0)) throw INVALID;
      return wireTimeToMs(v);
    }
    if (typeof v !== 'string') throw INVALID;
    let ms = cache.get(v);
    if (ms === undefined) {
      ms = wireTimeToMs(v);
      if (Number.isNaN(ms)) throw INVALID;
      cache.set(v, ms);
    }
    return ms;
  };
  return {
    required: read,
    optional: (v: unknown): number | null => (v === undefined || v === null ? null : read(v)),
  };
}

const OPTIONAL_STRINGS = ['link', 'sid'];

function outcome(
  v: unknown,
  where: { eventId: string; bookmaker: string; market: string },
  opts: NormalizeOddsOptions,
): NormalizedOutcome | null {
  if (!isObj(v)) throw INVALID;
  const name = str(v, 'name');
  const raw = v.price;
  if (typeof raw !== 'number' || Number.isNaN(raw)) throw INVALID;
  const point = optNum(v, 'point');
  const description = optStr(v, 'description');
  const { link, sid, bet_limit: limit, multiplier } = v;
  if (
    (link != null && typeof link !== 'string') ||
    (sid != null && typeof sid !== 'string') ||
    (limit != null && typeof limit !== 'number') ||
    (multiplier != null && typeof multiplier !== 'number')
  )
    throw INVALID;
  const price = priceToDecimal(raw, opts.oddsFormat);
  if (Number.isNaN(price)) {
    opts.onDroppedOutcome?.({ ...where, name, price: raw });
    return null;
  }
  return { name, price, point, description };
}

function event(v: unknown, times: ReturnType<typeof timeReader>, opts: NormalizeOddsOptions): NormalizedEvent {
  if (!isObj(v)) throw INVALID;
  const id = str(v, 'id', 1);
  const sportKey = str(v, 'sport_key', 1);
  const sportTitle = optStr(v, 'sport_title');
  const commenceTime = times.required(v.commence_time);
  const homeTeam = optStr(v, 'home_team') ?? '';
  const awayTeam = optStr(v, 'away_team') ?? '';
  optNum(v, 'home_rotation');
  optNum(v, 'away_rotation');
  const books = arr(v, 'bookmakers');
  const bookmakers: NormalizedBookmaker[] = new Array(books.length);
  for (let bi = 0; bi < books.length; bi++) {
    const b = books[bi];
    if (!isObj(b)) throw INVALID;
    const key = str(b, 'key', 1);
    const title = str(b, 'title');
    const own = times.optional(b.last_update);
    for (const k of OPTIONAL_STRINGS) optStr(b, k);
    const wireMarkets = arr(b, 'markets');
    const markets: NormalizedMarket[] = new Array(wireMarkets.length);
    let newest: number | null = null;
    for (let mi = 0; mi < wireMarkets.length; mi++) {
      const m = wireMarkets[mi];
      if (!isObj(m)) throw INVALID;
      const mkey = str(m, 'key', 1);
      const mUpdate = times.optional(m.last_update);
      for (const k of OPTIONAL_STRINGS) optStr(m, k);
      const wireOutcomes = arr(m, 'outcomes');
      const outcomes: NormalizedOutcome[] = [];
      const where = { eventId: id, bookmaker: key, market: mkey };
      for (let oi = 0; oi < wireOutcomes.length; oi++) {
        const o = outcome(wireOutcomes[oi], where, opts);
        if (o) outcomes.push(o);
      }
      const lastUpdate = mUpdate ?? own;
      if (lastUpdate !== null && (newest === null || lastUpdate > newest)) newest = lastUpdate;
      markets[mi] = { key: mkey, lastUpdate, outcomes };
    }
    bookmakers[bi] = { key, title, lastUpdate: own ?? newest, markets };
  }
  return { id, sportKey, sportTitle, commenceTime, homeTeam, awayTeam, bookmakers };
}

/** Runs the reference schema on a body the fast path refused, to say what is wrong and where. */
function explain(
  e: unknown,
  schema: { safeParse(j: unknown): { success: boolean; error?: { issues: ParseIssue[] } } },
  json: unknown,
): ParseIssue[] {
  if (!(e instanceof Invalid)) throw e;
  const r = schema.safeParse(json);
  return r.error?.issues.length ? r.error.issues : [{ path: [], message: 'unexpected shape' }];
}

/** A BodyParser of an /odds answer (an array of events) straight to normalized events. */
export function oddsEventsParser(opts: NormalizeOddsOptions): BodyParser<NormalizedEvent[]> {
  return {
    safeParse(json) {
      try {
        if (!Array.isArray(json)) throw INVALID;
        const list = json as unknown[];
        const times = timeReader();
        const out: NormalizedEvent[] = new Array(list.length);
        for (let i = 0; i < list.length; i++) out[i] = event(list[i], times, opts);
        return { success: true, data: out };
      } catch (e) {
        return { success: false, error: { issues: explain(e, wireOddsEventsSchema, json) } };
      }
    },
  };
}

/** The same for the event-odds endpoint (one object). */
export function eventOddsParser(opts: NormalizeOddsOptions): BodyParser<NormalizedEvent> {
  return {
    safeParse(json) {
      try {
        return { success: true, data: event(json, timeReader(), opts) };
      } catch (e) {
        return { success: false, error: { issues: explain(e, wireEventOddsSchema, json) } };
      }
    },
  };
}
