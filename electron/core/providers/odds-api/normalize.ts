/**
 * Wire → normalized conversion of the small answers (/sports, /events, /scores) and the price
 * rule every reader shares: times become UTC epoch ms, prices become decimal odds, scores
 * become numbers. The /odds and event-odds bodies have one reader, fast-odds-parser.ts (it
 * validates and normalizes in one pass); its outcomes keep their wire names and are never
 * re-ordered or assigned to home/away by position — consumers match them by `name` (the API
 * lists teams alphabetically with "Draw" last, not home/away/draw).
 */
import type { NormalizedEvent, NormalizedScoreEvent, NormalizedSport } from '../types';
import { OddsMathError, toDecimal } from '../../../../shared/oddsmath';
import { wireTimeToMs } from './time';
import type { WireEvent, WireScoreEvent, WireSport } from './wire-schemas';

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

/** The head of an /events event. Outright events have no teams: ''. */
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
