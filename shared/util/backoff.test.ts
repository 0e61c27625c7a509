import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  it('doubles from the base up to the cap', () => {
    const o = { baseMs: 1000, capMs: 30_000 };
    expect([0, 1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, o))).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
    expect(backoffDelay(-3, o)).toBe(1000);
  });

  it('adds jitter above the delay, or spreads it around', () => {
    expect(backoffDelay(1, { baseMs: 1000, capMs: 30_000, jitter: 0.5, random: () => 1 })).toBe(3000);
    expect(backoffDelay(1, { baseMs: 1000, capMs: 30_000, jitter: 0.5, random: () => 0 })).toBe(2000);
    expect(backoffDelay(0, { baseMs: 500, capMs: 5000, jitter: 0.5, spread: 'around', random: () => 0 })).toBe(375);
    expect(backoffDelay(9, { baseMs: 500, capMs: 5000, jitter: 0.5, spread: 'around', random: () => 1 })).toBe(6250);
  });
});
