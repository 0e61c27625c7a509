import { describe, expect, it } from 'vitest';
import { periodAt } from '../../electron/core/planner/budget-period';
import { plan, type PlannerInput, type PlannerSport } from '../../electron/core/planner/planner';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 2, 14, 8, 0); // a Saturday, 08:00 UTC

function sport(key: string, kickoffs: number[], extra: Partial<PlannerSport> = {}): PlannerSport {
  return {
    key,
    eventsCheckedAt: T0 - HOUR,
    lastOddsAt: null,
    events: kickoffs.map((k, i) => ({ id: `${key}-${i}`, commenceTime: k })),
    ...extra,
  };
}

function input(over: Partial<PlannerInput>): PlannerInput {
  return {
    now: T0,
    budget: { planSize: 500, resetDay: 1, reserve: 10 },
    quota: { remaining: null, used: null },
    usedThisPeriod: 0,
    sports: [],
    markets: ['h2h', 'totals'],
    regions: ['eu'],
    bookmakers: [],
    sportsCheckedAt: T0 - HOUR,
    ...over,
  };
}

const paid = (p: ReturnType<typeof plan>) => p.calls.filter((c) => c.credits > 0);

describe('planner decisions', () => {
  const cases: { name: string; in: PlannerInput; check(p: ReturnType<typeof plan>): void }[] = [
    {
      name: 'quiet week: nothing within the horizon → only free calls, no credit spent',
      in: input({ sports: [sport('soccer_epl', [T0 + 5 * DAY]), sport('basketball_nba', [])] }),
      check: (p) => {
        expect(paid(p)).toEqual([]);
        expect(p.calls.every((c) => c.kind === 'events' || c.kind === 'sports')).toBe(true);
      },
    },
    {
      name: "busy Saturday: polls get closer as kick-offs approach, and stay within the day's share",
      in: input({
        sports: [sport('soccer_epl', [T0 + 4 * HOUR, T0 + 6 * HOUR, T0 + 9 * HOUR]), sport('soccer_france_ligue_one', [T0 + 11 * HOUR])],
      }),
      check: (p) => {
        const epl = paid(p)
          .filter((c) => c.sport === 'soccer_epl')
          .map((c) => c.at);
        expect(epl.length).toBeGreaterThanOrEqual(2);
        expect(p.next24hCredits).toBeLessThanOrEqual(Math.ceil(490 / 18) + 1);
        expect(p.next24hCredits).toBeGreaterThan(0);
      },
    },
    {
      name: 'closing poll: an event with an open bet gets a poll within 10 minutes of its kick-off',
      in: input({
        sports: [sport('soccer_epl', [T0 + 3 * HOUR], { events: [{ id: 'bet-ev', commenceTime: T0 + 3 * HOUR, needsClosingLine: true }] })],
      }),
      check: (p) => {
        const c = p.calls.find((x) => x.reason === 'closing');
        expect(c?.events).toEqual(['bet-ev']);
        expect(T0 + 3 * HOUR - c!.at).toBeLessThanOrEqual(10 * MIN);
        expect(T0 + 3 * HOUR - c!.at).toBeGreaterThan(0);
      },
    },
    {
      name: 'a closing poll already made (4 min before kick-off) is not made again',
      in: input({
        now: T0 + 3 * HOUR - 3 * MIN,
        sports: [
          sport('soccer_epl', [], {
            lastOddsAt: T0 + 3 * HOUR - 4 * MIN,
            events: [{ id: 'bet-ev', commenceTime: T0 + 3 * HOUR, needsClosingLine: true }],
          }),
        ],
      }),
      check: (p) => expect(p.calls.filter((c) => c.reason === 'closing')).toEqual([]),
    },
    {
      name: "the day's share is a sliding window: credits spent in the last 24 h leave less for the next polls",
      in: input({
        sports: [sport('soccer_epl', [T0 + 2 * HOUR, T0 + 5 * HOUR])],
        recentSpend: Array.from({ length: 7 }, (_, i) => ({ at: T0 - (i + 1) * HOUR, credits: 2 })),
      }),
      check: (p) => {
        // share ≈ 490 / 18 days ≈ 27 credits; 14 already spent in the last 24 h
        expect(
          paid(p)
            .filter((c) => c.at - T0 < 17 * HOUR)
            .reduce((n, c) => n + c.credits, 0),
        ).toBeLessThanOrEqual(Math.ceil(490 / 18) - 14 + 1);
      },
    },
    {
      name: 'kick-offs 3 minutes apart share one closing poll',
      in: input({
        sports: [
          sport('soccer_epl', [], {
            events: [
              { id: 'a', commenceTime: T0 + 3 * HOUR, needsClosingLine: true },
              { id: 'b', commenceTime: T0 + 3 * HOUR + 3 * MIN, needsClosingLine: true },
              { id: 'c', commenceTime: T0 + 5 * HOUR, needsClosingLine: true },
            ],
          }),
        ],
      }),
      check: (p) => {
        const closing = p.calls.filter((x) => x.reason === 'closing');
        expect(closing.map((c) => c.events)).toEqual([['a', 'b'], ['c']]);
      },
    },
    {
      name: 'budget nearly spent: closing polls kept, approach polls dropped',
      in: input({
        quota: { remaining: 14, used: 486 },
        sports: [
          sport('soccer_epl', [], {
            events: [
              { id: 'bet', commenceTime: T0 + 2 * HOUR, needsClosingLine: true },
              { id: 'x', commenceTime: T0 + 8 * HOUR },
            ],
          }),
        ],
      }),
      check: (p) => {
        expect(paid(p).map((c) => c.reason)).toEqual(['closing']);
        expect(p.spendable).toBe(4);
      },
    },
    {
      name: 'credits exhausted: no paid call, resumes at the reset',
      in: input({ quota: { remaining: 0, used: 500 }, sports: [sport('soccer_epl', [T0 + HOUR])] }),
      check: (p) => {
        expect(paid(p)).toEqual([]);
        expect(p.resumesAt).toBe(Date.UTC(2026, 3, 1));
        expect(p.warnings.join(' ')).toMatch(/used up.*2026-04-01/);
      },
    },
    {
      name: 'month turned: the same input after the reset with fresh headers buys odds again',
      in: input({
        now: Date.UTC(2026, 3, 1, 0, 5),
        quota: { remaining: 500, used: 0 },
        sports: [sport('soccer_epl', [Date.UTC(2026, 3, 1, 2)])],
      }),
      check: (p) => {
        expect(paid(p).length).toBeGreaterThan(0);
        expect(p.resumesAt).toBeNull();
      },
    },
    {
      name: 'budget smaller than the cheapest useful call: clear message, free calls only',
      in: input({ budget: { planSize: 1, resetDay: 1, reserve: 0 }, sports: [sport('soccer_epl', [T0 + HOUR])] }),
      check: (p) => {
        expect(paid(p)).toEqual([]);
        expect(p.warnings[0]).toMatch(/smaller than one \/odds call \(2 credits\)/);
        expect(p.calls.some((c) => c.kind === 'events')).toBe(true);
      },
    },
    {
      name: "plan size contradicted by the headers: the API's figure is used, with a message",
      in: input({ quota: { remaining: 19000, used: 1000 }, sports: [sport('soccer_epl', [T0 + HOUR])] }),
      check: (p) => {
        expect(p.warnings[0]).toMatch(/20000 credits this month.*not the plan size of 500/);
        expect(p.spendable).toBe(18990);
      },
    },
    {
      name: 'bookmakers= with ≤ 10 books instead of 2 regions when cheaper',
      in: input({
        regions: ['eu', 'uk'],
        bookmakers: ['pinnacle', 'betfair_ex_eu', 'unibet_eu'],
        sports: [sport('soccer_epl', [T0 + HOUR])],
      }),
      check: (p) => {
        expect(p.oddsCallCost).toBe(2);
        expect(paid(p)[0]!.query).toEqual({ bookmakers: ['pinnacle', 'betfair_ex_eu', 'unibet_eu'] });
      },
    },
    {
      name: '/scores only for sports with pending bets',
      in: input({ sports: [sport('soccer_epl', [], { pendingBets: true }), sport('basketball_nba', [])] }),
      check: (p) => {
        expect(p.calls.filter((c) => c.kind === 'scores').map((c) => c.sport)).toEqual(['soccer_epl']);
      },
    },
    {
      name: 'pinned sport with nothing soon is still polled',
      in: input({ sports: [sport('tennis_atp', [], { pinned: true })] }),
      check: (p) => {
        expect(paid(p).some((c) => c.sport === 'tennis_atp' && c.reason === 'pinned')).toBe(true);
      },
    },
  ];
  for (const c of cases) it(c.name, () => c.check(plan(c.in)));
});

describe('budget period', () => {
  it.each([
    ['reset day 31 in February → the last day', Date.UTC(2026, 1, 15), 31, Date.UTC(2026, 0, 31), Date.UTC(2026, 1, 28)],
    ['reset day 15, before it', Date.UTC(2026, 4, 10), 15, Date.UTC(2026, 3, 15), Date.UTC(2026, 4, 15)],
    ['reset day 1, on the reset instant', Date.UTC(2026, 3, 1), 1, Date.UTC(2026, 3, 1), Date.UTC(2026, 4, 1)],
  ])('%s', (_n, now, day, start, end) => {
    const p = periodAt(now, day);
    expect([p.start, p.end]).toEqual([start, end]);
  });
  it('names a moved or invalid reset day', () => {
    expect(periodAt(Date.UTC(2026, 1, 15), 31).note).toMatch(/Reset day 31 does not exist in every month/);
    expect(periodAt(Date.UTC(2026, 1, 15), 0).note).toMatch(/Reset day 0 is not a day of the month/);
  });
});
