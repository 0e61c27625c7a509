import { findRoot } from './solve';

// One-parameter fitted methods (odds-math.md §2.4, 2.6, 2.7). Internal: call `devig`.
// Each bracket is analytic: at one end every p_i ≥ 1/n (Σp ≥ 1), at the other every p_i ≤ 1/n.

const WIDEN = 1e-9;

function normalise(p: number[]): number[] {
  let s = 0;
  for (const x of p) s += x;
  return p.map((x) => x / s);
}

/**
 * §2.4 Power: p_i = r_i^k with k solved so that Σp = 1 (k > 1 when B > 1).
 * R `implied` reports the exponent 1/k; we report k (penaltyblog).
 */
/** Solves Σ e^(k·lᵢ) = 1 by Newton from k = 1; null when it does not settle (the caller brackets). */
function newtonPower(logs: readonly number[]): number | null {
  let k = 1;
  for (let iter = 0; iter < 60; iter++) {
    let f = -1;
    let df = 0;
    for (const l of logs) {
      const e = Math.exp(k * l);
      f += e;
      df += l * e;
    }
    if (!(df < 0) || !Number.isFinite(f)) return null;
    const step = f / df;
    k -= step;
    if (!Number.isFinite(k) || k <= 0) return null;
    if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(k))) return k;
  }
  return null;
}

export function power(r: readonly number[]): { probabilities: number[]; k: number } {
  const n = r.length;
  const logs = r.map(Math.log);
  const f = (k: number): number => {
    let s = -1;
    for (const l of logs) s += Math.exp(k * l);
    return s;
  };
  // Newton first: f is convex and decreasing in k, so from k = 1 it converges in a few steps
  // (the scanners devig thousands of markets a scan); the bracketed root finder is the fallback.
  let k = newtonPower(logs);
  if (k === null) {
    const kLo = Math.log(1 / n) / Math.min(...logs);
    const kHi = Math.log(1 / n) / Math.max(...logs);
    k = findRoot(f, kLo * (1 - WIDEN), kHi * (1 + WIDEN), 'power devig');
  }
  const kk = k;
  return { probabilities: normalise(logs.map((l) => Math.exp(kk * l))), k };
}

/** Odds-ratio map p = r/(c(1−r) + r), i.e. odds(p) = odds(r)/c. */
function oddsRatioProbs(r: readonly number[], c: number): number[] {
  return r.map((x) => x / (c * (1 - x) + x));
}

/**
 * §2.6 Odds ratio (Cheung): odds(p_i) = odds(r_i)/c with c solved so that Σp = 1
 * (c > 1 when B > 1).
 */
export function oddsRatio(r: readonly number[]): { probabilities: number[]; c: number } {
  const n = r.length;
  const odds = r.map((x) => x / (1 - x));
  const cLo = (n - 1) * Math.min(...odds);
  const cHi = (n - 1) * Math.max(...odds);
  const f = (c: number): number => {
    let s = -1;
    for (const p of oddsRatioProbs(r, c)) s += p;
    return s;
  };
  const c = findRoot(f, cLo * (1 - WIDEN), cHi * (1 + WIDEN), 'odds ratio devig');
  return { probabilities: normalise(oddsRatioProbs(r, c)), c };
}

/**
 * §2.7 penaltyblog "logarithmic" (logit shift): p_i = σ(logit(r_i) − c). Identical to the odds
 * ratio method with c_OR = e^c; reports the logit shift c. Not Buchdahl's "logarithmic" (= power).
 */
export function logitShift(r: readonly number[]): { probabilities: number[]; c: number } {
  const { probabilities, c } = oddsRatio(r);
  return { probabilities, c: Math.log(c) };
}
