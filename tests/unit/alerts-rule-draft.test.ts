/** Typed thresholds and durations: "not a number" in words, units converted both ways. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../electron/core/alerts/default-rules';
import { alertRuleSchema } from '../../shared/ipc/channels/alerts';
import { fromDraft, newRule, parseNum, toDraft } from '../../renderer/src/features/alerts/rule-draft';
import type { AlertRule } from '../../shared/domain/alerts';

describe('rule drafts', () => {
  it.each([
    ['12,5', { value: 12.5, error: null }],
    ['abc', { value: null, error: { key: 'alerts.err.number', vars: { value: 'abc' } } }],
    ['1e3', { value: null, error: { key: 'alerts.err.number', vars: { value: '1e3' } } }],
    ['', { value: null, error: { key: 'alerts.err.required' } }],
    ['-5', { value: null, error: { key: 'alerts.err.min', vars: { min: 0 } } }],
  ] as const)('parseNum(%j)', (raw, want) => {
    expect(parseNum(raw, { min: 0 })).toEqual(want);
  });

  it('round-trips every default rule, and the result passes the shared schema', () => {
    for (const r of DEFAULT_RULES) {
      const back = fromDraft(toDraft(r)).rule as AlertRule;
      expect(back).toEqual(r);
      expect(alertRuleSchema.safeParse(back).success).toBe(true);
    }
  });

  it('names each bad field; an empty repeat means once', () => {
    const d = { ...toDraft(DEFAULT_RULES[0] as AlertRule), threshold: 'neuf cents', forMin: '-1', repeatH: '' };
    const r = fromDraft(d);
    expect(r.rule).toBeNull();
    expect(Object.keys(r.errors).sort()).toEqual(['forMin', 'threshold']);
    expect(fromDraft({ ...d, threshold: '950', forMin: '0' }).rule).toMatchObject({ threshold: 950, repeatMs: null });
  });

  it('a new rule gets a unique id and valid values', () => {
    const a = newRule('bankroll', DEFAULT_RULES);
    const b = newRule('bankroll', [...DEFAULT_RULES, { id: a.id }]);
    expect([a.id, b.id]).toEqual(['bankroll-1', 'bankroll-2']);
    expect(alertRuleSchema.safeParse(fromDraft(a).rule).success).toBe(true);
  });

  it('the server refuses a non-numeric threshold with a clear message', () => {
    const bad = alertRuleSchema.safeParse({ ...DEFAULT_RULES[0], threshold: 'abc' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('threshold must be a number');
  });
});
