/**
 * `monps import football-data FILE...`: seasons become ordinary MON_PS history — events with
 * results, and per book two snapshots stored through the odds store like any collection:
 *   - pre-closing prices observed at kick-off − 24 h (PRE_CLOSING_LEAD_MS; football-data
 *     gives no time for them, only that they are earlier than the close),
 *   - closing prices observed at kick-off − 1 min (CLOSING_LEAD_MS), so "the last price
 *     observed before kick-off" is the file's closing price.
 * Every file is parsed first; then all of them are written in one transaction (a bad line in
 * any file writes nothing). Re-importing a file changes nothing: a snapshot is skipped when its
 * event was already seen at or after that time, results are written only when they differ.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { WritableDb } from '../db/open-database';
import type { OddsStore, Snapshot } from '../ingest/odds-store';
import type { NormalizedBookmaker, NormalizedEvent } from '../providers/types';
import { BOOKS } from './books';
import { LEAGUES } from './leagues';
import { createReferenceWriter, type ReferenceRow } from './market-references';
import { FootballDataError, parseFootballData, type ParsedMatch, type PriceSet } from './parse-football-data';

/** Pre-closing prices are stored as observed this long before kick-off (the files give no time). */
export const PRE_CLOSING_LEAD_MS = 24 * 3_600_000;
/** Closing prices are stored as observed this long before kick-off. */
export const CLOSING_LEAD_MS = 60_000;
/** Results are stamped at kick-off + 2 h (≈ the final whistle), so a settlement dates right. */
export const RESULT_AFTER_MS = 2 * 3_600_000;

const TITLES = new Map(BOOKS.map((b) => [b.key, b.title]));

/** The stable id of an imported match: league + date + teams (the file's spelling). */
export function footballDataEventId(m: Pick<ParsedMatch, 'league' | 'date' | 'home' | 'away'>): string {
  const h = createHash('sha256').update(`football-data|${m.league}|${m.date}|${m.home}|${m.away}`).digest('hex');
  return `fd_${h.slice(0, 32)}`;
}

/** One imported file: its league and span. */
export interface FileReport {
  file: string;
  league: string;
  sportKey: string;
  matches: number;
  firstKickoff: number;
  lastKickoff: number;
}

/** What an import stored (all zero on a re-import of the same files). */
export interface ImportReport {
  files: FileReport[];
  matches: number;
  newEvents: number;
  snapshotsStored: number;
  snapshotsSkipped: number;
  pricesChanged: number;
  resultsWritten: number;
  referencesWritten: number;
}

/** Progress messages (the CLI shows them on stderr when it is a TTY). */
export interface ImportOptions {
  onProgress?: (message: string) => void;
}

/** Reads and parses every file; throws FootballDataError on the first bad line. */
export function readSeasons(files: string[]): { file: string; matches: ParsedMatch[] }[] {
  return files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new FootballDataError(file, 0, `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
    return { file, matches: parseFootballData(text, basename(file)) };
  });
}

function toEvent(m: ParsedMatch, id: string, sets: PriceSet[]): NormalizedEvent {
  const bookmakers: NormalizedBookmaker[] = sets.map((s) => {
    const markets = new Map<string, NormalizedBookmaker['markets'][number]>();
    for (const p of s.prices) {
      let mk = markets.get(p.market);
      if (!mk) markets.set(p.market, (mk = { key: p.market, lastUpdate: null, outcomes: [] }));
      mk.outcomes.push({ name: p.outcome, price: p.price, point: p.point, description: null });
    }
    return { key: s.source, title: TITLES.get(s.source) ?? s.source, lastUpdate: null, markets: [...markets.values()] };
  });
  return {
    id,
    sportKey: m.sportKey,
    sportTitle: LEAGUES[m.league].title,
    commenceTime: m.kickoff,
    homeTeam: m.home,
    awayTeam: m.away,
    bookmakers,
  };
}

/** Imports parsed seasons in one transaction; all or nothing. */
export function importSeasons(
  db: WritableDb,
  odds: OddsStore,
  seasons: { file: string; matches: ParsedMatch[] }[],
  opts: ImportOptions = {},
): ImportReport {
  const report: ImportReport = {
    files: seasons.map(({ file, matches }) => ({
      file,
      league: matches[0].league,
      sportKey: matches[0].sportKey,
      matches: matches.length,
      firstKickoff: Math.min(...matches.map((m) => m.kickoff)),
      lastKickoff: Math.max(...matches.map((m) => m.kickoff)),
    })),
    matches: 0,
    newEvents: 0,
    snapshotsStored: 0,
    snapshotsSkipped: 0,
    pricesChanged: 0,
    resultsWritten: 0,
    referencesWritten: 0,
  };
  const seenAt = db.prepare(`SELECT ref, last_seen_at FROM events WHERE id = ?`);
  const refOf = db.prepare(`SELECT ref FROM events WHERE id = ?`).pluck();
  const setResult = db.prepare(
    `UPDATE events SET completed = 1, home_score = @h, away_score = @a, scores_updated_at = @at
     WHERE id = @id AND (completed <> 1 OR home_score IS NOT @h OR away_score IS NOT @a)`,
  );
  const writeRefs = createReferenceWriter(db);

  const run = db.transaction(() => {
    const snaps: Snapshot[] = [];
    const all = seasons.flatMap((s) => s.matches);
    for (const m of all) {
      const id = footballDataEventId(m);
      const known = seenAt.get(id) as { ref: number; last_seen_at: number } | undefined;
      if (!known) report.newEvents++;
      const phases = [
        { at: m.kickoff - PRE_CLOSING_LEAD_MS, sets: m.books.filter((s) => s.phase === 'pre'), always: true },
        { at: m.kickoff - CLOSING_LEAD_MS, sets: m.books.filter((s) => s.phase === 'closing'), always: false },
      ];
      for (const p of phases) {
        if (!p.always && p.sets.length === 0) continue; // no closing prices yet: nothing observed
        if (known && known.last_seen_at >= p.at) {
          report.snapshotsSkipped++;
          continue;
        }
        snaps.push({ sportKey: m.sportKey, sportTitle: LEAGUES[m.league].title, observedAt: p.at, events: [toEvent(m, id, p.sets)] });
      }
    }
    opts.onProgress?.(`storing ${snaps.length} snapshots of ${all.length} matches…`);
    const r = odds.ingest(snaps);
    report.snapshotsStored = snaps.length;
    report.pricesChanged = r.pricesChanged;
    report.matches = all.length;
    const refs: ReferenceRow[] = [];
    for (const m of all) {
      const id = footballDataEventId(m);
      if (m.result)
        report.resultsWritten += setResult.run({ id, h: m.result.home, a: m.result.away, at: m.kickoff + RESULT_AFTER_MS }).changes;
      const eventRef = refOf.get(id) as number;
      for (const s of m.references) {
        const observedAt = m.kickoff - (s.phase === 'pre' ? PRE_CLOSING_LEAD_MS : CLOSING_LEAD_MS);
        for (const p of s.prices)
          refs.push({
            eventRef,
            kind: s.source,
            market: p.market,
            outcome: p.outcome,
            point: p.point,
            phase: s.phase,
            observedAt,
            price: p.price,
            source: 'football-data',
          });
      }
    }
    report.referencesWritten = writeRefs(refs);
  });
  try {
    run();
  } catch (e) {
    odds.resetCaches(); // rolled back: forget what the store cached inside the transaction
    throw e;
  }
  return report;
}

/** Reads, checks and imports files: nothing is written unless every file is good. */
export function importFootballData(db: WritableDb, odds: OddsStore, files: string[], opts: ImportOptions = {}): ImportReport {
  opts.onProgress?.(`reading ${files.length} file${files.length > 1 ? 's' : ''}…`);
  const seasons = readSeasons(files);
  return importSeasons(db, odds, seasons, opts);
}
