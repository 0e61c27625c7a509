/**
 * The track record of the signals: every opportunity scored at its event's close.
 *
 * - The scored leg: the opportunity's leg (value, drop, gap); for a surebet, the leg that beat
 *   its close most (the price the arbitrage rested on).
 * - `closePrice`: that book's close on that outcome and line (its last price before kick-off,
 *   read through the history's index); `clv` = price / close − 1.
 * - `clvNovig` = fair close probability × price − 1, the fair probability from the reference
 *   close devigged (`devigMethod`): the sharp book (`referenceBook`) when it closed every outcome
 *   of the line, else the consensus (median implied probability over the books that closed every
 *   outcome, at least two). Empty when no close was observed.
 * - `result`: the leg's result once its event has a final score (settlement rules of the bets).
 */
import type { Opportunity, OpportunityKind } from '../../../shared/domain/opportunities';
import { devig, type DevigMethod } from '../../../shared/oddsmath';
import { settleFromScore } from '../bankroll/settlement-rules';
import type { ReadableDb, WritableDb } from '../db/open-database';
import { createLifecycleRepo } from './lifecycle-repo';
import { closePriceSql } from '../db/close-of-quote';

export interface OpportunityScore {
  /** The book of the scored leg. */
  bookmaker: string | null;
  closePrice: number | null;
  clv: number | null;
  clvNovig: number | null;
  beatClose: boolean | null;
  result: string | null;
}

export interface TrackRecordRow {
  n: number;
  with_close: number;
  mean_clv: number | null;
  mean_clv_novig: number | null;
  beat_close_rate: number | null;
}

interface CloseRow {
  book: string;
  outcome: string;
  point: number | null;
  price: number;
}

const EMPTY: OpportunityScore = { bookmaker: null, closePrice: null, clv: null, clvNovig: null, beatClose: null, result: null };

const median = (xs: number[]): number => {
  const a = [...xs].sort((x, y) => x - y);
  const m = a.length >> 1;
  return a.length % 2 ? a[m]! : (a[m - 1]! + a[m]!) / 2;
};

export function createTrackRecord(db: ReadableDb, opts: { referenceBook: string; devigMethod: DevigMethod }) {
  const eventStmt = db.prepare(`SELECT ref, commence_time, completed, home_score, away_score FROM events WHERE id = ?`);
  const closesStmt = db.prepare(
    `SELECT * FROM (SELECT b.key AS book, q.outcome, q.point, ${closePriceSql('q', 'e.commence_time')} AS price
       FROM quotes q JOIN events e ON e.ref = q.event_ref JOIN bookmakers b ON b.id = q.bookmaker_id JOIN markets m ON m.id = q.market_id
       WHERE q.event_ref = ? AND m.key = ? AND q.description IS NULL AND NOT (q.active = 0 AND q.left_at < e.commence_time))
     WHERE price IS NOT NULL`,
  );
  const cache = new Map<string, CloseRow[]>();

  /** Every book's close on the opportunity's line. */
  function lineCloses(o: Opportunity, ref: number): CloseRow[] {
    const k = `${ref}|${o.market}`;
    let rows = cache.get(k);
    if (!rows) cache.set(k, (rows = closesStmt.all(ref, o.market) as CloseRow[]));
    return rows.filter((r) => {
      if (o.market === 'h2h') return r.point === null;
      if (o.market === 'totals') return r.point === o.point;
      return (
        o.point !== null &&
        ((r.outcome === o.homeTeam && r.point === o.point) || (r.outcome === o.awayTeam && r.point === (o.point === 0 ? 0 : -o.point)))
      );
    });
  }

  /** Fair close probability of each outcome of the line (sharp, else consensus), or null. */
  function fairClose(rows: CloseRow[]): Map<string, number> | null {
    const outcomes = [...new Set(rows.map((r) => r.outcome))].sort();
    if (outcomes.length < 2) return null;
    const byBook = new Map<string, Map<string, number>>();
    for (const r of rows) {
      let m = byBook.get(r.book);
      if (!m) byBook.set(r.book, (m = new Map()));
      m.set(r.outcome, r.price);
    }
    const complete = (m: Map<string, number>) => outcomes.every((x) => m.has(x));
    const sharp = byBook.get(opts.referenceBook);
    let prices: number[];
    if (sharp && complete(sharp)) prices = outcomes.map((x) => sharp.get(x)!);
    else {
      const books = [...byBook.values()].filter(complete);
      if (books.length < 2) return null;
      prices = outcomes.map((x) => 1 / median(books.map((m) => 1 / m.get(x)!)));
    }
    const p = devig(prices, opts.devigMethod).probabilities;
    return new Map(outcomes.map((x, i) => [x, p[i]!]));
  }

  return {
    /** The score of one opportunity at its event's close (empty fields when the event has not started or no close was seen). */
    score(o: Opportunity, now: number): OpportunityScore {
      const ev = eventStmt.get(o.eventId) as
        { ref: number; commence_time: number; completed: number; home_score: number | null; away_score: number | null } | undefined;
      if (!ev || ev.commence_time > now) return EMPTY;
      const rows = lineCloses(o, ev.ref);
      const fair = fairClose(rows);
      let best: { leg: Opportunity['legs'][number]; close: number; clv: number } | null = null;
      for (const leg of o.legs) {
        const c = rows.find((r) => r.book === leg.bookmaker && r.outcome === leg.outcome);
        if (!c) continue;
        const v = leg.price / c.price - 1;
        if (!best || v > best.clv) best = { leg, close: c.price, clv: v };
      }
      if (!best) return EMPTY;
      const p = fair?.get(best.leg.outcome);
      let result: string | null = null;
      if (ev.completed === 1 && ev.home_score !== null && ev.away_score !== null) {
        result = settleFromScore(
          {
            market: o.market,
            selection: best.leg.outcome,
            point: best.leg.point,
            homeTeam: o.homeTeam,
            awayTeam: o.awayTeam,
            sportKey: o.sportKey,
          },
          ev.home_score,
          ev.away_score,
        );
      }
      return {
        bookmaker: best.leg.bookmaker,
        closePrice: best.close,
        clv: best.clv,
        clvNovig: p === undefined ? null : p * best.leg.price - 1,
        beatClose: best.clv > 0,
        result,
      };
    },
  };
}

/** The track record per kind: how many, how many with a close, mean CLV (raw and no-vig), share that beat the close. */
export function summarizeTrackRecord(
  scored: { kind: OpportunityKind; score: OpportunityScore }[],
): Partial<Record<OpportunityKind, TrackRecordRow>> {
  return summarizeBy(scored, (s) => s.kind) as Partial<Record<OpportunityKind, TrackRecordRow>>;
}

/** The same figures grouped by any key (kind, edge band, book, sport). */
export function summarizeBy<T extends { score: OpportunityScore }>(scored: T[], keyOf: (s: T) => string): Record<string, TrackRecordRow> {
  const out: Record<string, TrackRecordRow> = {};
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  for (const kind of [...new Set(scored.map(keyOf))]) {
    const of = scored.filter((s) => keyOf(s) === kind);
    const closed = of.filter((s) => s.score.clv !== null);
    const novig = closed.filter((s) => s.score.clvNovig !== null);
    out[kind] = {
      n: of.length,
      with_close: closed.length,
      mean_clv: mean(closed.map((s) => s.score.clv!)),
      mean_clv_novig: mean(novig.map((s) => s.score.clvNovig!)),
      beat_close_rate: closed.length ? closed.filter((s) => s.score.beatClose).length / closed.length : null,
    };
  }
  return out;
}

/** The track record of every opportunity stored in a workspace, scored at `now` (see the file comment). */
export function trackRecordOf(
  db: ReadableDb,
  now: number,
  opts: { referenceBook: string; devigMethod: DevigMethod } = { referenceBook: 'pinnacle', devigMethod: 'power' },
): Partial<Record<OpportunityKind, TrackRecordRow>> {
  const repo = createLifecycleRepo(db as WritableDb);
  const track = createTrackRecord(db, opts);
  const ids = db.prepare(`SELECT id FROM opportunities ORDER BY id`).pluck().all() as number[];
  const scored: { kind: OpportunityKind; score: OpportunityScore }[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    for (const o of repo.byIds(ids.slice(i, i + 1000))) scored.push({ kind: o.kind, score: track.score(o, now) });
  }
  return summarizeTrackRecord(scored);
}

/** Edge bands of the track-record view (fractions): [0, 1 %), [1, 2 %), [2, 5 %), [5, 10 %), ≥ 10 %. */
export const EDGE_BANDS = [0.01, 0.02, 0.05, 0.1] as const;
export function edgeBand(edge: number): string {
  const i = EDGE_BANDS.findIndex((b) => edge < b);
  const lo = i <= 0 ? 0 : EDGE_BANDS[i - 1]!;
  return i < 0 ? `>=${EDGE_BANDS[EDGE_BANDS.length - 1]}` : `${lo}-${EDGE_BANDS[i]}`;
}

/** The track-record view of the Opportunities page: the figures by kind, edge band, book and sport, over started events. */
export function trackRecordBreakdown(
  db: ReadableDb,
  now: number,
  opts: { referenceBook: string; devigMethod: DevigMethod },
): {
  at: number;
  byKind: Record<string, TrackRecordRow>;
  byEdge: Record<string, TrackRecordRow>;
  byBook: Record<string, TrackRecordRow>;
  bySport: Record<string, TrackRecordRow>;
} {
  const repo = createLifecycleRepo(db as WritableDb);
  const track = createTrackRecord(db, opts);
  const ids = db
    .prepare(`SELECT o.id FROM opportunities o JOIN events e ON e.ref = o.event_ref WHERE e.commence_time <= ? ORDER BY o.id`)
    .pluck()
    .all(now) as number[];
  const scored: { o: Opportunity; score: OpportunityScore }[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    for (const o of repo.byIds(ids.slice(i, i + 1000))) scored.push({ o, score: track.score(o, now) });
  }
  return {
    at: now,
    byKind: summarizeBy(scored, (s) => s.o.kind),
    byEdge: summarizeBy(scored, (s) => `${s.o.kind}|${edgeBand(s.o.edge)}`),
    byBook: summarizeBy(
      scored.filter((s) => s.score.bookmaker),
      (s) => s.score.bookmaker!,
    ),
    bySport: summarizeBy(scored, (s) => s.o.sportTitle),
  };
}
