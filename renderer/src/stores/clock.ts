import { create } from 'zustand';

/**
 * A shared "now" for relative times ("il y a 4 min"). This only re-renders labels; it never
 * asks the host for anything.
 */
export const useClock = create<{ now: number }>()(() => ({ now: Date.now() }));

const TICK_MS = 15_000;

export function startClock(): () => void {
  const id = setInterval(() => useClock.setState({ now: Date.now() }), TICK_MS);
  return () => clearInterval(id);
}

export const useNow = (): number => useClock((s) => s.now);
