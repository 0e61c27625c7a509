/**
 * The scanners: surebets, value bets and gaps per market line (`scanLine`, run by the engine as
 * each event is read), drops once the peaks of the moved quotes are known (`scanDrops`). Pure
 * apart from their inputs; a market the odds math refuses is skipped and counted, never guessed.
 */
import type { OpportunityKind, OpportunitySettings } from '../../../shared/domain/opportunities';
import { OddsMathError } from '../../../shared/oddsmath';
import type { BoardRead } from './board-reader';
import { scanDrop, scanGaps, scanSharpDrop, type Peak } from './scan-moves';
import { scanSurebet } from './scan-surebets';
import { scanValue } from './scan-value';
import { isMine, type Found, type ScanMarket, type ScanQuote, type SkipCounts } from './types';

/** What the scanners found in one board read. */
export interface ScanResult {
  found: Found[];
  counts: Record<OpportunityKind, number>;
  markets: number;
  skipped: SkipCounts;
}

/**
 * The scanners of one market line but drops (those need the peaks of the moved quotes, known
 * only once the board is read): surebet, gaps and value bets, into `found`; a line quoted by
 * too few books or refused by the odds math is counted in `skipped`.
 */
export function scanLine(m: ScanMarket, s: OpportunitySettings, bankroll: number, found: Found[], skipped: SkipCounts): void {
  const books = m.books ?? new Set(m.quotes.filter(isMine).map((q) => q.bookmaker)).size;
  if (books < s.minBooks) {
    skipped.fewBooks++;
    return;
  }
  // every read quote (references included) for fair prices and medians; legs only at my books
  const byOutcome: ScanQuote[][] = m.outcomes.map((o) => m.quotes.filter((q) => q.outcome === o));
  const mine = byOutcome.some((qs) => qs.some((q) => !isMine(q))) ? byOutcome.map((qs) => qs.filter(isMine)) : byOutcome;
  const sure = scanSurebet(m, mine, s, byOutcome);
  if (sure) found.push(sure);
  for (const g of scanGaps(m, mine, s)) found.push(g);
  try {
    for (const v of scanValue(m, byOutcome, s, bankroll)) found.push(v);
  } catch (e) {
    if (!(e instanceof OddsMathError)) throw e;
    skipped.mathErrors++;
  }
}

/** Drops of the quotes that moved within the window, against their peak. */
export function scanDrops(moved: BoardRead['moved'], peaks: ReadonlyMap<number, Peak>, s: OpportunitySettings, found: Found[]): void {
  if (!peaks.size) return;
  for (const { market, quote } of moved) {
    const peak = peaks.get(quote.quoteId);
    const d = peak && isMine(quote) ? scanDrop(market, quote, peak, s) : null;
    if (d) found.push(d);
    const sharp = peak ? scanSharpDrop(market, quote, peak, s) : null;
    if (sharp) found.push(sharp);
  }
}

export function countKinds(found: Found[]): Record<OpportunityKind, number> {
  const counts: Record<OpportunityKind, number> = { surebet: 0, value: 0, drop: 0, gap: 0, middle: 0 };
  for (const f of found) counts[f.kind]++;
  return counts;
}
