import { OddsMathError } from './errors';
import { findRoot } from './solve';

// Jensen–Shannon distance method (C. D. Long; R implied method = 'jsd'), odds-math.md §2.9.
// Internal: call `devig(odds, 'jsd')`.

function xlogxy(x: number, y: number): number {
  return x === 0 ? 0 : x * Math.log(x / y);
}

/** Binary Jensen–Shannon distance (natural log) between Bernoulli(p) and Bernoulli(r). */
export function jsDistance(p: number, r: number): number {
  const m = (p + r) / 2;
  const js = 0.5 * (xlogxy(p, m) + xlogxy(1 - p, 1 - m)) + 0.5 * (xlogxy(r, m) + xlogxy(1 - r, 1 - m));
  return Math.sqrt(Math.max(0, js));
}

/**
 * For a common distance D, each p_i is moved from r_i toward 0 (B > 1) or toward 1 (B < 1)
 * until its binary JS distance to r_i equals D; D is solved so that Σp = 1 (nested root find).
 * @throws OddsMathError METHOD_NOT_APPLICABLE when an outcome reaches 0 (or 1) before Σp = 1.
 */
export function jsd(r: readonly number[], B: number): { probabilities: number[]; distance: number } {
  // Below ~1e-13 of margin the book is fair up to rounding (and the direction of the move is noise).
  if (Math.abs(B - 1) < 1e-13) return { probabilities: r.map((x) => x / B), distance: 0 };
  const edge = B > 1 ? 0 : 1;
  const pFor = (D: number, ri: number): number => {
    const h = (p: number): number => jsDistance(p, ri) - D;
    if (D <= 0) return ri;
    if (h(edge) <= 0) return edge;
    return edge === 0 ? findRoot(h, 0, ri, 'jsd devig (inner)') : findRoot(h, ri, 1, 'jsd devig (inner)');
  };
  const g = (D: number): number => {
    let s = 0;
    for (const ri of r) s += pFor(D, ri);
    return s - 1;
  };
  const dMax = Math.min(...r.map((ri) => jsDistance(edge, ri)));
  if (Math.sign(g(dMax)) === Math.sign(B - 1)) {
    throw new OddsMathError(
      'METHOD_NOT_APPLICABLE',
      `jsd devig cannot reach a total of 1 before an outcome's probability hits ${edge} (booksum ${B}); use 'power' or 'shin'`,
    );
  }
  const distance = findRoot(g, 0, dMax, 'jsd devig');
  const p = r.map((ri) => pFor(distance, ri));
  let s = 0;
  for (const x of p) s += x;
  return { probabilities: p.map((x) => x / s), distance };
}
