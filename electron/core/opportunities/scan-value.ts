/**
 * Value bets: a fair probability per outcome from a reference — the sharp book when it quotes
 * every outcome of the line, else the consensus (median implied probability per outcome over
 * the chosen books, then devigged once) — and the best offered price of each outcome; the edge
 * is the EV at the effective price, the stake a fractional Kelly of the bankroll.
 */
import type { OpportunityMath, OpportunitySettings } from '../../../shared/domain/opportunities';
import { outlierLeg } from './guards';
import { devig, kelly } from '../../../shared/oddsmath';
import { isMine, opportunityKey, toLeg, type Found, type ScanMarket, type ScanQuote } from './types';

const median = (xs: number[]): number => {
  const a = [...xs].sort((x, y) => x - y);
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
};

/** The fair probabilities of a line and where they came from; null when no reference is available. */
export function fairOf(
  byOutcome: ScanQuote[][],
  s: OpportunitySettings,
): { p: number[]; kind: 'sharp' | 'consensus'; books: string[] } | null {
  const sharp = byOutcome.map((qs) => qs.find((q) => q.bookmaker === s.referenceBook));
  if (sharp.every((q) => q !== undefined)) {
    return {
      p: devig(
        sharp.map((q) => q!.price),
        s.devigMethod,
      ).probabilities,
      kind: 'sharp',
      books: [s.referenceBook],
    };
  }
  const chosen = s.consensusBooks.length ? new Set(s.consensusBooks) : null;
  const perBook = new Map<string, number[]>();
  byOutcome.forEach((qs, i) => {
    for (const q of qs) {
      if (chosen && !chosen.has(q.bookmaker)) continue;
      let row = perBook.get(q.bookmaker);
      if (!row) perBook.set(q.bookmaker, (row = new Array<number>(byOutcome.length).fill(0)));
      row[i] = 1 / q.price;
    }
  });
  const complete = [...perBook.entries()].filter(([, r]) => r.every((x) => x > 0));
  if (complete.length < Math.max(2, s.minBooks)) return null;
  const consensus = byOutcome.map((_, i) => 1 / median(complete.map(([, r]) => r[i])));
  return { p: devig(consensus, s.devigMethod).probabilities, kind: 'consensus', books: complete.map(([b]) => b).sort() };
}

/**
 * A second opinion on a large edge found against the sharp book: the EV of the same price
 * against a second sharp book (devigged, when it quotes every outcome) and against the
 * consensus of the books other than the one offering the price. Confirmed when either gives
 * at least `minValueEv`.
 */
function confirm(
  byOutcome: ScanQuote[][],
  i: number,
  best: ScanQuote,
  s: OpportunitySettings,
): NonNullable<OpportunityMath['confirmation']> {
  let secondSharp: { book: string; ev: number } | null = null;
  const candidates = new Set(byOutcome.flatMap((qs) => qs.map((q) => q.bookmaker)));
  for (const book of [...candidates].sort()) {
    if (book === s.referenceBook || book === best.bookmaker || !s.secondSharps.some((k) => book.startsWith(k))) continue;
    const quotes = byOutcome.map((qs) => qs.find((q) => q.bookmaker === book));
    if (quotes.some((q) => q === undefined)) continue;
    const p2 = devig(
      quotes.map((q) => q!.price),
      s.devigMethod,
    ).probabilities[i]!;
    secondSharp = { book, ev: p2 * best.effectivePrice - 1 };
    break;
  }
  const others = byOutcome.map((qs) => qs.filter((q) => q.bookmaker !== best.bookmaker && q.bookmaker !== s.referenceBook));
  const cons = fairOf(others, { ...s, referenceBook: '', consensusBooks: [] });
  const consensusEv = cons ? cons.p[i]! * best.effectivePrice - 1 : null;
  const confirmed = (secondSharp !== null && secondSharp.ev >= s.minValueEv) || (consensusEv !== null && consensusEv >= s.minValueEv);
  return { secondSharp, consensusEv, confirmed };
}

/** Value bets of one market line (at most one per outcome: its best price). */
export function scanValue(m: ScanMarket, byOutcome: ScanQuote[][], s: OpportunitySettings, bankroll: number): Found[] {
  const fair = fairOf(byOutcome, s);
  if (!fair) return [];
  const out: Found[] = [];
  let fairMap: Record<string, number> | null = null;
  byOutcome.forEach((qs, i) => {
    let best: ScanQuote | null = null;
    for (const q of qs) {
      if ((fair.kind === 'sharp' && q.bookmaker === s.referenceBook) || !isMine(q)) continue;
      if (!best || q.effectivePrice > best.effectivePrice || (q.effectivePrice === best.effectivePrice && q.bookmaker < best.bookmaker))
        best = q;
    }
    if (!best) return;
    const p = fair.p[i];
    const ev = p * best.effectivePrice - 1;
    if (!(ev >= s.minValueEv) || ev <= 0) return;
    const outlier = outlierLeg([best], byOutcome, s.outlierRatio);
    const confirmation = fair.kind === 'sharp' && ev > s.confirmEdge ? confirm(byOutcome, i, best, s) : null;
    const f = kelly(p, best.effectivePrice, s.kellyFraction);
    const stake = Math.floor((f * bankroll) / s.stakeUnit + 1e-9) * s.stakeUnit;
    const legs = [toLeg(best)];
    out.push({
      key: opportunityKey('value', m.event.id, m.market, m.line, legs),
      kind: 'value',
      event: m.event,
      market: m.market,
      point: m.line,
      legs,
      edge: ev,
      suspicious:
        ev > s.suspiciousEv ? 'ev_too_high' : outlier ? 'outlier' : confirmation && !confirmation.confirmed ? 'unconfirmed' : null,
      math: {
        reference: { kind: fair.kind, books: fair.books, method: s.devigMethod },
        fair: (fairMap ??= Object.fromEntries(m.outcomes.map((o, j) => [o, fair.p[j]]))),
        probability: p,
        ev,
        kellyFraction: s.kellyFraction,
        bankroll,
        kellyStake: Math.round(stake * 100) / 100,
        ...(outlier ? { outlier } : {}),
        ...(confirmation ? { confirmation } : {}),
      },
    });
  });
  return out;
}
