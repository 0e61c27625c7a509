/**
 * Bets in and out as CSV (README.md in this folder documents the format). Import is all or
 * nothing: every line is checked first, and one bad line means nothing is written and the
 * report names each bad line and why.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import {
  BET_ISSUE_MESSAGES,
  BET_MARKETS,
  BET_STATUSES,
  parseMoneyToCents,
  validateBet,
  type Bet,
  type BetInput,
  type BetMarket,
  type BetStatus,
} from '../../../shared/domain/bets';
import type { ImportReport } from '../../../shared/domain/bankroll';
import type { WritableDb } from '../db/open-database';
import type { BetsRepo } from './bets-repo';
import { restoreCsvCell, SAFE_CSV_CAST } from '../export/csv-cells';

/** The header, exactly. */
export const BET_CSV_COLUMNS = [
  'placed_at',
  'sport',
  'home_team',
  'away_team',
  'commence_time',
  'market',
  'selection',
  'point',
  'bookmaker',
  'odds',
  'stake',
  'status',
  'event_id',
  'settled_at',
  'closing_odds',
  'tags',
  'notes',
] as const;
const REQUIRED = [
  'placed_at',
  'sport',
  'home_team',
  'away_team',
  'commence_time',
  'market',
  'selection',
  'bookmaker',
  'odds',
  'stake',
  'status',
];
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** The CSV column of each field a validation issue names. */
const ISSUE_COLUMN: Partial<Record<keyof BetInput, string>> = {
  sportKey: 'sport',
  homeTeam: 'home_team',
  awayTeam: 'away_team',
  commenceTime: 'commence_time',
  placedAt: 'placed_at',
  stakeCents: 'stake',
  cashoutCents: 'status',
  settledAt: 'settled_at',
  closingOdds: 'closing_odds',
  eventId: 'event_id',
};

/**
 * The separator of a file: `;` when the header has more semicolons than commas (French Excel,
 * which also writes decimal commas), else `,`.
 */
export function detectDelimiter(csv: string): ',' | ';' {
  const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const outside = header.replace(/"[^"]*"/g, '');
  return (outside.match(/;/g)?.length ?? 0) > (outside.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** Same event, selection, book, odds, stake and time: the same bet imported twice. */
function duplicateKey(
  b: Pick<
    BetInput,
    | 'eventId'
    | 'sportKey'
    | 'homeTeam'
    | 'awayTeam'
    | 'commenceTime'
    | 'market'
    | 'selection'
    | 'point'
    | 'bookmaker'
    | 'odds'
    | 'stakeCents'
    | 'placedAt'
  >,
): string {
  return [
    b.sportKey,
    b.homeTeam.toLowerCase(),
    b.awayTeam.toLowerCase(),
    b.commenceTime,
    b.market,
    b.selection.toLowerCase(),
    b.point ?? '',
    b.bookmaker.toLowerCase().replace(/[^a-z0-9]+/g, '_'),
    b.odds,
    b.stakeCents,
    b.placedAt,
  ].join('\u0001');
}

const money = (c: number) => (c / 100).toFixed(2);
const iso = (t: number | null) => (t === null ? '' : new Date(t).toISOString());

/** All bets as CSV text, oldest first. A cash-out is written as status `cashed_out:AMOUNT`. */
export function betsToCsv(bets: Bet[]): string {
  return stringify(
    bets.map((b) => [
      iso(b.placedAt),
      b.sportKey,
      b.homeTeam,
      b.awayTeam,
      iso(b.commenceTime),
      b.market,
      b.selection,
      b.point ?? '',
      b.bookmaker,
      b.odds,
      money(b.stakeCents),
      b.status === 'cashed_out' ? `cashed_out:${money(b.cashoutCents ?? 0)}` : b.status,
      b.eventId ?? '',
      iso(b.settledAt),
      b.clvRaw.close ?? '',
      b.tags.join(';'),
      b.notes,
    ]),
    { header: true, columns: [...BET_CSV_COLUMNS], cast: SAFE_CSV_CAST },
  );
}

/** One CSV record → a bet input, or the reasons it is not one. */
function toInput(r: Record<string, string>, findEvent: (b: BetInput) => string | null): BetInput | string[] {
  const errs: string[] = [];
  const time = (col: string, required: boolean): number | null => {
    const v = (r[col] ?? '').trim();
    if (!v) {
      if (required) errs.push(`${col} is empty`);
      return null;
    }
    const t = ISO.test(v) ? Date.parse(v) : NaN;
    if (Number.isNaN(t)) errs.push(`${col} "${v}" is not an ISO 8601 date (e.g. 2026-06-11T19:00:00Z)`);
    return Number.isNaN(t) ? null : t;
  };
  const num = (col: string): number | null => {
    const v = (r[col] ?? '').trim().replace(',', '.');
    if (!v) return null;
    const n = Number(v);
    if (!Number.isFinite(n)) errs.push(`${col} "${r[col]}" is not a number`);
    return Number.isFinite(n) ? n : null;
  };
  for (const c of REQUIRED) if (!(r[c] ?? '').trim() && !['placed_at', 'commence_time'].includes(c)) errs.push(`${c} is empty`);
  const placedAt = time('placed_at', true);
  const commenceTime = time('commence_time', true);
  const settledAt = time('settled_at', false);
  const market = (r.market ?? '').trim() as BetMarket;
  if (r.market?.trim() && !BET_MARKETS.includes(market)) errs.push(`market "${r.market}" is not one of ${BET_MARKETS.join(', ')}`);
  const [statusText = '', cashoutText] = (r.status ?? '').trim().split(':');
  const status = statusText as BetStatus;
  if (statusText && !BET_STATUSES.includes(status)) errs.push(`status "${r.status}" is not one of ${BET_STATUSES.join(', ')}`);
  const cashoutCents = cashoutText !== undefined ? parseMoneyToCents(cashoutText) : null;
  if (cashoutText !== undefined && cashoutCents === null) errs.push(`cash-out amount "${cashoutText}" is not an amount`);
  const stakeCents = r.stake?.trim() ? parseMoneyToCents(r.stake) : null;
  if (r.stake?.trim() && stakeCents === null) errs.push(`stake "${r.stake}" is not an amount (e.g. 10.50)`);
  const odds = num('odds');
  const point = num('point');
  const closingOdds = num('closing_odds');
  if (closingOdds !== null && closingOdds <= 1) errs.push(`closing_odds ${closingOdds} must be greater than 1`);
  if (errs.length) return errs;
  const input: BetInput = {
    eventId: (r.event_id ?? '').trim() || null,
    sportKey: r.sport!.trim(),
    homeTeam: r.home_team!.trim(),
    awayTeam: r.away_team!.trim(),
    commenceTime: commenceTime!,
    market,
    selection: r.selection!.trim(),
    point,
    bookmaker: r.bookmaker!.trim(),
    odds: odds!,
    stakeCents: stakeCents!,
    placedAt: placedAt!,
    status,
    cashoutCents,
    settledAt,
    closingOdds,
    tags: (r.tags ?? '')
      .split(/[;|]/)
      .map((t) => t.trim())
      .filter(Boolean),
    notes: (r.notes ?? '').trim(),
    opportunityId: null,
  };
  const issues = validateBet(input);
  if (issues.length) return issues.map((i) => `${ISSUE_COLUMN[i.field] ?? i.field}: ${BET_ISSUE_MESSAGES[i.code]}`);
  return { ...input, eventId: input.eventId ?? findEvent(input) };
}

/** Checks every line, then imports them all in one transaction (or none). `dryRun` only checks. */
export function importBetsCsv(
  db: WritableDb,
  repo: BetsRepo,
  csv: string,
  now: number,
  dryRun = false,
  allowDuplicates = false,
): ImportReport {
  const report: ImportReport = { ok: false, imported: 0, errors: [], createdBookmakers: [] };
  let rows: { record: string[]; info: { lines: number } }[];
  const delimiter = detectDelimiter(csv);
  try {
    rows = (parse as unknown as (t: string, o: object) => typeof rows)(csv.replace(/^\uFEFF/, ''), {
      delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      trim: true,
      bom: true,
      // our own exports neutralise formula-like cells with a leading ' (export/csv-cells.ts)
      cast: (value: string) => restoreCsvCell(value),
    });
  } catch (e) {
    report.errors.push({
      line: (e as { lines?: number }).lines ?? 1,
      message: `not readable as CSV: ${e instanceof Error ? e.message : String(e)}`,
    });
    return report;
  }
  const header = rows.shift()?.record ?? [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) {
    report.errors.push({
      line: 1,
      message: `the header lacks ${missing.join(', ')} (expected, separated by , or ;: ${BET_CSV_COLUMNS.join(',')})`,
    });
    return report;
  }
  const findEvent = db.prepare(
    `SELECT id FROM events WHERE sport_key = ? AND home_team = ? AND away_team = ? AND commence_time / 86400000 = ? / 86400000 LIMIT 1`,
  );
  const inputs: BetInput[] = [];
  const seen = new Map<string, number>();
  if (!allowDuplicates) for (const b of repo.all()) seen.set(duplicateKey(b), 0);
  for (const { record: cells, info } of rows) {
    // an unquoted decimal comma (1,85) in a comma-separated file shifts every later column
    const overflow =
      cells.length > header.length
        ? `this line has more cells (${cells.length}) than the header (${header.length}): an unquoted decimal comma such as 1,85? Quote it ("1,85"), write 1.85, or separate the columns with ;`
        : null;
    if (overflow && cells.slice(header.length).some((v) => v !== '')) {
      report.errors.push({ line: info.lines, message: overflow });
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((h, i) => (record[h] = cells[i] ?? ''));
    const r = toInput(
      record,
      (b) => (findEvent.get(b.sportKey, b.homeTeam, b.awayTeam, b.commenceTime) as { id: string } | undefined)?.id ?? null,
    );
    if (Array.isArray(r)) {
      report.errors.push({ line: info.lines, message: (overflow ? overflow + ' — ' : '') + r.join('; ') });
      continue;
    }
    if (!allowDuplicates) {
      const k = duplicateKey(r);
      const first = seen.get(k);
      if (first !== undefined) {
        report.errors.push({
          line: info.lines,
          message:
            first === 0
              ? 'the same bet (event, selection, bookmaker, odds, stake, time) is already stored: imported twice? (allow duplicates to import it anyway)'
              : `the same bet (event, selection, bookmaker, odds, stake, time) as line ${first} (allow duplicates to import it anyway)`,
        });
        continue;
      }
      seen.set(k, info.lines);
    }
    inputs.push(r);
  }
  if (report.errors.length) return report;
  if (inputs.length === 0) {
    report.errors.push({ line: 1, message: 'the file has no bet' });
    return report;
  }
  if (!dryRun) {
    db.transaction(() => {
      for (const b of inputs) {
        const { createdBookmaker } = repo.create(b, now, 'import');
        if (createdBookmaker) report.createdBookmakers.push(createdBookmaker);
      }
    })();
  }
  report.ok = true;
  report.imported = inputs.length;
  return report;
}
