/**
 * Runs every scanner over a board read: surebets, value bets, drops and gaps. Pure apart from
 * its inputs; a market the odds math refuses is skipped and counted, never guessed.
 */
import type { OpportunityKind, OpportunitySettings } from '../../../shared/domain/opportunities';
import { OddsMathError } from '../../../shared/oddsmath';
import type { BoardRead } from './board-reader';
import { scanDrop, scanGaps, type Peak } from './scan-moves';
import { scanSurebet } from './scan-surebets';
import { scanValue } from './scan-value';
import type { Found, ScanQuote, SkipCounts } from './types';

/** What the scanners found in one board read. */
export interface ScanResult {
  found: Found[];
  counts: Record<OpportunityKind, number>;
  markets: number;
  skipped: SkipCounts;
}

export interface ScanInput {
  board: BoardRead;
  /** Peak price within the drop window of the quotes that moved in it (quote id → peak). */
  peaks: ReadonlyMap<number, Peak>;
  settings: OpportunitySettings;
  /** Bankroll in euros for the Kelly stakes. */
  bankroll: number;
}

export function runScanners({ board, peaks, settings: s, bankroll }: ScanInput): ScanResult {
  const found: Found[] = [];
  const skipped = { ...board.skipped };
  for (const m of board.markets) {
    // only quotes that moved within the window have a peak (usually few)
    if (peaks.size) {
      for (const q of m.quotes) {
        const peak = peaks.get(q.quoteId);
        const d = peak ? scanDrop(m, q, peak, s) : null;
        if (d) found.push(d);
      }
    }
    const books = m.books ?? new Set(m.quotes.map((q) => q.bookmaker)).size;
    if (books < s.minBooks) {
      skipped.fewBooks++;
      continue;
    }
    const byOutcome: ScanQuote[][] = m.outcomes.map((o) => m.quotes.filter((q) => q.outcome === o));
    const sure = scanSurebet(m, byOutcome, s);
    if (sure) found.push(sure);
    found.push(...scanGaps(m, byOutcome, s));
    try {
      found.push(...scanValue(m, byOutcome, s, bankroll));
    } catch (e) {
      if (!(e instanceof OddsMathError)) throw e;
      skipped.mathErrors++;
    }
  }
  const counts: Record<OpportunityKind, number> = { surebet: 0, value: 0, drop: 0, gap: 0 };
  for (const f of found) counts[f.kind]++;
  return { found, counts, markets: board.markets.length, skipped };
}
