// Closed-form margin-removal methods (odds-math.md §2.1–2.3, 2.8, 2.10). Internal: call `devig`.
// Inputs: r = raw implied probabilities 1/o_i, B = Σ r_i. Outputs may leave (0, 1); `devig` checks.

/** §2.1 Multiplicative / normalisation: p_i = r_i / B. */
export function multiplicative(r: readonly number[], B: number): { probabilities: number[] } {
  return { probabilities: r.map((x) => x / B) };
}

/** §2.2 Additive: p_i = r_i − (B − 1)/n. Can go negative for long shots. */
export function additive(r: readonly number[], B: number): { probabilities: number[] } {
  const shift = (B - 1) / r.length;
  return { probabilities: r.map((x) => x - shift) };
}

/**
 * §2.3 Margin weights proportional to odds (Buchdahl WPO, penaltyblog "differential margin
 * weighting"): fair_i = n·o_i/(n − M·o_i), i.e. p_i = r_i − M/n (= additive), plus the
 * per-outcome margins m_i = M·fair_i/n.
 */
export function wpo(r: readonly number[], B: number): { probabilities: number[]; specificMargins: number[] } {
  const n = r.length;
  const M = B - 1;
  const probabilities = r.map((x) => x - M / n);
  return { probabilities, specificMargins: probabilities.map((p) => (p > 0 ? M / (n * p) : 0)) };
}

/**
 * §2.10 goto conversion: SE_i = sqrt(1 − r_i), step = (B − 1)/Σ SE, p_i = r_i − step·SE_i.
 * Long shots (larger SE) are cut more.
 */
export function goto(r: readonly number[], B: number): { probabilities: number[] } {
  const se = r.map((x) => Math.sqrt(1 - x));
  let seSum = 0;
  for (const s of se) seSum += s;
  const step = (B - 1) / seSum;
  return { probabilities: r.map((x, i) => x - step * se[i]) };
}

/**
 * §2.8 Balanced book (Fingleton & Waldron): z = ((1−gm)·B − 1)/(n − 1),
 * p_i = ((1−gm)·r_i − z)/(1 − z).
 */
export function balancedBook(r: readonly number[], B: number, grossMargin: number): { probabilities: number[]; z: number } {
  const g = 1 - grossMargin;
  const z = (g * B - 1) / (r.length - 1);
  return { probabilities: r.map((x) => (g * x - z) / (1 - z)), z };
}
