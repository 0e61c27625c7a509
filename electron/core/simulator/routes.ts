/**
 * The v4 endpoints: parameter validation (exact v4 errors), event selection and the credit cost
 * of each call. Pure with respect to (seed, time, query); the server applies auth, rate limit and billing.
 */
import { BOOKMAKERS, FEATURED_MARKETS, REGIONS, SPORTS, findSport, isKnownMarket, type BookDef, type SportDef } from './catalogue';
import { Errors, type ApiError } from './errors';
import { COMPLETED_VISIBLE_MS, HORIZON_MS, eventStatus, eventsBetween, type SimEvent } from './market-model';
import { quoteEvent } from './quotes';
import { hexId } from './rng';
import { scoreJson } from './scores';
import { eventSummary, eventWithOdds, formatTime } from './wire';

/** A successful answer and what it costs. */
export interface RouteOk {
  status: 200;
  body: unknown;
  cost: number;
}

type Query = Record<string, string>;
type Result = RouteOk | ApiError;
const DAY = 86_400_000;
const ISO_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const ok = (body: unknown, cost = 0): RouteOk => ({ status: 200, body, cost });
const list = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function dateFormatOf(q: Query): 'iso' | 'unix' | ApiError {
  const v = q.dateFormat ?? 'iso';
  return v === 'iso' || v === 'unix' ? v : Errors.invalidDateFormat();
}

function listed(seed: number, sport: SportDef, now: number): SimEvent[] {
  return eventsBetween(seed, sport, now - sport.durationMs, now + HORIZON_MS).filter((e) =>
    ['upcoming', 'live'].includes(eventStatus(e, now)),
  );
}

/** Events served for a sport key (`upcoming` = live games plus the next 8 across all sports). */
function eventsFor(seed: number, sportKey: string, now: number): SimEvent[] {
  if (sportKey !== 'upcoming') return listed(seed, findSport(sportKey)!, now);
  const all = SPORTS.flatMap((s) => listed(seed, s, now)).sort((a, b) => a.commence - b.commence);
  return [...all.filter((e) => e.commence <= now), ...all.filter((e) => e.commence > now).slice(0, 8)];
}

function filterEvents(events: SimEvent[], q: Query, useTimes: boolean): SimEvent[] | ApiError {
  const ids = list(q.eventIds);
  if (ids.some((id) => !/^[0-9a-f]{32}$/.test(id))) return Errors.invalidEventIds();
  let out = ids.length ? events.filter((e) => ids.includes(e.id)) : events;
  if (!useTimes) return out;
  const parse = (v: string | undefined, bad: () => ApiError): number | ApiError | undefined => {
    if (v === undefined) return undefined;
    const t = Date.parse(v);
    return ISO_SECONDS.test(v) && !Number.isNaN(t) ? t : bad();
  };
  const from = parse(q.commenceTimeFrom, Errors.invalidCommenceTimeFrom);
  if (typeof from === 'object') return from;
  const to = parse(q.commenceTimeTo, Errors.invalidCommenceTimeTo);
  if (typeof to === 'object') return to;
  if (from !== undefined && to !== undefined && to <= from) return Errors.invalidCommenceTimeRange();
  if (from !== undefined) out = out.filter((e) => e.commence >= from);
  if (to !== undefined) out = out.filter((e) => e.commence <= to);
  return out;
}

/** Resolves regions/bookmakers to the book list and the number of billed regions. */
function booksOf(q: Query): { books: BookDef[]; regions: number } | ApiError {
  const keys = list(q.bookmakers);
  if (keys.length) {
    const books = keys.map((k) => BOOKMAKERS.find((b) => b.key === k));
    if (books.some((b) => !b)) return Errors.invalidBookmakers();
    return { books: BOOKMAKERS.filter((b) => keys.includes(b.key)), regions: Math.ceil(new Set(keys).size / 10) };
  }
  const regions = [...new Set(list(q.regions))];
  if (regions.length === 0) return Errors.missingRegion();
  if (regions.some((r) => !REGIONS.includes(r))) return Errors.invalidRegion();
  return { books: BOOKMAKERS.filter((b) => b.regions.some((r) => regions.includes(r))), regions: regions.length };
}

function oddsCommon(q: Query, featuredOnly: boolean) {
  const sel = booksOf(q);
  if ('status' in sel) return sel;
  const markets = [...new Set(list(q.markets ?? 'h2h'))];
  const bad = markets.filter((m) => (featuredOnly ? !FEATURED_MARKETS.includes(m) : !isKnownMarket(m)));
  if (markets.length === 0) return Errors.invalidMarket([]);
  if (bad.length) return Errors.invalidMarket(bad);
  const oddsFormat = q.oddsFormat ?? 'decimal';
  if (oddsFormat !== 'decimal' && oddsFormat !== 'american') return Errors.invalidOddsFormat();
  const dateFormat = dateFormatOf(q);
  if (typeof dateFormat === 'object') return dateFormat;
  return { ...sel, markets, oddsFormat: oddsFormat as 'decimal' | 'american', dateFormat };
}

function sports(q: Query): Result {
  if (q.all !== undefined && q.all !== 'true' && q.all !== 'false') return Errors.invalidAll();
  return ok(
    SPORTS.filter((s) => s.active || q.all === 'true')
      .sort((a, b) => a.key.localeCompare(b.key))
      .map(({ key, group, title, description, active, has_outrights }) => ({ key, group, title, description, active, has_outrights })),
  );
}

function events(seed: number, sport: string, q: Query, now: number): Result {
  const df = dateFormatOf(q);
  if (typeof df === 'object') return df;
  const evs = filterEvents(eventsFor(seed, sport, now), q, true);
  if ('status' in evs) return evs;
  return ok(evs.map((e) => eventSummary(e, df)));
}

function odds(seed: number, sport: string, q: Query, now: number): Result {
  const c = oddsCommon(q, true);
  if ('status' in c) return c;
  const evs = filterEvents(eventsFor(seed, sport, now), q, true);
  if ('status' in evs) return evs;
  const body = evs.map((e) => eventWithOdds(e, quoteEvent(seed, e, now), { ...c, bookmakerLastUpdate: true }).json);
  return ok(body, body.length ? c.markets.length * c.regions : 0);
}

function eventOdds(seed: number, sport: SportDef, id: string, q: Query, now: number): Result {
  if (!/^[0-9a-f]{32}$/.test(id)) return Errors.invalidEventId();
  const c = oddsCommon(q, false);
  if ('status' in c) return c;
  const ev = listed(seed, sport, now).find((e) => e.id === id);
  if (!ev) return Errors.eventNotFound();
  const { json, marketKeys } = eventWithOdds(ev, quoteEvent(seed, ev, now), { ...c, bookmakerLastUpdate: false });
  marketKeys.delete('h2h_lay');
  return ok(json, marketKeys.size * c.regions);
}

function scores(seed: number, sport: SportDef, q: Query, now: number): Result {
  let days = 0;
  if (q.daysFrom !== undefined) {
    if (!/^[1-3]$/.test(q.daysFrom)) return Errors.invalidDaysFrom();
    days = Number(q.daysFrom);
  }
  const df = dateFormatOf(q);
  if (typeof df === 'object') return df;
  const from = now - Math.min(days * DAY, COMPLETED_VISIBLE_MS) - sport.durationMs;
  const all = eventsBetween(seed, sport, from, now + HORIZON_MS).filter((e) => {
    const st = eventStatus(e, now);
    return st === 'upcoming' || st === 'live' || (st === 'completed' && days > 0 && e.commence >= now - days * DAY);
  });
  const evs = filterEvents(all, q, false);
  if ('status' in evs) return evs;
  return ok(
    evs.map((e) => scoreJson(seed, e, now, (ms) => formatTime(ms, df))),
    days > 0 ? 2 : 1,
  );
}

function participants(seed: number, sport: SportDef): Result {
  return ok(
    sport.teams.map((t) => ({ full_name: t, id: `par_01${hexId(seed, 'par', t).slice(0, 24).toUpperCase()}` })),
    1,
  );
}

/** Routes one GET request (already authenticated) to its handler. */
export function route(seed: number, path: string, q: Query, now: number): Result {
  if (path.startsWith('/v4/historical/')) return Errors.historicalUnavailable();
  if (path === '/v4/sports' || path === '/v4/sports/') return sports(q);
  const m = /^\/v4\/sports\/([^/]+)\/(events|odds|scores|participants|events\/([^/]+)\/odds)\/?$/.exec(path);
  if (!m) return Errors.notFound();
  const [, sportKey, what, eventId] = m;
  const sport = findSport(sportKey);
  if (sportKey === 'upcoming' && (what === 'odds' || what === 'events')) {
    return what === 'odds' ? odds(seed, sportKey, q, now) : events(seed, sportKey, q, now);
  }
  if (!sport) return Errors.unknownSport();
  if (what === 'events') return events(seed, sportKey, q, now);
  if (what === 'odds') return odds(seed, sportKey, q, now);
  if (what === 'scores') return scores(seed, sport, q, now);
  if (what === 'participants') return participants(seed, sport);
  return eventOdds(seed, sport, eventId, q, now);
}
