/**
 * Bankroll domain: deposits/withdrawals, bets, their settlement and closing line value.
 * Money is always integer cents; odds are decimal; times are UTC epoch ms.
 * The validation rules here are shared by the bet form (as you type) and the core (the truth).
 */

export const BET_MARKETS = ['h2h', 'totals', 'spreads'] as const;
export type BetMarket = (typeof BET_MARKETS)[number];

export const BET_STATUSES = ['pending', 'won', 'lost', 'void', 'push', 'half_won', 'half_lost', 'cashed_out'] as const;
export type BetStatus = (typeof BET_STATUSES)[number];

/** Who set a bet's result: the automatic settlement, the user (never overwritten), or a CSV import. */
export type SettledBy = 'auto' | 'manual' | 'import';

/** captured: a close seen shortly before kick-off; estimated: the last one seen is older than the setting; missing: none. */
export type ClvState = 'captured' | 'estimated' | 'missing';

/** A deposit or a withdrawal. */
export interface BankrollTransaction {
  id: number;
  kind: 'deposit' | 'withdrawal';
  amountCents: number;
  at: number;
  note: string;
}

/** What the user (or a draft, or a CSV line) supplies for a bet. */
export interface BetInput {
  eventId: string | null;
  sportKey: string;
  homeTeam: string;
  awayTeam: string;
  commenceTime: number;
  market: BetMarket;
  /** A team name, "Draw", "Over" or "Under". */
  selection: string;
  /** The line of the selection (spreads: the selected team's handicap), null for h2h. */
  point: number | null;
  /** A bookmaker key (an unknown one is created). */
  bookmaker: string;
  odds: number;
  stakeCents: number;
  placedAt: number;
  status: BetStatus;
  /** Cash-out amount returned, required for cashed_out. */
  cashoutCents: number | null;
  settledAt: number | null;
  /** A closing price known from elsewhere (CSV); the stored prices win when they exist. */
  closingOdds: number | null;
  tags: string[];
  notes: string;
  opportunityId: number | null;
}

/** One side of a bet's CLV. */
export interface ClvSide {
  state: ClvState;
  /** Closing decimal price (raw: the bet's own book; noVig: the fair price of the sharp book's devigged close). */
  close: number | null;
  /** taken/close − 1 (raw) or p_fair·taken − 1 (no-vig); null when missing. */
  value: number | null;
  /** When that close was last observed before kick-off. */
  observedAt: number | null;
}

/** A stored bet. */
export interface Bet extends BetInput {
  id: number;
  /** null while pending. */
  profitCents: number | null;
  settledBy: SettledBy | null;
  /** Set when no score came after the delay: the bet waits for a manual result. */
  flag: 'no_score' | null;
  clvRaw: ClvSide;
  clvNoVig: ClvSide;
  /** Final score when known. */
  score: { home: number; away: number } | null;
  createdAt: number;
  updatedAt: number;
}

/** A problem with a bet input, named by field; `code` maps to a message (English in the core, i18n in the UI). */
export interface BetIssue {
  field: keyof BetInput;
  code: BetIssueCode;
}

export type BetIssueCode =
  | 'stake_not_positive'
  | 'odds_not_above_one'
  | 'settled_before_placed'
  | 'status_needs_quarter_line'
  | 'push_on_half_line'
  | 'half_result_on_h2h'
  | 'line_required'
  | 'line_not_allowed'
  | 'line_not_quarter'
  | 'selection_invalid'
  | 'cashout_required'
  | 'cashout_negative'
  | 'team_required'
  | 'bookmaker_required'
  | 'sport_required'
  | 'time_invalid';

/** English messages of each issue (the CLI, the import report, the core's errors). */
export const BET_ISSUE_MESSAGES: Record<BetIssueCode, string> = {
  stake_not_positive: 'the stake must be more than 0',
  odds_not_above_one: 'decimal odds must be greater than 1',
  settled_before_placed: 'the settlement date is before the date the bet was placed',
  status_needs_quarter_line: 'half_won / half_lost only happen on a quarter line (e.g. 2.25, -0.75)',
  push_on_half_line: 'a push cannot happen on a half line (e.g. 2.5): the bet is either won or lost',
  half_result_on_h2h: 'half_won / half_lost do not exist on h2h (they need a quarter line)',
  line_required: 'totals and spreads need a line (point)',
  line_not_allowed: 'h2h has no line: leave point empty',
  line_not_quarter: 'a line must be a multiple of 0.25',
  selection_invalid: 'the selection must be the home team, the away team or Draw (h2h), Over or Under (totals), or a team (spreads)',
  cashout_required: 'a cashed-out bet needs the amount returned',
  cashout_negative: 'the cash-out amount cannot be negative',
  team_required: 'home and away teams are required',
  bookmaker_required: 'the bookmaker is required',
  sport_required: 'the sport is required',
  time_invalid: 'a date is missing or invalid',
};

/** 'whole' (2, -1), 'half' (2.5), 'quarter' (2.25, -0.75), null for no line. */
export function lineKind(point: number | null): 'whole' | 'half' | 'quarter' | null {
  if (point === null) return null;
  const q = Math.round(Math.abs(point) * 4);
  if (Math.abs(Math.abs(point) * 4 - q) > 1e-9) return null;
  return q % 4 === 0 ? 'whole' : q % 2 === 0 ? 'half' : 'quarter';
}

/** Every rule a bet must satisfy; an empty list means valid. Pure: the form runs it on each keystroke. */
export function validateBet(b: BetInput): BetIssue[] {
  const issues: BetIssue[] = [];
  const add = (field: keyof BetInput, code: BetIssueCode) => issues.push({ field, code });
  if (!b.sportKey.trim()) add('sportKey', 'sport_required');
  if (!b.homeTeam.trim() || !b.awayTeam.trim()) add('homeTeam', 'team_required');
  if (!b.bookmaker.trim()) add('bookmaker', 'bookmaker_required');
  if (!Number.isFinite(b.stakeCents) || b.stakeCents <= 0) add('stakeCents', 'stake_not_positive');
  if (!Number.isFinite(b.odds) || b.odds <= 1) add('odds', 'odds_not_above_one');
  if (!Number.isFinite(b.placedAt) || !Number.isFinite(b.commenceTime)) add('placedAt', 'time_invalid');
  if (b.settledAt !== null && b.status !== 'pending' && b.settledAt < b.placedAt) add('settledAt', 'settled_before_placed');
  checkSelection(b, add);
  const kind = lineKind(b.point);
  if (b.market !== 'h2h' && b.point !== null && kind === null) add('point', 'line_not_quarter');
  if (b.status === 'half_won' || b.status === 'half_lost') {
    if (b.market === 'h2h') add('status', 'half_result_on_h2h');
    else if (kind !== null && kind !== 'quarter') add('status', 'status_needs_quarter_line');
  }
  if (b.status === 'push' && b.market !== 'h2h' && (kind === 'half' || kind === 'quarter')) add('status', 'push_on_half_line');
  if (b.status === 'cashed_out') {
    if (b.cashoutCents === null || !Number.isFinite(b.cashoutCents)) add('cashoutCents', 'cashout_required');
    else if (b.cashoutCents < 0) add('cashoutCents', 'cashout_negative');
  }
  return issues;
}

function checkSelection(b: BetInput, add: (f: keyof BetInput, c: BetIssueCode) => void): void {
  const sel = b.selection.trim();
  if (b.market === 'h2h') {
    if (b.point !== null) add('point', 'line_not_allowed');
    if (![b.homeTeam, b.awayTeam, 'Draw'].includes(sel)) add('selection', 'selection_invalid');
    return;
  }
  if (b.point === null) add('point', 'line_required');
  const ok = b.market === 'totals' ? sel === 'Over' || sel === 'Under' : sel === b.homeTeam || sel === b.awayTeam;
  if (!ok) add('selection', 'selection_invalid');
}

/** Profit of a settled bet in cents (rounded to the cent), null while pending. Half results split the stake. */
export function profitCents(status: BetStatus, stakeCents: number, odds: number, cashoutCents: number | null): number | null {
  switch (status) {
    case 'pending':
      return null;
    case 'won':
      return Math.round(stakeCents * (odds - 1));
    case 'half_won':
      return Math.round((stakeCents * (odds - 1)) / 2);
    case 'lost':
      return -stakeCents;
    case 'half_lost':
      return -Math.round(stakeCents / 2);
    case 'cashed_out':
      return (cashoutCents ?? 0) - stakeCents;
    default:
      return 0;
  }
}

/** Parses a money amount typed by a person ("12,50", "1 030.00", "12.5 €") into cents; null when it is not one. */
export function parseMoneyToCents(text: string): number | null {
  const s = text.replace(/[\s\u00a0\u202f€$£]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d{1,2})?$/.test(s)) return null;
  const [int, frac = ''] = s.replace('-', '').split('.');
  const cents = Number(int) * 100 + Number(frac.padEnd(2, '0'));
  return s.startsWith('-') ? -cents : cents;
}
