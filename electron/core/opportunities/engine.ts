/**
 * The scanner engine of one workspace: reads the board (one query), runs the scanners, records
 * the lifecycle, and remembers the last summary. Used by the module after each collection, by
 * `monps replay` per snapshot, and by the benchmark.
 */
import type { Opportunity, OpportunitySettings, ScanSummary } from '../../../shared/domain/opportunities';
import type { WritableDb } from '../db/open-database';
import type { OddsStore } from '../ingest/odds-store';
import { createBoardReader, type BoardRead } from './board-reader';
import { HISTORY_KEPT } from '../ingest/quote-cache';
import { createLifecycleRepo } from './lifecycle-repo';
import type { Peak } from './scan-moves';
import { countKinds, scanDrops, scanLine, type ScanResult } from './scan';
import { scanMiddles } from './scan-middles';
import { emptySkips, type Found } from './types';

export interface EngineDeps {
  db: WritableDb;
  /** The workspace's odds store: the board is read from its memory (the one path). */
  odds: OddsStore;
  settings(): OpportunitySettings;
  /** Bankroll in euros for the Kelly stakes. */
  bankroll(): number;
}

/** Outcome of one scan: its summary and the records it opened, changed or closed. */
export interface ScanOutcome {
  summary: ScanSummary;
  changedIds: number[];
}

export type OpportunityEngine = ReturnType<typeof createOpportunityEngine>;

export function createOpportunityEngine(deps: EngineDeps) {
  const reader = createBoardReader(deps.db, deps.odds);
  const repo = createLifecycleRepo(deps.db);
  // The highest price of each moved quote since the window opened, the one in force at its start
  // included: its last change at or before `since` (or its opening price when it has none).
  const peakStmt = deps.db
    .prepare(
      `WITH start (qid, t) AS (SELECT value, (SELECT max(observed_at) FROM price_changes
         WHERE quote_id = value AND observed_at <= @since) FROM json_each(@ids))
     SELECT c.quote_id, max(c.price), c.observed_at FROM start JOIN price_changes c
       ON c.quote_id = start.qid AND c.observed_at >= coalesce(start.t, 0) GROUP BY c.quote_id
     UNION ALL SELECT q.id, q.first_price, q.first_at FROM start JOIN quotes q ON q.id = start.qid WHERE start.t IS NULL`,
    )
    .raw(true);
  const signatures = new Map<number, string>();
  let signaturesFor = '';
  let last: ScanSummary | null = null;
  /** Quotes of the drops the last scans found (quote id → event ref): re-checked even when they did not move again. */
  const dropQuotes = new Map<number, number>();

  /** Peaks from the quotes' recent prices in memory where they cover the window, SQL for the others. */
  function peaks(moved: BoardRead['moved'], since: number): Map<number, Peak> {
    const out = new Map<number, Peak>();
    const ids: number[] = [];
    for (const { quote, history } of moved) {
      const p = history ? peakInHistory(history, since) : null;
      if (p) out.set(quote.quoteId, p);
      else ids.push(quote.quoteId);
    }
    if (ids.length === 0) return out;
    for (const [id, price, at] of peakStmt.all({ ids: JSON.stringify(ids), since }) as [number, number, number][]) {
      const p = out.get(id);
      if (!p || price > p.price) out.set(id, { price, at });
    }
    return out;
  }

  /**
   * Reads and scans without recording anything (the benchmark and tests measure this). Each
   * event's lines are scanned as soon as they are read, so their prices die young.
   */
  function scanOnly(now: number, eventIds: string[] | null = null): ScanResult & { eventRefs: number[]; checked: number[] } {
    const s = deps.settings();
    const bankroll = deps.bankroll();
    const found: Found[] = [];
    const lineSkips = emptySkips();
    const board = reader.read(now, s, eventIds, new Set(dropQuotes.keys()), (lines) => {
      for (const m of lines) scanLine(m, s, bankroll, found, lineSkips);
      scanMiddles(lines, s, found);
    });
    scanDrops(board.moved, peaks(board.moved, now - s.dropWindowMinutes * 60_000), s, found);
    const skipped = {
      ...board.skipped,
      fewBooks: board.skipped.fewBooks + lineSkips.fewBooks,
      mathErrors: board.skipped.mathErrors + lineSkips.mathErrors,
    };
    return {
      found,
      counts: countKinds(found),
      markets: board.marketCount,
      skipped,
      eventRefs: board.events.map((e) => e.ref),
      checked: board.movedIds,
    };
  }

  return {
    scanOnly,
    /**
     * Scans the upcoming events of `eventIds` (null: the whole board) at `now` and records the
     * lifecycle: found records open, unfound ones of these events gone, started ones started.
     */
    scan(now: number, eventIds: string[] | null = null): ScanOutcome {
      const t0 = performance.now();
      const s = deps.settings();
      const bankroll = deps.bankroll();
      const cacheKey = JSON.stringify(s) + bankroll;
      if (cacheKey !== signaturesFor || eventIds === null) signatures.clear();
      signaturesFor = cacheKey;
      // which of these events changed since they were last scanned (drops are re-checked: their window slides)
      let dirty: string[] | null = null;
      const clean: number[] = [];
      const fresh: [number, string][] = [];
      if (eventIds) {
        dirty = [];
        const watched = new Set(dropQuotes.values());
        // the odds store knows which boards changed (an event whose signature did not change keeps its findings)
        for (const [id, ref, sig] of deps.odds.boardVersions(eventIds, now)) {
          if (signatures.get(ref) === sig && !watched.has(ref)) clean.push(ref);
          else {
            dirty.push(id);
            fresh.push([ref, sig]);
          }
        }
      }
      const r = dirty && dirty.length === 0 ? null : scanOnly(now, dirty);
      if (r) {
        for (const id of r.checked) dropQuotes.delete(id);
        for (const f of r.found) if (f.quoteId !== undefined) dropQuotes.set(f.quoteId, f.event.ref);
      }
      const changed = new Set(repo.touch(clean, now));
      for (const id of repo.apply(r?.found ?? [], dirty ? (r?.eventRefs ?? []) : null, now, s.maxQuoteAgeMinutes * 60_000)) changed.add(id);
      for (const [ref, sig] of fresh) signatures.set(ref, sig);
      const openByKind = repo.openByKind();
      const summary: ScanSummary = {
        at: now,
        durationMs: Math.round((performance.now() - t0) * 10) / 10,
        events: clean.length + (r?.eventRefs.length ?? 0),
        markets: r?.markets ?? 0,
        found: openByKind,
        suspicious: r?.found.filter((f) => f.suspicious).length ?? 0,
        open: Object.values(openByKind).reduce((a, b) => a + b, 0),
        skipped: r?.skipped ?? emptySkips(),
      };
      last = summary;
      return { summary, changedIds: [...changed] };
    },
    lastSummary: (): ScanSummary | null => last,
    repo,
    /** Open records for other modules (alerts), newest first. */
    open(): Opportunity[] {
      return repo.list({ status: 'open', limit: 5000 });
    },
  };
}

/**
 * The highest price since `since`, the one in force at `since` included (the last entry at or
 * before it, or the opening when none is): the same as the SQL peak. Null when the history was
 * cut short and does not reach back to `since`.
 */
export function peakInHistory(h: readonly number[], since: number): Peak | null {
  let start = 0;
  for (let i = h.length - 2; i >= 0; i -= 2) {
    if (h[i] <= since) {
      start = i;
      break;
    }
  }
  if (start === 0 && h[0] > since && h.length >= 2 * HISTORY_KEPT) return null; // cut short before the window
  let best: Peak | null = null;
  for (let i = start; i < h.length; i += 2) if (!best || h[i + 1] > best.price) best = { price: h[i + 1], at: h[i] };
  return best;
}
