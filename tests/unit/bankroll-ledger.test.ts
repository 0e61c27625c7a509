/** The bankroll's cent ledger against the shared ledgerStats reference conventions (odds-math.md §7). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAnalytics } from '../../electron/core/bankroll/analytics';
import { summarize, toLedgerJson, type LedgerBetRow } from '../../electron/core/bankroll/ledger';
import { profitCents, type BetStatus } from '../../shared/domain/bets';
import { ledgerStats, type BetResult, type LedgerBet } from '../../shared/oddsmath';

function rows(bets: LedgerBet[]): LedgerBetRow[] {
  return bets.map((b, i) => {
    const stake = Math.round(b.stake * 100);
    return {
      status: b.result as BetStatus,
      stake,
      odds: b.odds,
      profit: profitCents(b.result as BetStatus, stake, b.odds, null),
      settledAt: 1_000 + i,
      placedAt: i,
      sport: 'soccer_epl',
      bookmaker: 'pinnacle',
      market: 'h2h',
      tags: [],
      close: b.close ?? null,
      clvState: b.close ? 'captured' : 'missing',
      noVigP: null,
      flagged: false,
    };
  });
}
const deposit = (euros: number) => [{ kind: 'deposit' as const, cents: euros * 100, at: 0 }];

/** The nine bets matching the §7 `ledger_stats` vector (bankroll 200). */
const NINE: LedgerBet[] = [
  { stake: 10, odds: 2.1, result: 'won' },
  { stake: 15, odds: 2.0, result: 'lost' },
  { stake: 10, odds: 1.9, result: 'void' },
  { stake: 10, odds: 2.5, result: 'lost' },
  { stake: 5, odds: 1.95, result: 'push' },
  { stake: 5.5, odds: 3.0, result: 'lost' },
  { stake: 20, odds: 1.5, result: 'won' },
  { stake: 25, odds: 1.78, result: 'won' },
  { stake: 9.5, odds: 2.2, result: 'lost' },
];

describe('bankroll ledger', () => {
  it('reproduces the §7 ledger_stats vector exactly, in cents', () => {
    const json = toLedgerJson(summarize(rows(NINE), deposit(200)));
    expect(json).toEqual({
      bankroll: 200.5,
      totalProfit: 0.5,
      turnover: 95,
      yield: 0.5 / 95,
      roiOnBankroll: 0.0025,
      nSettled: 7,
      wins: 3,
      winRate: 3 / 7,
      maxDrawdownAbs: 30.5,
      maxDrawdownPctOfPeak: expect.closeTo(30.5 / 211, 12),
      meanClv: null,
      stakeWeightedAvgClv: null,
      pending: 0,
    });
  });

  it('agrees with ledgerStats on any ledger (cent rounding aside)', () => {
    const bet = fc.record({
      stake: fc.integer({ min: 1, max: 50_000 }).map((c) => c / 100),
      odds: fc.integer({ min: 101, max: 1500 }).map((o) => o / 100),
      result: fc.constantFrom<BetResult>('won', 'lost', 'void', 'push', 'half_won', 'half_lost'),
      close: fc.option(
        fc.integer({ min: 101, max: 1500 }).map((o) => o / 100),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(fc.array(bet, { maxLength: 40 }), fc.integer({ min: 1, max: 5000 }), (bets, bank) => {
        const ref = ledgerStats(bank, bets);
        const s = toLedgerJson(summarize(rows(bets), deposit(bank)));
        const tol = 0.005 * bets.length + 1e-9;
        expect(Math.abs(s.totalProfit - ref.totalProfit)).toBeLessThanOrEqual(tol);
        expect(Math.abs(s.turnover - ref.turnover)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(s.nSettled).toBe(ref.nSettled);
        expect(s.wins).toBe(ref.wins);
        expect(s.winRate).toBe(ref.winRate);
        expect(Math.abs(s.maxDrawdownAbs - ref.maxDrawdownAbs)).toBeLessThanOrEqual(2 * tol);
        if (ref.meanClv === null) expect(s.meanClv).toBeNull();
        else expect(s.meanClv).toBeCloseTo(ref.meanClv, 9);
        if (ref.stakeWeightedAvgClv !== null) expect(s.stakeWeightedAvgClv).toBeCloseTo(ref.stakeWeightedAvgClv, 9);
      }),
      { numRuns: 200 },
    );
  });

  it('the bankroll is deposits − withdrawals + settled profit; pending stakes do not count', () => {
    const r = rows([{ stake: 10, odds: 2.5, result: 'won' }]);
    r.push({ ...r[0]!, status: 'pending', profit: null, settledAt: null });
    const s = summarize(r, [...deposit(100), { kind: 'withdrawal', cents: 3000, at: 5 }]);
    expect(s.bankrollCents).toBe(10000 - 3000 + 1500);
    expect(s.pending).toBe(1);
    expect(s.roiOnBankroll).toBeCloseTo(1500 / 10000, 12);
    expect(summarize([], []).roiOnBankroll).toBeNull();
  });

  it('builds chart-ready analytics: curve with deposits, months, breakdowns, CLV bins, expected band', () => {
    const a = buildAnalytics(rows(NINE), deposit(200));
    expect(a.curve[0]).toEqual({ t: 0, cents: 20000, deltaCents: 20000, kind: 'deposit' });
    expect(a.curve.at(-1)!.cents).toBe(20050);
    expect(a.breakdowns.oddsBand.map((b) => b.key)).toEqual(
      ['< 1.50', '1.50–1.99', '2.00–2.99', '3.00–4.99'].filter((k) => a.breakdowns.oddsBand.some((b) => b.key === k)),
    );
    expect(a.monthly.reduce((x, m) => x + m.profitCents, 0)).toBe(50);
    const last = a.expected.at(-1)!;
    expect(last.actual).toBe(50);
    expect(last.lo).toBeLessThanOrEqual(last.expected);
    expect(last.hi).toBeGreaterThanOrEqual(last.expected);
  });

  it('draws each change at its own time: the balance after a late deposit, at the deposit', () => {
    const bets = rows(NINE);
    const a = buildAnalytics(bets, [{ kind: 'deposit', cents: 100_000, at: 5_000 }]);
    // the bets settle at 1000..1008, before the deposit: the curve goes negative first
    expect(a.curve.slice(0, -1).every((p) => p.kind === 'bet' && p.t < 5_000)).toBe(true);
    const dep = a.curve.at(-1)!;
    expect(dep).toEqual({ t: 5_000, kind: 'deposit', deltaCents: 100_000, cents: 100_000 + 50 });
    // each point is the previous balance plus its own change
    a.curve.forEach((p, i) => expect(p.cents).toBe((i ? a.curve[i - 1]!.cents : 0) + p.deltaCents));
  });

  it('keeps deposits when downsampling and applies the filters to every figure', () => {
    const many: LedgerBetRow[] = Array.from({ length: 3_000 }, (_, i) => ({
      ...rows(NINE)[i % 9]!,
      settledAt: 10_000 + i,
      placedAt: i,
      bookmaker: i % 2 ? 'pinnacle' : 'betclic',
      tags: i % 3 ? [] : ['live'],
      close: 2,
      fromOpportunity: i % 5 === 0,
    }));
    const tx = [
      { kind: 'deposit' as const, cents: 50_000, at: 0 },
      { kind: 'withdrawal' as const, cents: 1_000, at: 11_500 },
    ];
    const a = buildAnalytics(many, tx);
    expect(a.curve.filter((p) => p.kind !== 'bet')).toHaveLength(2);
    expect(a.options.bookmakers).toEqual(['betclic', 'pinnacle']);
    expect(a.beatClose.n).toBe(3_000);
    const f = buildAnalytics(many, tx, { bookmaker: 'pinnacle', tag: 'live', kind: 'manual' });
    const n = many.filter((b) => b.bookmaker === 'pinnacle' && b.tags.includes('live') && !b.fromOpportunity).length;
    expect(f.summary.nSettled + f.summary.pending).toBe(n);
    expect(f.beatClose.n).toBe(n);
    expect(f.breakdowns.bookmaker.map((r) => r.key)).toEqual(['pinnacle']);
    expect(f.curve.filter((p) => p.kind === 'bet')).toHaveLength(n);
    expect(f.options.bookmakers).toEqual(['betclic', 'pinnacle']);
  });
});
