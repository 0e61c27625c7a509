/**
 * The one exponential backoff of the project: `baseMs × 2^attempt`, capped, with optional
 * jitter. Used by the odds-api transport (retries), the e-mail outbox, the settlement's /scores
 * misses and the renderer's WebSocket reconnection. Pure; runs in every process.
 */
export interface BackoffOptions {
  /** Delay of attempt 0. */
  baseMs: number;
  /** No delay above this (before jitter). */
  capMs: number;
  /** Random spread as a fraction of the delay (default 0: none). */
  jitter?: number;
  /**
   * 'up' (default): delay … delay × (1 + jitter), never shorter than asked (a server's pace);
   * 'around': delay × (1 − jitter/2) … delay × (1 + jitter/2), clients not reconnecting in step.
   */
  spread?: 'up' | 'around';
  random?: () => number;
}

/** Delay before retry `attempt` (0-based; negative counts as 0), in ms, not rounded. */
export function backoffDelay(attempt: number, o: BackoffOptions): number {
  const exp = Math.min(o.capMs, o.baseMs * 2 ** Math.max(0, attempt));
  const jitter = o.jitter ?? 0;
  if (jitter === 0) return exp;
  const r = (o.random ?? Math.random)();
  return o.spread === 'around' ? exp * (1 - jitter / 2 + r * jitter) : exp + r * exp * jitter;
}
