/**
 * Wire → normalized conversion: times become UTC epoch ms, prices become decimal odds,
 * scores become numbers. Outcomes keep their wire names and are never re-ordered or assigned
 * to home/away by position — consumers match them by `name` (the API lists teams alphabetically
 * with "Draw" last, not home/away/draw).
 */
import type {
  NormalizedBookmaker,
  NormalizedEvent,
  NormalizedMarket,
  NormalizedOutcome,
  NormalizedScoreEvent,
  NormalizedSport,
} from '../types';
import { OddsMathError, toDecimal } from '../../../../shared/oddsmath';
import { wireTimeToMs } from './time';
import type { WireBookmaker, WireEvent, WireMarket, WireOddsEvent, WireOutcome, WireScoreEvent, WireSport } from './wire-schemas';

/** The `oddsFormat` the request asked for; it decides how wire prices are read. */
export type OddsFormat = 'decimal' | 'american';

/** Options of the odds normalizers. */
export interface NormalizeOddsOptions {
  oddsFormat: OddsFormat;
  /** Called for each outcome dropped because its price cannot be a price (e.g. American 0). */
  onDroppedOutcome?: (info: { eventId: string; bookmaker: string; market: string; name: string; price: number }) => void;
}

/** American → decimal by shared/oddsmath (the one conversion); NaN when |a| < 100 (not a price). */
function americanToDecimal(a: number): number {
  try {
    return toDecimal(a, 'american');
  } catch (e) {
    if (e instanceof OddsMathError) return Number.NaN;
    throw e;
  }
}

/**
 * Reads one wire price as decimal odds. Decimal prices pass through unchanged (placeholders such
 * as 1.0 / 1.01 included — filtering them is the scanner's job); NaN when the value cannot be a price.
 */
export function priceToDecimal(price: number, format: OddsFormat): number {
  if (format === 'american') return americanToDecimal(price);
  return Number.isFinite(price) && price >= 1 ? price : Number.NaN;
}

/** A wire timestamp (or null/undefined) as epoch ms, null when absent. */
function optionalTime(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const ms = wireTimeToMs(value);
  return Number.isNaN(ms) ? null : ms;
}

/** `GET /v4/sports` → NormalizedSport[]. */
export function normalizeSports(wire: WireSport[]): NormalizedSport[] {
  return wire.map((s) => ({
    key: s.key,
    group: s.group,
    title: s.title,
    description: s.description,
    active: s.active,
    hasOutrights: s.has_outrights,
  }));
}

/** The event head shared by /events, /odds and event-odds. Outright events have no teams: ''. */
function eventHead(e: WireEvent): Omit<NormalizedEvent, 'bookmakers'> {
  return {
    id: e.id,
    sportKey: e.sport_key,
    sportTitle: e.sport_title ?? null,
    commenceTime: wireTimeToMs(e.commence_time),
    homeTeam: e.home_team ?? '',
    awayTeam: e.away_team ?? '',
  };
}

/** `GET /v4/sports/{sport}/events` → NormalizedEvent[] with empty `bookmakers`. */
export function normalizeEvents(wire: WireEvent[]): NormalizedEvent[] {
  return wire.map((e) => ({ ...eventHead(e), bookmakers: [] }));
}

function normalizeOutcomes(
  outcomes: WireOutcome[],
  where: { eventId: string; bookmaker: string; market: string },
  opts: NormalizeOddsOptions,
): NormalizedOutcome[] {
  const out: NormalizedOutcome[] = [];
  for (const o of outcomes) {
    const price = priceToDecimal(o.price, opts.oddsFormat);
    if (Number.isNaN(price)) {
      opts.onDroppedOutcome?.({ ...where, name: o.name, price: o.price });
      continue;
    }
    out.push({ name: o.name, price, point: o.point ?? null, description: o.description ?? null });
  }
  return out;
}

function normalizeMarket(m: WireMarket, b: WireBookmaker, eventId: string, opts: NormalizeOddsOptions): NormalizedMarket {
  return {
    key: m.key,
    lastUpdate: optionalTime(m.last_update) ?? optionalTime(b.last_update),
    outcomes: normalizeOutcomes(m.outcomes, { eventId, bookmaker: b.key, market: m.key }, opts),
  };
}

function normalizeBookmaker(b: WireBookmaker, eventId: string, opts: NormalizeOddsOptions): NormalizedBookmaker {
  const markets = b.markets.map((m) => normalizeMarket(m, b, eventId, opts));
  // event-odds bookmakers carry no last_update: use the newest market update instead.
  const marketTimes = markets.map((m) => m.lastUpdate).filter((t): t is number => t !== null);
  const own = optionalTime(b.last_update);
  return {
    key: b.key,
    title: b.title,
    lastUpdate: own ?? (marketTimes.length > 0 ? Math.max(...marketTimes) : null),
    markets,
  };
}

/** One odds event (an element of /odds, or the single object of event-odds) → NormalizedEvent. */
export function normalizeOddsEvent(wire: WireOddsEvent, opts: NormalizeOddsOptions): NormalizedEvent {
  return { ...eventHead(wire), bookmakers: wire.bookmakers.map((b) => normalizeBookmaker(b, wire.id, opts)) };
}

/** `GET /v4/sports/{sport}/odds` → NormalizedEvent[]. Markets such as h2h_lay stay separate markets. */
export function normalizeOddsEvents(wire: WireOddsEvent[], opts: NormalizeOddsOptions): NormalizedEvent[] {
  return wire.map((e) => normalizeOddsEvent(e, opts));
}

/** A wire score ("26", 26) as a number; NaN when it is not a plain number (e.g. cricket "180/6"). */
function scoreToNumber(score: string | number): number {
  if (typeof score === 'number') return score;
  const s = score.trim();
  return /^-?\d+(?:\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

/**
 * `GET /v4/sports/{sport}/scores` → NormalizedScoreEvent[]. When any score of an event is not a
 * plain number the event's `scores` become null (unknown) rather than a wrong number;
 * `onUnreadableScores` is told so the caller can log it.
 */
export function normalizeScores(
  wire: WireScoreEvent[],
  onUnreadableScores?: (info: { eventId: string; scores: string[] }) => void,
): NormalizedScoreEvent[] {
  return wire.map((e) => {
    let scores: NormalizedScoreEvent['scores'] = null;
    if (e.scores) {
      const parsed = e.scores.map((s) => ({ name: s.name, score: scoreToNumber(s.score) }));
      if (parsed.every((s) => !Number.isNaN(s.score))) scores = parsed;
      else onUnreadableScores?.({ eventId: e.id, scores: e.scores.map((s) => String(s.score)) });
    }
    return {
      id: e.id,
      sportKey: e.sport_key,
      commenceTime: wireTimeToMs(e.commence_time),
      completed: e.completed,
      homeTeam: e.home_team ?? '',
      awayTeam: e.away_team ?? '',
      scores,
      lastUpdate: optionalTime(e.last_update),
    };
  });
}
