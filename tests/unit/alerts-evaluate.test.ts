/** The pure state machine (alerting.md A): for, reset, resolve, retention, keep_firing_for. */
import { describe, expect, it } from 'vitest';
import type { AlertInstance, AlertRule } from '../../shared/domain/alerts';
import { DEFAULT_RULES, RESOLVED_RETENTION_MS } from '../../electron/core/alerts/default-rules';
import { evaluateRules } from '../../electron/core/alerts/evaluate-rules';
import type { Series } from '../../electron/core/alerts/conditions';

const MIN = 60_000;
const rule = (over: Partial<AlertRule>): AlertRule => ({ ...(DEFAULT_RULES[0] as AlertRule), id: 'r', keepFiringForMs: 0, ...over });
const on: Series[] = [{ labels: {}, value: 1, summary: 'x' }];

/** Runs a sequence of (minute, condition) evaluations; returns the state after each. */
function run(r: AlertRule, steps: [number, boolean | null][]): string[] {
  let prev = new Map<string, AlertInstance>();
  const out: string[] = [];
  for (const [min, cond] of steps) {
    const samples = new Map([[r.id, cond === null ? null : cond ? on : []]]);
    const { next } = evaluateRules([r], samples, prev, min * MIN);
    prev = next;
    out.push([...next.values()][0]?.state ?? 'inactive');
  }
  return out;
}

describe('evaluateRules', () => {
  it.each([
    ['for 0 fires on the first true evaluation', { forMs: 0 }, [[0, true]], ['firing']],
    [
      'for 10 min: pending until 10 min have passed',
      { forMs: 10 * MIN },
      [
        [0, true],
        [5, true],
        [10, true],
      ],
      ['pending', 'pending', 'firing'],
    ],
    [
      'one false evaluation resets pending (silently)',
      { forMs: 10 * MIN },
      [
        [0, true],
        [5, false],
        [6, true],
        [15, true],
        [16, true],
      ],
      ['pending', 'inactive', 'pending', 'pending', 'firing'],
    ],
    [
      'firing → resolved when false, kept 15 min then dropped',
      { forMs: 0 },
      [
        [0, true],
        [1, false],
        [10, false],
        [16, false],
      ],
      ['firing', 'resolved', 'resolved', 'inactive'],
    ],
    [
      'keep_firing_for holds a flapping alert',
      { forMs: 0, keepFiringForMs: 10 * MIN },
      [
        [0, true],
        [1, false],
        [5, true],
        [6, false],
        [14, false],
        [15, false],
      ],
      ['firing', 'firing', 'firing', 'firing', 'firing', 'resolved'],
    ],
    [
      'a resolved alert that comes back starts again',
      { forMs: 0 },
      [
        [0, true],
        [1, false],
        [2, true],
      ],
      ['firing', 'resolved', 'firing'],
    ],
    [
      'cannot evaluate (missing provider): state is kept',
      { forMs: 0 },
      [
        [0, true],
        [1, null],
        [2, null],
      ],
      ['firing', 'firing', 'firing'],
    ],
    ['a missing provider never creates an alert', { forMs: 0 }, [[0, null]], ['inactive']],
  ] as [string, Partial<AlertRule>, [number, boolean | null][], string[]][])('%s', (_n, over, steps, want) => {
    expect(run(rule(over), steps)).toEqual(want);
  });

  it('records transitions with from/to, and none for an unchanged firing alert', () => {
    const r = rule({ forMs: 2 * MIN });
    const s = new Map([[r.id, on]]);
    const a = evaluateRules([r], s, new Map(), 0);
    const b = evaluateRules([r], s, a.next, 2 * MIN);
    const c = evaluateRules([r], s, b.next, 3 * MIN);
    expect(a.transitions.map((t) => `${t.from}>${t.to}`)).toEqual(['inactive>pending']);
    expect(b.transitions.map((t) => `${t.from}>${t.to}`)).toEqual(['pending>firing']);
    expect(c.transitions).toEqual([]);
  });

  it('a disabled rule resolves its firing alerts', () => {
    const r = rule({ forMs: 0 });
    const a = evaluateRules([r], new Map([[r.id, on]]), new Map(), 0);
    const b = evaluateRules([{ ...r, enabled: false }], new Map(), a.next, MIN);
    expect([...b.next.values()][0]?.state).toBe('resolved');
    const c = evaluateRules([{ ...r, enabled: false }], new Map(), b.next, MIN + RESOLVED_RETENTION_MS);
    expect(c.next.size).toBe(0);
  });

  it('identity is the label set: annotations and value update in place', () => {
    const r = rule({ forMs: 0 });
    const a = evaluateRules([r], new Map([[r.id, [{ labels: { k: '1' }, value: 1, summary: 'one' }]]]), new Map(), 0);
    const b = evaluateRules([r], new Map([[r.id, [{ labels: { k: '1' }, value: 2, summary: 'two' }]]]), a.next, MIN);
    expect(b.next.size).toBe(1);
    expect([...b.next.values()][0]).toMatchObject({ value: 2, summary: 'two', firedAt: 0 });
  });
});
