/**
 * Settlement rules, table-driven: a final score and a bet's market, selection and line give its
 * result. Quarter lines (x.25, x.75) are two half-stake bets on the neighbouring lines, so they
 * end half won or half lost; whole lines can push; half lines never push. See README.md.
 */
import type { BetMarket, BetStatus } from '../../../shared/domain/bets';
import { lineKind } from '../../../shared/domain/bets';

export interface SettleInput {
  market: BetMarket;
  selection: string;
  point: number | null;
  homeTeam: string;
  awayTeam: string;
  sportKey: string;
}

type Leg = 'win' | 'push' | 'lose';

/** Results of the two half-stakes of a quarter line, in any order → the bet's status. */
const COMBINE: Record<string, BetStatus> = {
  'win|win': 'won',
  'push|win': 'half_won',
  'push|push': 'push',
  'lose|push': 'half_lost',
  'lose|lose': 'lost',
  'lose|win': 'void', // impossible for neighbouring lines; kept total so the table is complete
};

const legOf = (margin: number): Leg => (margin > 1e-9 ? 'win' : margin < -1e-9 ? 'lose' : 'push');

/** Result of a line bet whose "margin" at line 0 is `base` (selection's advantage) and line `point`. */
function lineResult(base: number, point: number): BetStatus {
  if (lineKind(point) === 'quarter') {
    const legs = [legOf(base + point - 0.25), legOf(base + point + 0.25)].sort() as Leg[];
    return COMBINE[legs.join('|')] as BetStatus;
  }
  const leg = legOf(base + point);
  return leg === 'win' ? 'won' : leg === 'lose' ? 'lost' : 'push';
}

/**
 * The result of a bet from the final score, or null when the selection does not belong to
 * the event (the bet then waits for a manual result).
 * - h2h: the selected team (or Draw) must win; a draw loses every team bet in soccer (3-way
 *   market) and pushes it elsewhere (2-way markets refund a tie).
 * - totals: Over wins when home+away > line, Under when < line.
 * - spreads: the selected team's score + its handicap against the other team's score.
 */
export function settleFromScore(bet: SettleInput, home: number, away: number): BetStatus | null {
  const sel = bet.selection;
  if (bet.market === 'h2h') {
    if (sel === 'Draw') return home === away ? 'won' : 'lost';
    const mine = sel === bet.homeTeam ? home : sel === bet.awayTeam ? away : null;
    if (mine === null) return null;
    const theirs = sel === bet.homeTeam ? away : home;
    if (mine === theirs) return bet.sportKey.startsWith('soccer') ? 'lost' : 'push';
    return mine > theirs ? 'won' : 'lost';
  }
  if (bet.point === null || lineKind(bet.point) === null) return null;
  if (bet.market === 'totals') {
    const total = home + away;
    if (sel === 'Over') return lineResult(total, -bet.point);
    if (sel === 'Under') return lineResult(-total, bet.point);
    return null;
  }
  if (sel === bet.homeTeam) return lineResult(home - away, bet.point);
  if (sel === bet.awayTeam) return lineResult(away - home, bet.point);
  return null;
}
