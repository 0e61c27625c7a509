/**
 * What the price chart draws, as plain data (no chart.js): the reference line (the sharp book,
 * else the consensus — the median price of every book at each moment), the best available
 * price (net of commission), the user's books, every other book (behind a toggle), the opening
 * and closing prices of the reference, the kick-off, and the bet taken.
 */
import type { PriceSeries } from '../../../shared/domain/odds';

export type ChartRole = 'reference' | 'best' | 'mine' | 'other' | 'opening' | 'closing' | 'kickoff' | 'bet';
export interface ChartLine {
  role: ChartRole;
  /** Book key for book lines; the role otherwise. */
  key: string;
  label: string;
  points: { x: number; y: number }[];
}

export interface ChartInput {
  series: readonly PriceSeries[];
  titles: Readonly<Record<string, string>>;
  /** Book key → commission on winnings (exchanges). */
  commissions: Readonly<Record<string, number>>;
  referenceBook: string;
  myBooks: readonly string[];
  showOthers: boolean;
  commenceTime: number;
  /** The event has kicked off: the close and the kick-off are marked. */
  started: boolean;
  /** Each line holds its last price until this time (last seen). */
  extendTo: number | null;
  bet?: { price: number; at: number; bookmaker: string } | null;
  labels: {
    reference: (book: string) => string;
    consensus: string;
    best: string;
    opening: string;
    closing: string;
    kickoff: string;
    bet: (price: string) => string;
  };
  formatPrice: (p: number) => string;
}

/** The price of a step series at time t (the last point at or before t), or null before its first point. */
function priceAt(points: readonly { t: number; price: number }[], t: number): number | null {
  let lo = 0;
  let hi = points.length - 1;
  let found: number | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.t <= t) {
      found = points[mid]!.price;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Every line of the chart, front first: reference, best, markers, my books, others. */
export function chartLines(p: ChartInput): ChartLine[] {
  const withPoints = p.series.filter((s) => s.points.length > 0);
  const times = [...new Set(withPoints.flatMap((s) => s.points.map((pt) => pt.t)))].sort((a, b) => a - b);
  if (p.extendTo && times.length && p.extendTo > times[times.length - 1]!) times.push(p.extendTo);
  const extend = (pts: { x: number; y: number }[]) => {
    const last = pts[pts.length - 1];
    if (last && p.extendTo && p.extendTo > last.x) pts.push({ x: p.extendTo, y: last.y });
    return pts;
  };
  const out: ChartLine[] = [];

  const sharp = withPoints.find((s) => s.bookmaker === p.referenceBook);
  let reference: { x: number; y: number }[];
  if (sharp) {
    reference = extend(sharp.points.map((pt) => ({ x: pt.t, y: pt.price })));
    out.push({
      role: 'reference',
      key: 'reference',
      label: p.labels.reference(p.titles[sharp.bookmaker] ?? sharp.bookmaker),
      points: reference,
    });
  } else {
    reference = [];
    for (const t of times) {
      const prices = withPoints.map((s) => priceAt(s.points, t)).filter((x): x is number => x !== null);
      if (prices.length >= 2) reference.push({ x: t, y: Math.round(median(prices) * 1000) / 1000 });
    }
    if (reference.length) out.push({ role: 'reference', key: 'reference', label: p.labels.consensus, points: reference });
  }

  const best: { x: number; y: number }[] = [];
  for (const t of times) {
    let top = 0;
    for (const s of withPoints) {
      const price = priceAt(s.points, t);
      if (price === null) continue;
      const c = p.commissions[s.bookmaker] ?? 0;
      top = Math.max(top, c ? 1 + (price - 1) * (1 - c) : price);
    }
    if (top > 0 && best[best.length - 1]?.y !== top) best.push({ x: t, y: Math.round(top * 1000) / 1000 });
  }
  if (best.length) out.push({ role: 'best', key: 'best', label: p.labels.best, points: extend(best) });

  // opening: the reference's first price; closing: its price in force at kick-off
  if (reference.length) {
    out.push({ role: 'opening', key: 'opening', label: `${p.labels.opening} ${p.formatPrice(reference[0]!.y)}`, points: [reference[0]!] });
    const beforeKo = reference.filter((pt) => pt.x < p.commenceTime);
    const close = beforeKo[beforeKo.length - 1];
    if (close && p.started) {
      out.push({
        role: 'closing',
        key: 'closing',
        label: `${p.labels.closing} ${p.formatPrice(close.y)}`,
        points: [{ x: p.commenceTime, y: close.y }],
      });
    }
  }
  const first = times[0];
  const last = times[times.length - 1];
  if (first !== undefined && last !== undefined && p.started && p.commenceTime >= first) {
    const ys = withPoints.flatMap((s) => s.points.map((pt) => pt.price));
    out.push({
      role: 'kickoff',
      key: 'kickoff',
      label: p.labels.kickoff,
      points: [
        { x: p.commenceTime, y: Math.min(...ys) },
        { x: p.commenceTime, y: Math.max(...ys) },
      ],
    });
  }
  if (p.bet)
    out.push({ role: 'bet', key: 'bet', label: p.labels.bet(p.formatPrice(p.bet.price)), points: [{ x: p.bet.at, y: p.bet.price }] });

  const mine = new Set(p.myBooks);
  for (const s of withPoints) {
    if (s.bookmaker === sharp?.bookmaker) continue;
    const isMine = mine.has(s.bookmaker) || s.bookmaker === p.bet?.bookmaker;
    if (!isMine && !p.showOthers) continue;
    out.push({
      role: isMine ? 'mine' : 'other',
      key: s.bookmaker,
      label: p.titles[s.bookmaker] ?? s.bookmaker,
      points: extend(s.points.map((pt) => ({ x: pt.t, y: pt.price }))),
    });
  }
  return out;
}
