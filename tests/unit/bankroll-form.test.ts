/** The bet form's pure state: a draft from Opportunities keeps its link; typed text becomes a checked BetInput. */
import { describe, expect, it } from 'vitest';
import { emptyForm, formFromBet, formFromDraft, readForm, selectionsOf } from '../../renderer/src/features/bets/bet-form';
import type { Bet } from '../../shared/domain/bets';

const NOW = Date.UTC(2026, 10, 25, 12);
const draft = {
  eventId: 'e1',
  sportKey: 'soccer_epl',
  homeTeam: 'Arsenal',
  awayTeam: 'Chelsea',
  commenceTime: NOW + 7_200_000,
  market: 'spreads' as const,
  selection: 'Chelsea',
  point: 0.75,
  bookmaker: 'pinnacle',
  odds: 1.98,
  stake: 12.5,
  opportunityId: 42,
};

describe('bet form', () => {
  it('takes a draft with its opportunity link and gives a valid input', () => {
    const { input, issues } = readForm(formFromDraft(draft, NOW));
    expect(issues).toEqual([]);
    expect(input).toMatchObject({
      eventId: 'e1',
      opportunityId: 42,
      stakeCents: 1250,
      odds: 1.98,
      point: 0.75,
      selection: 'Chelsea',
      status: 'pending',
    });
    expect(Math.abs(input.commenceTime - draft.commenceTime)).toBeLessThan(60_000);
  });

  it('reads French decimals and reports each bad field', () => {
    const f = {
      ...emptyForm(NOW, { stake: '10', bookmaker: 'bet365' }),
      sportKey: 'soccer_epl',
      homeTeam: 'A',
      awayTeam: 'B',
      selection: 'A',
      odds: '2,15',
    };
    expect(readForm(f).input.odds).toBe(2.15);
    expect(readForm(f).issues).toEqual([]);
    const codes = (patch: Partial<typeof f>) => readForm({ ...f, ...patch }).issues.map((i) => i.code);
    expect(codes({ odds: '1' })).toEqual(['odds_not_above_one']);
    expect(codes({ stake: '-3' })).toEqual(['stake_not_positive']);
    expect(codes({ stake: 'abc' })).toEqual(['stake_not_positive']);
    expect(codes({ market: 'totals', selection: 'Over', point: '3', status: 'half_won', settled: f.placed })).toEqual([
      'status_needs_quarter_line',
    ]);
    expect(codes({ status: 'cashed_out', cashout: '', settled: f.placed })).toEqual(['cashout_required']);
  });

  it('round-trips a stored bet and offers the selections of each market', () => {
    const original = readForm(formFromDraft(draft, NOW)).input;
    const bet = {
      ...original,
      id: 1,
      profitCents: null,
      settledBy: null,
      flag: null,
      score: null,
      createdAt: 0,
      updatedAt: 0,
      clvRaw: { state: 'missing', close: null, value: null, observedAt: null },
      clvNoVig: { state: 'missing', close: null, value: null, observedAt: null },
    } as Bet;
    expect(readForm(formFromBet(bet)).input).toEqual(original);
    expect(selectionsOf('h2h', 'A', 'B')).toEqual(['A', 'Draw', 'B']);
    expect(selectionsOf('totals', 'A', 'B')).toEqual(['Over', 'Under']);
  });
});
