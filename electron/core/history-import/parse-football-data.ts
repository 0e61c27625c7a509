/**
 * Parses one football-data.co.uk season CSV by header name (column sets change between
 * seasons): BOM and CRLF tolerated, empty cells and `0` = no price. Any broken line refuses the whole
 * file with its line number and the reason — a season is never half understood.
 */
import { parse } from 'csv-parse/sync';
import { AH_LINE, BOOKS, outcomeColumns, REFERENCES, type MarketKey, type Phase } from './books';
import { LEAGUES } from './leagues';
import { DEFAULT_KICKOFF, parseDate, parseTime, ukLocalToUtc } from './uk-time';

/** One price of one outcome. `point`: 2.5 on totals, the AH line of that side on spreads. */
export interface ParsedPrice {
  market: MarketKey;
  outcome: string;
  point: number | null;
  price: number;
}

/** The prices of one book (or reference) in one phase. */
export interface PriceSet {
  /** A MON_PS bookmaker key, or `max` / `avg` for the market references. */
  source: string;
  phase: Phase;
  prices: ParsedPrice[];
}

/** One match of a season file, with its prices per book and phase. */
export interface ParsedMatch {
  /** 1-based line of the file. */
  line: number;
  league: string;
  sportKey: string;
  /** The match date as the file gives it, ISO yyyy-mm-dd (part of the event id). */
  date: string;
  /** Kick-off, UTC ms (the file's UK local time converted, Europe/London rules). */
  kickoff: number;
  home: string;
  away: string;
  /** Full-time score; null when the file has no result yet. */
  result: { home: number; away: number } | null;
  books: PriceSet[];
  references: PriceSet[];
}

/** A file refused: `line` is the 1-based line (0 = the file as a whole). */
export class FootballDataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}${line ? `: line ${line}` : ''}: ${reason}`);
    this.name = 'FootballDataError';
  }
}

const REQUIRED = ['Div', 'Date', 'HomeTeam', 'AwayTeam'];

function goals(v: string | undefined, col: string): number | null {
  if (v === undefined || v === '') return null;
  if (!/^\d{1,3}$/.test(v)) throw new Error(`${col} "${v}" is not a number of goals`);
  return Number(v);
}

function price(v: string | undefined, col: string): number | null {
  if (v === undefined || v === '') return null;
  const n = Number(v);
  if (!Number.isFinite(n) || !/^\d+(\.\d+)?$/.test(v)) throw new Error(`${col} "${v}" is not a decimal price`);
  if (n === 0) return null; // football-data writes 0 where a book gave no price (D1_2425 line 295, P>2.5)
  if (n <= 1) throw new Error(`${col} ${v} is not a decimal price (must be above 1)`);
  return n;
}

function line(v: string | undefined, col: string): number | null {
  if (v === undefined || v === '') return null;
  const n = Number(v);
  if (!Number.isFinite(n) || !/^[+-]?\d+(\.\d+)?$/.test(v)) throw new Error(`${col} "${v}" is not a handicap line`);
  if (Math.abs(n * 4 - Math.round(n * 4)) > 1e-9) throw new Error(`${col} ${v} is not a quarter-goal line`);
  return n;
}

function priceSet(
  cell: (c: string) => string | undefined,
  p: { h2h: string; other: string },
  phase: Phase,
  source: string,
  home: string,
  away: string,
): PriceSet | null {
  const ah = line(cell(AH_LINE[phase]), AH_LINE[phase]);
  const prices: ParsedPrice[] = [];
  for (const c of outcomeColumns(p, phase)) {
    const v = price(cell(c.column), c.column);
    if (v === null) continue;
    const outcome = c.outcome === 'home' ? home : c.outcome === 'away' ? away : c.outcome;
    let point: number | null = null;
    if (c.market === 'totals') point = 2.5;
    if (c.market === 'spreads') {
      if (ah === null) continue; // a price without its line cannot be placed: no price
      point = c.outcome === 'home' ? ah : ah === 0 ? 0 : -ah;
    }
    prices.push({ market: c.market, outcome, point, price: v });
  }
  return prices.length ? { source, phase, prices } : null;
}

/** Parses a season file's text; throws FootballDataError naming the line and the reason. */
export function parseFootballData(text: string, file: string): ParsedMatch[] {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, {
      bom: true,
      info: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: false,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as never;
  } catch (e) {
    const err = e as { lines?: number; message?: string };
    const reason = (err.message ?? String(e)).replace(/ on line \d+$/, '').replace(/^Invalid Record Length: /, 'wrong number of columns: ');
    throw new FootballDataError(file, err.lines ?? 0, reason);
  }
  if (rows.length === 0) throw new FootballDataError(file, 0, 'the file is empty');
  const header = rows[0].record;
  const index = new Map<string, number>();
  header.forEach((h, i) => index.set(h, i));
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length) throw new FootballDataError(file, 1, `not a football-data season file: no ${missing.join(', ')} column`);

  const matches: ParsedMatch[] = [];
  const seen = new Map<string, number>();
  for (let r = 1; r < rows.length; r++) {
    const { record, info } = rows[r];
    if (record.every((c) => c === '')) continue; // trailing ",,,,," lines of some files
    const cell = (c: string): string | undefined => {
      const i = index.get(c);
      return i === undefined ? undefined : record[i];
    };
    try {
      matches.push(parseRow(cell, info.lines));
    } catch (e) {
      throw new FootballDataError(file, info.lines, e instanceof Error ? e.message : String(e));
    }
    const m = matches[matches.length - 1];
    const key = `${m.league}|${m.date}|${m.home}|${m.away}`;
    const dup = seen.get(key);
    if (dup !== undefined)
      throw new FootballDataError(file, info.lines, `the same match as line ${dup} (${m.home} v ${m.away} on ${m.date})`);
    seen.set(key, info.lines);
  }
  if (matches.length === 0) throw new FootballDataError(file, 0, 'no match in the file');
  return matches;
}

function parseRow(cell: (c: string) => string | undefined, lineNo: number): ParsedMatch {
  const div = cell('Div') ?? '';
  const league = LEAGUES[div];
  if (!league) throw new Error(`unknown league code "${div}" (known: ${Object.keys(LEAGUES).join(', ')})`);
  const date = parseDate(cell('Date') ?? '');
  if (!date) throw new Error(`Date "${cell('Date')}" is not a dd/mm/yyyy or dd/mm/yy date`);
  const timeText = cell('Time') || DEFAULT_KICKOFF;
  const time = parseTime(timeText);
  if (!time) throw new Error(`Time "${timeText}" is not a HH:MM kick-off time`);
  const home = cell('HomeTeam') ?? '';
  const away = cell('AwayTeam') ?? '';
  if (!home || !away) throw new Error('HomeTeam and AwayTeam are required');
  if (home === away) throw new Error(`HomeTeam and AwayTeam are both "${home}"`);
  const hg = goals(cell('FTHG'), 'FTHG');
  const ag = goals(cell('FTAG'), 'FTAG');
  const ftr = cell('FTR') ?? '';
  if ((hg === null) !== (ag === null)) throw new Error('FTHG and FTAG must both be given or both be empty');
  if (hg !== null && ag !== null && ftr !== '' && ftr !== (hg > ag ? 'H' : hg < ag ? 'A' : 'D')) {
    throw new Error(`FTR "${ftr}" does not match the score ${hg}-${ag}`);
  }
  const books: PriceSet[] = [];
  const references: PriceSet[] = [];
  for (const phase of ['pre', 'closing'] as const) {
    for (const b of BOOKS) {
      const s = priceSet(cell, b, phase, b.key, home, away);
      if (s) books.push(s);
    }
    for (const ref of REFERENCES) {
      const s = priceSet(cell, ref, phase, ref.kind, home, away);
      if (s) references.push(s);
    }
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    line: lineNo,
    league: div,
    sportKey: league.sportKey,
    date: `${date.y}-${pad(date.m)}-${pad(date.d)}`,
    kickoff: ukLocalToUtc(date.y, date.m, date.d, time.h, time.min),
    home,
    away,
    result: hg !== null && ag !== null ? { home: hg, away: ag } : null,
    books,
    references,
  };
}
