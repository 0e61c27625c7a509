import { OddsMathError } from './errors';

/**
 * Brent's method (bracketing: bisection + secant + inverse quadratic interpolation) for a root of
 * `f` in [lo, hi]. `f(lo)` and `f(hi)` must have opposite signs (or one of them be 0).
 * Converges to an absolute x-tolerance of `tol` (plus a few ulps of x). Internal helper.
 */
export function findRoot(f: (x: number) => number, lo: number, hi: number, what: string, tol = 1e-15): number {
  let a = lo;
  let b = hi;
  let fa = f(a);
  let fb = f(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (!Number.isFinite(fa) || !Number.isFinite(fb) || fa * fb > 0) {
    throw new OddsMathError('NO_CONVERGENCE', `${what}: no root bracketed in [${lo}, ${hi}] (f = ${fa}, ${fb})`);
  }
  let c = b;
  let fc = fb;
  let d = b - a;
  let e = d;
  for (let iter = 0; iter < 300; iter++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol1 = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tol;
    const xm = 0.5 * (c - b);
    if (Math.abs(xm) <= tol1 || fb === 0) return b;
    if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * xm * s;
        q = 1 - s;
      } else {
        const qq = fa / fc;
        const r = fb / fc;
        p = s * (2 * xm * qq * (qq - r) - (b - a) * (r - 1));
        q = (qq - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      p = Math.abs(p);
      if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = xm;
        e = d;
      }
    } else {
      d = xm;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol1 ? d : xm >= 0 ? tol1 : -tol1;
    fb = f(b);
    if (!Number.isFinite(fb)) {
      throw new OddsMathError('NO_CONVERGENCE', `${what}: function is not finite at ${b}`);
    }
  }
  throw new OddsMathError('NO_CONVERGENCE', `${what}: root finder did not converge in 300 iterations`);
}
