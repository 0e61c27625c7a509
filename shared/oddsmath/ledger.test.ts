import { describe, it, expect } from 'vitest';
import { ledgerStats, type LedgerBet } from './ledger';

/**
 * Nine bets built to match the summary of the `ledger_stats` vector in odds-math.md §7
 * (bankroll 200: profit 0.5, turnover 95, yield 0.526 %, ROI 0.25 %, win rate 3/7,
 * max drawdown 30.5 = 14.45 % of the peak 211). The vector's own bets are not in the fixture.
 */
const NINE: LedgerBet[] = [
  { stake: 10, odds: 2.1, result: 'won' }, // 211 (peak)
  { stake: 15, odds: 2.0, result: 'lost' }, // 196
  { stake: 10, odds: 1.9, result: 'void' }, // 196
  { stake: 10, odds: 2.5, result: 'lost' }, // 186
  { stake: 5, odds: 1.95, result: 'push' }, // 186
  { stake: 5.5, odds: 3.0, result: 'lost' }, // 180.5 (trough: 30.5 below 211)
  { stake: 20, odds: 1.5, result: 'won' }, // 190.5
  { stake: 25, odds: 1.78, result: 'won' }, // 210
  { stake: 9.5, odds: 2.2, result: 'lost' }, // 200.5
];

describe('ledgerStats', () => {
  it('reproduces the §7 summary figures', () => {
    const s = ledgerStats(200, NINE);
    expect(s.totalProfit).toBeCloseTo(0.5, 10);
    expect(s.turnover).toBeCloseTo(95, 10);
    expect(s.yield).toBeCloseTo(0.5 / 95, 10);
    expect(s.roiOnBankroll).toBeCloseTo(0.0025, 10);
    expect(s.nSettled).toBe(7);
    expect(s.wins).toBe(3);
    expect(s.winRate).toBeCloseTo(3 / 7, 12);
    expect(s.maxDrawdownAbs).toBeCloseTo(30.5, 10);
    expect(s.maxDrawdownPctOfPeak).toBeCloseTo(30.5 / 211, 10);
    expect(s.equity[0]).toBe(200);
    expect(s.equity).toHaveLength(10);
    expect(s.equity[9]).toBeCloseTo(200.5, 10);
    expect(s.profits[2]).toBe(0);
    expect(s.meanClv).toBeNull();
    expect(s.stakeWeightedAvgClv).toBeNull();
  });

  it('splits half results: half the stake has action, the other half is returned', () => {
    const s = ledgerStats(100, [
      { stake: 10, odds: 2.0, result: 'half_won' },
      { stake: 10, odds: 1.8, result: 'half_lost' },
    ]);
    expect(s.profits).toEqual([5, -5]);
    expect(s.turnover).toBe(10);
    expect(s.nSettled).toBe(2);
    expect(s.wins).toBe(1);
    expect(s.yield).toBe(0);
  });

  it('returns null ratios when nothing had action', () => {
    const s = ledgerStats(100, [{ stake: 10, odds: 2, result: 'void' }]);
    expect(s.yield).toBeNull();
    expect(s.winRate).toBeNull();
    expect(s.turnover).toBe(0);
    expect(ledgerStats(100, []).equity).toEqual([100]);
  });

  it('averages CLV = taken/close − 1 over bets with a close, plain and stake-weighted', () => {
    const s = ledgerStats(100, [
      { stake: 10, odds: 2.2, result: 'lost', close: 2.0 }, // +10 %
      { stake: 30, odds: 1.9, result: 'won', close: 2.0 }, // −5 %
      { stake: 5, odds: 3, result: 'void' },
    ]);
    expect(s.nClv).toBe(2);
    expect(s.meanClv).toBeCloseTo(0.025, 12);
    expect(s.stakeWeightedAvgClv).toBeCloseTo((10 * 0.1 + 30 * -0.05) / 40, 12);
  });

  it('takes the percentage drawdown at its own worst point', () => {
    // 100 → 80 (20 % down), then a new peak 1000 → 970 (30 down but only 3 %).
    const s = ledgerStats(100, [
      { stake: 20, odds: 2, result: 'lost' },
      { stake: 80, odds: 12.25, result: 'won' },
      { stake: 30, odds: 2, result: 'lost' },
    ]);
    expect(s.maxDrawdownAbs).toBeCloseTo(30, 10);
    expect(s.maxDrawdownPctOfPeak).toBeCloseTo(0.2, 10);
  });

  it('names the bad field', () => {
    expect(() => ledgerStats(0, [])).toThrowError('initialBankroll must be a finite number > 0, got 0');
    expect(() => ledgerStats(100, [{ stake: 10, odds: 1, result: 'won' }])).toThrowError(
      'bets[0].odds must be a finite number greater than 1, got 1',
    );
    expect(() => ledgerStats(100, [{ stake: -1, odds: 2, result: 'won' }])).toThrowError(/bets\[0\]\.stake/);
    expect(() => ledgerStats(100, [{ stake: 1, odds: 2, result: 'cashout' as never }])).toThrowError(/bets\[0\]\.result/);
    expect(() => ledgerStats(100, [{ stake: 1, odds: 2, result: 'won', close: NaN }])).toThrowError(/bets\[0\]\.close.*NaN/);
  });
});
