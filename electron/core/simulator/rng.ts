/**
 * Seeded, stateless randomness. Every random quantity of the simulator is a pure
 * function of (seed, labels...), so the same seed and the same clock always give
 * the same bytes on the wire.
 */

/** 32-bit FNV-1a style mix of a string into an existing hash. */
function mixString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Final avalanche (murmur3 fmix32). */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes a seed and any labels to an unsigned 32-bit integer. */
export function hash32(seed: number, ...parts: Array<string | number>): number {
  let h = fmix((seed ^ 0x9e3779b9) >>> 0);
  for (const p of parts) {
    h = mixString(h ^ 0x2f, typeof p === 'number' ? `#${p}` : p);
    h = fmix(h);
  }
  return h;
}

/** Uniform number in [0, 1) determined by seed and labels. */
export function rand01(seed: number, ...parts: Array<string | number>): number {
  return hash32(seed, ...parts) / 4294967296;
}

/** Standard normal variate determined by seed and labels (Box-Muller). */
export function randNormal(seed: number, ...parts: Array<string | number>): number {
  const u1 = (hash32(seed, ...parts, 'n1') + 1) / 4294967297;
  const u2 = rand01(seed, ...parts, 'n2');
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** Integer in [0, n) determined by seed and labels. */
export function randInt(seed: number, n: number, ...parts: Array<string | number>): number {
  return Math.floor(rand01(seed, ...parts) * n);
}

/** 32-char lowercase hex id (like The Odds API event ids), stable for the labels. */
export function hexId(seed: number, ...parts: Array<string | number>): string {
  let out = '';
  for (let i = 0; i < 4; i++)
    out += hash32(seed, ...parts, 'id', i)
      .toString(16)
      .padStart(8, '0');
  return out;
}

/** Poisson variate from a uniform u in [0,1) by inversion. */
export function poissonFromUniform(lambda: number, u: number): number {
  let k = 0;
  let p = Math.exp(-lambda);
  let cdf = p;
  while (u > cdf && k < 50) {
    k++;
    p *= lambda / k;
    cdf += p;
  }
  return k;
}

/**
 * Smooth value noise: seeded N(0,1) knots every `knotMs`, smoothstep-interpolated.
 * Continuous in t, so prices drift smoothly rather than jumping.
 */
export function valueNoise(seed: number, t: number, knotMs: number, ...parts: Array<string | number>): number {
  const x = t / knotMs;
  const k = Math.floor(x);
  const f = x - k;
  const s = f * f * (3 - 2 * f);
  const a = randNormal(seed, ...parts, 'knot', k);
  const b = randNormal(seed, ...parts, 'knot', k + 1);
  return a + (b - a) * s;
}
