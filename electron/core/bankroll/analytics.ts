/**
 * Chart-ready aggregates of the Analytics page, computed in the core so the page draws at once
 * (10,000 bets in a few ms): curve, months, breakdowns, CLV trend and distribution, and
 * actual against expected profit with a ±2σ band. Long series are downsampled.
 */
import type { AnalyticsBetKind, BankrollAnalytics, BreakdownRow } from '../../../shared/domain/bankroll';
import { actionOf, isWin, probOf, summarize, type LedgerBetRow, type LedgerTx } from './ledger';

const MAX_POINTS = 800;

/** Keeps at most `max` points, always the last one and every point `keep` says must stay. */
export function downsample<T>(xs: T[], max = MAX_POINTS, keep: (x: T) => boolean = () => false): T[] {
  if (xs.length <= max) return xs;
  const step = xs.length / max;
  const picked = new Set<number>();
  for (let i = 0; i < max - 1; i++) picked.add(Math.floor(i * step));
  picked.add(xs.length - 1);
  return xs.filter((x, i) => picked.has(i) || keep(x));
}

/** What the Analytics page narrows to; every figure and chart follows it. */
export interface AnalyticsFilter {
  from?: number;
  to?: number;
  sport?: string;
  bookmaker?: string;
  market?: string;
  tag?: string;
  kind?: AnalyticsBetKind;
}

/** Does a bet match the non-date filters? */
function matches(b: LedgerBetRow, f: AnalyticsFilter): boolean {
  if (f.sport !== undefined && b.sport !== f.sport) return false;
  if (f.bookmaker !== undefined && b.bookmaker !== f.bookmaker) return false;
  if (f.market !== undefined && b.market !== f.market) return false;
  if (f.tag !== undefined && !b.tags.includes(f.tag)) return false;
  if (f.kind !== undefined && (f.kind === 'opportunity') !== (b.fromOpportunity === true)) return false;
  return true;
}

const ODDS_BANDS: [number, string][] = [
  [1.5, '< 1.50'],
  [2, '1.50–1.99'],
  [3, '2.00–2.99'],
  [5, '3.00–4.99'],
  [Infinity, '≥ 5.00'],
];
/** The odds band of a price, for the breakdown. */
export const oddsBand = (o: number): string => ODDS_BANDS.find(([max]) => o < max)![1];

function monthOf(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

function breakdown(bets: LedgerBetRow[], keysOf: (b: LedgerBetRow) => string[]): BreakdownRow[] {
  const acc = new Map<
    string,
    { n: number; staked: number; action: number; profit: number; settled: number; wins: number; clvN: number; clv: number }
  >();
  // ROI = profit / stake, yield = profit / stake in action (voids and pushes out)
  for (const b of bets) {
    if (b.status === 'pending') continue;
    for (const k of keysOf(b)) {
      let a = acc.get(k);
      if (!a) acc.set(k, (a = { n: 0, staked: 0, action: 0, profit: 0, settled: 0, wins: 0, clvN: 0, clv: 0 }));
      const action = actionOf(b);
      a.n++;
      a.staked += b.stake;
      a.action += action;
      a.profit += b.profit ?? 0;
      if (action > 0) a.settled++;
      if (isWin(b)) a.wins++;
      if (b.close !== null) {
        a.clvN++;
        a.clv += b.odds / b.close - 1;
      }
    }
  }
  return [...acc.entries()]
    .map(([key, a]) => ({
      key,
      n: a.n,
      stakedCents: a.staked,
      profitCents: a.profit,
      roi: a.staked > 0 ? a.profit / a.staked : null,
      yield: a.action > 0 ? a.profit / a.action : null,
      winRate: a.settled ? a.wins / a.settled : null,
      meanClv: a.clvN ? a.clv / a.clvN : null,
    }))
    .sort((x, y) => y.stakedCents - x.stakedCents);
}

/**
 * Every aggregate of the Analytics page. `from`/`to` restrict the bets (by placement; the curve
 * and months by settlement) and the other filters pick bets: every figure follows them.
 */
export function buildAnalytics(everything: LedgerBetRow[], tx: LedgerTx[], range: AnalyticsFilter = {}): BankrollAnalytics {
  const inRange = (t: number) => (range.from === undefined || t >= range.from) && (range.to === undefined || t < range.to);
  const all = everything.filter((b) => matches(b, range));
  const bets = range.from === undefined && range.to === undefined ? all : all.filter((b) => inRange(b.placedAt));
  const settled = all.filter((b) => b.status !== 'pending' && b.settledAt !== null);

  // bankroll curve: the balance after each movement (a running total: the range only trims the view)
  const moves = [
    ...tx.map((t) => ({ t: t.at, d: t.kind === 'deposit' ? t.cents : -t.cents, kind: t.kind })),
    ...settled.map((b) => ({ t: b.settledAt as number, d: b.profit ?? 0, kind: 'bet' as const })),
  ].sort((a, b) => a.t - b.t);
  let run = 0;
  const curve = moves.map((m) => ({ t: m.t, cents: (run += m.d), deltaCents: m.d, kind: m.kind })).filter((p) => inRange(p.t));

  const closed = bets.filter((b) => b.status !== 'pending' && b.close !== null);
  const beat = closed.filter((b) => b.odds > (b.close as number)).length;
  const uniq = (xs: string[]) => [...new Set(xs)].sort();

  const months = new Map<string, { profitCents: number; stakedCents: number; n: number }>();
  for (const b of settled) {
    if (!inRange(b.settledAt as number)) continue;
    const k = monthOf(b.settledAt as number);
    const m = months.get(k) ?? { profitCents: 0, stakedCents: 0, n: 0 };
    m.profitCents += b.profit ?? 0;
    m.stakedCents += b.stake;
    m.n++;
    months.set(k, m);
  }

  const withClv = bets.filter((b) => b.close !== null).sort((a, b) => a.placedAt - b.placedAt);
  let clvSum = 0;
  const clvTrend = withClv.map((b, i) => {
    const clv = b.odds / (b.close as number) - 1;
    clvSum += clv;
    return { t: b.placedAt, clv, mean: clvSum / (i + 1) };
  });
  const bins = Array.from({ length: 20 }, (_, i) => ({ from: -0.2 + i * 0.02, to: -0.18 + i * 0.02, n: 0 }));
  for (const p of clvTrend) bins[Math.min(19, Math.max(0, Math.floor((p.clv + 0.2) / 0.02)))]!.n++;

  let actual = 0,
    expected = 0,
    variance = 0;
  const exp: BankrollAnalytics['expected'] = [];
  for (const b of settled) {
    if (!inRange(b.placedAt)) continue;
    const action = actionOf(b);
    actual += b.profit ?? 0;
    if (action > 0 && b.status !== 'cashed_out') {
      const q = probOf(b);
      expected += action * (q * b.odds - 1);
      variance += action * action * b.odds * b.odds * q * (1 - q);
    } else if (b.status === 'cashed_out') expected += b.profit ?? 0;
    const sd = 2 * Math.sqrt(variance);
    exp.push({
      t: b.settledAt as number,
      actual,
      expected: Math.round(expected),
      lo: Math.round(expected - sd),
      hi: Math.round(expected + sd),
    });
  }

  return {
    summary: summarize(bets, tx),
    curve: downsample(curve, MAX_POINTS, (p) => p.kind !== 'bet'),
    beatClose: { rate: closed.length ? beat / closed.length : null, beat, n: closed.length },
    options: {
      sports: uniq(everything.map((b) => b.sport)),
      bookmakers: uniq(everything.map((b) => b.bookmaker)),
      markets: uniq(everything.map((b) => b.market)),
      tags: uniq(everything.flatMap((b) => b.tags)),
    },
    deposits: tx.filter((t) => inRange(t.at)).map((t) => ({ t: t.at, cents: t.cents, kind: t.kind })),
    monthly: [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, m]) => ({ month, ...m })),
    breakdowns: {
      sport: breakdown(bets, (b) => [b.sport]),
      bookmaker: breakdown(bets, (b) => [b.bookmaker]),
      market: breakdown(bets, (b) => [b.market]),
      oddsBand: breakdown(bets, (b) => [oddsBand(b.odds)]).sort(
        (x, y) => ODDS_BANDS.findIndex(([, l]) => l === x.key) - ODDS_BANDS.findIndex(([, l]) => l === y.key),
      ),
      month: breakdown(bets, (b) => [monthOf(b.settledAt ?? b.placedAt)]).sort((x, y) => x.key.localeCompare(y.key)),
      tag: breakdown(bets, (b) => b.tags),
    },
    clvTrend: downsample(clvTrend),
    clvHistogram: bins,
    expected: downsample(exp),
  };
}
