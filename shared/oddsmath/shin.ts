import { findRoot } from './solve';

// Shin (1992/1993) margin removal, odds-math.md §2.5. Internal: call `devig(odds, 'shin')`.

/**
 * p_i(z) = [sqrt(z² + 4(1−z)·q_i) − z] / [2(1−z)] with q_i = s·r_i²/B, written in the
 * rationalised form 2q_i / (sqrt(z² + 4(1−z)q_i) + z), which is stable at z → 1 and z < 0.
 */
function shinProbs(q: readonly number[], z: number, scale: number): number[] {
  return q.map((qi) => (2 * qi * scale) / (Math.sqrt(z * z + 4 * (1 - z) * qi * scale) + z));
}

/**
 * Shin probabilities and the insider share z.
 * - n = 2 without gross margin: closed form z = (B−1)(d²−B)/(B(d²−1)), d = r₁ − r₂ (Shin = additive).
 * - otherwise: Brent root find of Σ p_i(z) = 1 to ~1e-15 (not the slow Jullien–Salanié iteration,
 *   whose early stop in R `implied`/pybettor leaves errors of ~1e-5).
 * - gross margin gm (Fingleton & Waldron, R `grossmargin`): z solves the equation with r_i²
 *   scaled by (1−gm); probabilities then come from the plain formula and are normalised.
 * When B < 1 (an arbitrage book) the root is at z < 0: the numbers still sum to 1 but z has no
 * insider-trading meaning.
 */
export function shin(r: readonly number[], B: number, grossMargin: number): { probabilities: number[]; z: number } {
  const n = r.length;
  const q = r.map((x) => (x * x) / B);
  let z: number;
  if (n === 2 && grossMargin === 0) {
    const d = r[0] - r[1];
    z = ((B - 1) * (d * d - B)) / (B * (d * d - 1));
  } else {
    const scale = 1 - grossMargin;
    const f = (zz: number): number => {
      let s = -1;
      for (const p of shinProbs(q, zz, scale)) s += p;
      return s;
    };
    // f(1) = scale·Σr²/B − 1 < 0 because every r_i < 1; f → n − 1 > 0 as z → −∞.
    let lo = 0;
    for (let i = 0; i < 60 && f(lo) < 0; i++) lo = lo === 0 ? -1 : lo * 2;
    z = findRoot(f, lo, 1, 'shin devig');
  }
  const p = shinProbs(q, z, 1);
  let s = 0;
  for (const x of p) s += x;
  return { probabilities: p.map((x) => x / s), z };
}
