/** Inhibition and silences (alerting.md B.4, B.5) and the desktop mutes, table-driven. */
import { describe, expect, it } from 'vitest';
import type { AlertInstance, AlertRule, Silence } from '../../shared/domain/alerts';
import { DEFAULT_RULES } from '../../electron/core/alerts/default-rules';
import { applyMutes, silenceMatches } from '../../electron/core/alerts/mute';

const NOW = 10_000_000;
const rules = new Map<string, AlertRule>([
  ...DEFAULT_RULES.map((r) => [r.id, r] as [string, AlertRule]),
  ['bankroll-warning', { ...(DEFAULT_RULES[0] as AlertRule), id: 'bankroll-warning', threshold: 950, severity: 'warning' }],
]);
const inst = (ruleId: string, over: Partial<AlertInstance> = {}): AlertInstance => {
  const r = rules.get(ruleId) as AlertRule;
  return {
    fingerprint: `${ruleId}:${JSON.stringify(over.labels ?? {})}`,
    ruleId,
    ruleName: r.name,
    kind: r.kind,
    severity: r.severity,
    labels: {},
    summary: '',
    value: null,
    state: 'firing',
    activeAt: 0,
    firedAt: 0,
    resolvedAt: null,
    lastTrueAt: 0,
    startsAt: null,
    muted: null,
    ...over,
  };
};
const sil = (over: Partial<Silence>): Silence => ({
  id: 1,
  ruleId: null,
  eventId: null,
  bookmaker: null,
  startsAt: 0,
  endsAt: NOW + 1,
  comment: '',
  createdAt: 0,
  expiredAt: null,
  active: true,
  ...over,
});
const mutes = (all: AlertInstance[], silences: Silence[] = [], resumedUntil: number | null = null) =>
  Object.fromEntries(applyMutes(all, { now: NOW, rules, silences, resumedUntil }).map((a) => [a.fingerprint, a.muted]));

describe('inhibition', () => {
  it('collector down mutes no data; not the other way round', () => {
    expect(mutes([inst('collector-down'), inst('no-data')])).toEqual({ 'collector-down:{}': null, 'no-data:{}': 'inhibited' });
  });
  it('quota exhausted mutes no data, quota low does not', () => {
    expect(mutes([inst('quota-low', { labels: { level: 'exhausted' } }), inst('no-data')])['no-data:{}']).toBe('inhibited');
    expect(mutes([inst('quota-low', { labels: { level: 'low' } }), inst('no-data')])['no-data:{}']).toBe(null);
  });
  it('bankroll critical (900) mutes the warning (950), never itself', () => {
    expect(mutes([inst('bankroll-critical'), inst('bankroll-warning')])).toEqual({
      'bankroll-critical:{}': null,
      'bankroll-warning:{}': 'inhibited',
    });
    expect(mutes([inst('bankroll-warning')])).toEqual({ 'bankroll-warning:{}': null });
  });
  it('a pending or resolved source inhibits nothing', () => {
    expect(mutes([inst('collector-down', { state: 'pending' }), inst('no-data')])['no-data:{}']).toBe(null);
  });
});

describe('silences', () => {
  const o = inst('new-opportunity', { labels: { eventId: 'ev1', bookmakers: 'betclic_fr,unibet_fr' } });
  it.each([
    ['by rule', { ruleId: 'new-opportunity' }, true],
    ['by another rule', { ruleId: 'bankroll-critical' }, false],
    ['all rules', { ruleId: '*' }, true],
    ['by event', { eventId: 'ev1' }, true],
    ['by another event', { eventId: 'ev2' }, false],
    ['by a bookmaker of a leg', { bookmaker: 'unibet_fr' }, true],
    ['by a bookmaker not in the legs', { bookmaker: 'pinnacle' }, false],
    ['rule and event must both match', { ruleId: 'new-opportunity', eventId: 'ev2' }, false],
  ] as [string, Partial<Silence>, boolean][])('%s', (_n, s, want) => {
    expect(silenceMatches(sil(s), o)).toBe(want);
  });
  it('only active silences mute: expired, ended or future ones do not', () => {
    expect(mutes([o], [sil({ ruleId: '*' })])[o.fingerprint]).toBe('silenced');
    expect(mutes([o], [sil({ ruleId: '*', expiredAt: NOW - 1 })])[o.fingerprint]).toBe(null);
    expect(mutes([o], [sil({ ruleId: '*', endsAt: NOW })])[o.fingerprint]).toBe(null);
    expect(mutes([o], [sil({ ruleId: '*', startsAt: NOW + 1 })])[o.fingerprint]).toBe(null);
  });
});

describe('desktop mutes', () => {
  it('no data is muted while just resumed; an opportunity whose event started is never notified', () => {
    expect(mutes([inst('no-data')], [], NOW + 1)['no-data:{}']).toBe('resumed');
    expect(mutes([inst('no-data')], [], NOW)['no-data:{}']).toBe(null);
    expect(mutes([inst('new-opportunity', { startsAt: NOW })])['new-opportunity:{}']).toBe('started');
  });
});
