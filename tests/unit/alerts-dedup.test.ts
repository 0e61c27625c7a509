/** Alertmanager's DedupStage.needsUpdate, table-driven (alerting.md B.3). */
import { describe, expect, it } from 'vitest';
import { needsUpdate, type LogEntry } from '../../electron/core/alerts/dedup';

const S = (...xs: string[]) => new Set(xs);
const NOW = 1_000_000_000;
const H = 3_600_000;
const entry = (firing: string[], resolved: string[], ago: number): LogEntry => ({
  firing: S(...firing),
  resolved: S(...resolved),
  sentAt: NOW - ago,
});

describe('needsUpdate', () => {
  const cases: [string, LogEntry | null, string[], string[], number | null, boolean, ReturnType<typeof needsUpdate>][] = [
    ['no entry, firing → first notification', null, ['a'], [], 4 * H, false, 'first'],
    ['no entry, nothing firing → nothing', null, [], ['a'], 4 * H, true, null],
    ['a new alert in the group', entry(['a'], [], 60_000), ['a', 'b'], [], 4 * H, false, 'new-firing'],
    ['new after an empty entry counts as first', entry([], ['a'], 60_000), ['b'], [], 4 * H, false, 'first'],
    ['unchanged within repeat → nothing', entry(['a'], [], H), ['a'], [], 4 * H, false, null],
    ['unchanged after repeat → repeat', entry(['a'], [], 5 * H), ['a'], [], 4 * H, false, 'repeat'],
    ['repeat null (once) never repeats', entry(['a'], [], 500 * H), ['a'], [], null, false, null],
    ['fewer firing (one resolved), sendResolved off → nothing', entry(['a', 'b'], [], 60_000), ['a'], ['b'], 4 * H, false, null],
    ['fewer firing, sendResolved on → new resolved', entry(['a', 'b'], [], 60_000), ['a'], ['b'], 4 * H, true, 'new-resolved'],
    ['resolved already logged → nothing', entry(['a'], ['b'], 60_000), ['a'], ['b'], 4 * H, true, null],
    [
      'all resolved → notify even when sendResolved is off (clears the log)',
      entry(['a'], [], 60_000),
      [],
      ['a'],
      4 * H,
      false,
      'all-resolved',
    ],
    ['all resolved and already cleared → nothing', entry([], ['a'], 60_000), [], ['a'], 4 * H, true, null],
    ['exactly at repeat boundary → nothing yet', entry(['a'], [], 4 * H), ['a'], [], 4 * H, false, null],
  ];
  it.each(cases)('%s', (_name, e, firing, resolved, repeat, sendResolved, want) => {
    expect(needsUpdate(e, S(...firing), S(...resolved), repeat, sendResolved, NOW)).toBe(want);
  });
});
