/** Settlement rules, table-driven: every market and line type (whole, half, quarter), pushes and half results. */
import { describe, expect, it } from 'vitest';
import { settleFromScore } from '../../electron/core/bankroll/settlement-rules';
import { lineKind, profitCents, validateBet, type BetInput, type BetStatus } from '../../shared/domain/bets';

const H = 'Lens';
const A = 'Lille';
type Row = [
  market: 'h2h' | 'totals' | 'spreads',
  selection: string,
  point: number | null,
  home: number,
  away: number,
  expected: BetStatus | null,
];

const TABLE: Row[] = [
  // h2h, 3-way soccer
  ['h2h', H, null, 2, 1, 'won'],
  ['h2h', H, null, 0, 1, 'lost'],
  ['h2h', A, null, 0, 1, 'won'],
  ['h2h', 'Draw', null, 1, 1, 'won'],
  ['h2h', 'Draw', null, 2, 1, 'lost'],
  ['h2h', H, null, 1, 1, 'lost'],
  ['h2h', 'Nantes', null, 1, 0, null],
  // totals: half lines
  ['totals', 'Over', 2.5, 2, 1, 'won'],
  ['totals', 'Over', 2.5, 1, 1, 'lost'],
  ['totals', 'Under', 2.5, 1, 1, 'won'],
  ['totals', 'Under', 2.5, 3, 0, 'lost'],
  // totals: whole lines push
  ['totals', 'Over', 3, 2, 1, 'push'],
  ['totals', 'Under', 3, 2, 1, 'push'],
  ['totals', 'Over', 3, 2, 2, 'won'],
  ['totals', 'Under', 3, 1, 1, 'won'],
  // totals: quarter lines
  ['totals', 'Over', 2.25, 1, 1, 'half_lost'],
  ['totals', 'Under', 2.25, 1, 1, 'half_won'],
  ['totals', 'Over', 2.25, 2, 1, 'won'],
  ['totals', 'Over', 2.75, 2, 1, 'half_won'],
  ['totals', 'Under', 2.75, 2, 1, 'half_lost'],
  ['totals', 'Under', 2.75, 1, 1, 'won'],
  ['totals', 'Over', 2.75, 1, 1, 'lost'],
  ['totals', 'Over', 0.25, 0, 0, 'half_lost'],
  ['totals', 'Under', 0.25, 0, 0, 'half_won'],
  ['totals', 'Over', 0.75, 1, 0, 'half_won'],
  ['totals', 'Spread', 2.5, 1, 1, null],
  // spreads: half lines
  ['spreads', H, -1.5, 2, 0, 'won'],
  ['spreads', H, -1.5, 1, 0, 'lost'],
  ['spreads', A, 1.5, 1, 0, 'won'],
  ['spreads', A, 1.5, 2, 0, 'lost'],
  // spreads: whole lines and level (0)
  ['spreads', H, -1, 1, 0, 'push'],
  ['spreads', A, 1, 1, 0, 'push'],
  ['spreads', H, 0, 1, 1, 'push'],
  ['spreads', H, 0, 2, 1, 'won'],
  ['spreads', A, 0, 2, 1, 'lost'],
  ['spreads', H, -2, 4, 1, 'won'],
  ['spreads', A, 2, 4, 1, 'lost'],
  // spreads: quarter lines
  ['spreads', H, -0.25, 1, 1, 'half_lost'],
  ['spreads', A, 0.25, 1, 1, 'half_won'],
  ['spreads', H, -0.25, 2, 1, 'won'],
  ['spreads', H, -0.75, 1, 0, 'half_won'],
  ['spreads', A, 0.75, 1, 0, 'half_lost'],
  ['spreads', H, -0.75, 2, 0, 'won'],
  ['spreads', H, -0.75, 1, 1, 'lost'],
  ['spreads', H, -1.25, 1, 0, 'half_lost'],
  ['spreads', A, 1.25, 1, 0, 'half_won'],
  ['spreads', H, -1.75, 2, 0, 'half_won'],
  ['spreads', A, 1.75, 2, 0, 'half_lost'],
  ['spreads', A, 0.25, 0, 1, 'won'],
  ['spreads', 'Nantes', -0.5, 1, 0, null],
];

describe('settleFromScore', () => {
  it.each(TABLE)('%s %s %s at %i-%i → %s', (market, selection, point, home, away, expected) => {
    expect(settleFromScore({ market, selection, point, homeTeam: H, awayTeam: A, sportKey: 'soccer_france_ligue_one' }, home, away)).toBe(
      expected,
    );
  });

  it('covers every result status and line kind', () => {
    const statuses = new Set(TABLE.map((r) => r[5]));
    for (const s of ['won', 'lost', 'push', 'half_won', 'half_lost'] as const) expect(statuses.has(s)).toBe(true);
    const kinds = new Set(TABLE.filter((r) => r[0] !== 'h2h').map((r) => `${r[0]}:${lineKind(r[2])}`));
    expect(kinds).toEqual(new Set(['totals:half', 'totals:whole', 'totals:quarter', 'spreads:half', 'spreads:whole', 'spreads:quarter']));
  });

  it('a tie in a 2-way (non-soccer) h2h market pushes; in soccer it loses', () => {
    const bet = { market: 'h2h' as const, selection: H, point: null, homeTeam: H, awayTeam: A };
    expect(settleFromScore({ ...bet, sportKey: 'americanfootball_nfl' }, 20, 20)).toBe('push');
    expect(settleFromScore({ ...bet, sportKey: 'soccer_epl' }, 1, 1)).toBe('lost');
  });
});

describe('profit in cents', () => {
  it.each([
    ['won', 1000, 2.1, null, 1100],
    ['lost', 1000, 2.1, null, -1000],
    ['half_won', 1000, 1.95, null, 475],
    ['half_lost', 1001, 1.95, null, -501],
    ['void', 1000, 3, null, 0],
    ['push', 1000, 3, null, 0],
    ['cashed_out', 1000, 3, 1450, 450],
    ['cashed_out', 1000, 3, 300, -700],
    ['pending', 1000, 3, null, null],
  ] as [BetStatus, number, number, number | null, number | null][])('%s stake %i @ %f → %s', (status, stake, odds, cashout, expected) => {
    expect(profitCents(status, stake, odds, cashout)).toBe(expected);
  });
});

describe('bad input rules', () => {
  const base: BetInput = {
    eventId: null,
    sportKey: 'soccer_epl',
    homeTeam: H,
    awayTeam: A,
    commenceTime: 2e12,
    market: 'totals',
    selection: 'Over',
    point: 2.5,
    bookmaker: 'unibet_eu',
    odds: 1.9,
    stakeCents: 1000,
    placedAt: 1.9e12,
    status: 'pending',
    cashoutCents: null,
    settledAt: null,
    closingOdds: null,
    tags: [],
    notes: '',
    opportunityId: null,
  };
  const codes = (b: Partial<BetInput>) => validateBet({ ...base, ...b }).map((i) => i.code);
  it.each([
    [{ stakeCents: 0 }, 'stake_not_positive'],
    [{ stakeCents: -5 }, 'stake_not_positive'],
    [{ odds: 1 }, 'odds_not_above_one'],
    [{ odds: 0.5 }, 'odds_not_above_one'],
    [{ status: 'won', settledAt: 1.8e12 }, 'settled_before_placed'],
    [{ status: 'half_won', point: 3 }, 'status_needs_quarter_line'],
    [{ status: 'half_lost', point: 2.5 }, 'status_needs_quarter_line'],
    [{ status: 'push', point: 2.5 }, 'push_on_half_line'],
    [{ status: 'push', point: 2.25 }, 'push_on_half_line'],
    [{ market: 'h2h', selection: H, point: null, status: 'half_won' }, 'half_result_on_h2h'],
    [{ point: null }, 'line_required'],
    [{ market: 'h2h', selection: H, point: 1 }, 'line_not_allowed'],
    [{ point: 2.3 }, 'line_not_quarter'],
    [{ selection: H }, 'selection_invalid'],
    [{ status: 'cashed_out' }, 'cashout_required'],
    [{ homeTeam: ' ' }, 'team_required'],
    [{ bookmaker: '' }, 'bookmaker_required'],
  ] as [Partial<BetInput>, string][])('%o → %s', (patch, code) => {
    expect(codes(patch)).toContain(code);
  });
  it('accepts valid bets of every kind', () => {
    expect(codes({})).toEqual([]);
    expect(codes({ status: 'half_won', point: 2.25, settledAt: 2e12 })).toEqual([]);
    expect(codes({ market: 'spreads', selection: A, point: 0.75, status: 'half_lost', settledAt: 2e12 })).toEqual([]);
    expect(codes({ status: 'push', point: 3, settledAt: 2e12 })).toEqual([]);
    expect(codes({ market: 'h2h', selection: 'Draw', point: null, status: 'cashed_out', cashoutCents: 0 })).toEqual([]);
  });
});
