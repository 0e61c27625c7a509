/**
 * Middles: two lines of the same totals or spreads market at two books that leave a window
 * where both legs win — Over x at one book and Under y > x at another (the total strictly
 * between x and y), or home −a at one book and away +b > a at another (the home side winning by
 * more than a and less than b). With equal-payout stakes one leg always wins, so the worst
 * case (the result outside the window) costs 1 − 1/Σ of the outlay; a middle is kept when that
 * loss is at most `middleMaxLoss`. No probability model of the window: its width in goals or
 * points is shown, and the edge is the worst-case return (1/Σ − 1).
 */
import type { OpportunitySettings } from '../../../shared/domain/opportunities';
import { bestLegs } from './scan-surebets';
import { outlierLeg } from './guards';
import { isMine, opportunityKey, toLeg, type Found, type ScanMarket, type ScanQuote } from './types';

/**
 * The window of results where a first-outcome leg at line `a` and a second-outcome leg at line
 * `b` both win, or null when there is none. Lines are the board's (`lineOf`: the total; the home
 * side's spread). Totals: Over a / Under b, window a < total < b. Spreads: home at a (its own
 * point a, e.g. −1.5), away at b (its own point −b, e.g. +2.5): the home margin strictly between
 * −a and −b, which needs a > b.
 */
export function middleWindow(market: 'totals' | 'spreads', a: number, b: number): { from: number; to: number; width: number } | null {
  if (market === 'totals') return b > a ? { from: a, to: b, width: b - a } : null;
  return a > b ? { from: -a, to: -b, width: a - b } : null;
}

/**
 * The middles among the lines of one event (every line of every market, as the board reader
 * hands them over). Each ordered pair of lines of a market with a window is tried with the best
 * price at my books on each side, from two different books.
 */
export function scanMiddles(lines: readonly ScanMarket[], s: OpportunitySettings, found: Found[]): void {
  for (const market of ['totals', 'spreads'] as const) {
    const ms = lines.filter((m) => m.market === market && m.line !== null);
    if (ms.length < 2) continue;
    for (const a of ms) {
      const firstAll = a.quotes.filter((q) => q.outcome === a.outcomes[0]);
      const first = firstAll.filter(isMine);
      if (first.length === 0) continue;
      for (const b of ms) {
        if (a === b) continue;
        const w = middleWindow(market, a.line!, b.line!);
        if (!w) continue;
        const second = b.outcomes[b.outcomes.length - 1];
        const secondAll = b.quotes.filter((q) => q.outcome === second);
        const f = middleOf(a, first, firstAll, secondAll.filter(isMine), secondAll, w, s);
        if (f) found.push(f);
      }
    }
  }
}

function middleOf(
  a: ScanMarket,
  first: ScanQuote[],
  firstAll: ScanQuote[],
  second: ScanQuote[],
  secondAll: ScanQuote[],
  w: { from: number; to: number; width: number },
  s: OpportunitySettings,
): Found | null {
  if (second.length === 0) return null;
  const pick = bestLegs([first, second]);
  if (!pick) return null;
  const worstCase = 1 / pick.booksum - 1;
  if (worstCase < -s.middleMaxLoss) return null;
  const legs = pick.legs.map(toLeg);
  const outlier = outlierLeg(pick.legs, [firstAll, secondAll], s.outlierRatio);
  const shares = pick.legs.map((q) => 1 / q.effectivePrice / pick.booksum);
  return {
    // the legs' points are part of the identity: Over 2.5/Under 3.5 and Over 2.5/Under 4.5 at the same books are two middles
    key: opportunityKey(
      'middle',
      a.event.id,
      a.market,
      a.line,
      legs.map((l) => ({ outcome: `${l.outcome} ${l.point}`, bookmaker: l.bookmaker })),
    ),
    kind: 'middle',
    event: a.event,
    market: a.market,
    point: a.line,
    legs,
    edge: worstCase,
    suspicious: outlier ? 'outlier' : null,
    math: {
      booksum: pick.booksum,
      middle: { ...w, worstCase, hitReturn: 2 / pick.booksum - 1, stakeShares: shares },
      ...(outlier ? { outlier } : {}),
    },
  };
}
