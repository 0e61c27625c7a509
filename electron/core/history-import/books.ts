/**
 * football-data.co.uk bookmaker column prefixes → MON_PS bookmaker keys (The Odds API's keys
 * where the book exists there), and the market references (Max / Avg) that are not books.
 */

export interface BookCode {
  /** Prefix of the 1X2 columns (PSH, B365H…). */
  h2h: string;
  /** Prefix of the over/under 2.5 and Asian handicap columns (P>2.5, PAHH…): differs for Pinnacle. */
  other: string;
  key: string;
  title: string;
}

/** Real books: their prices become ordinary quotes and history. */
export const BOOKS: readonly BookCode[] = [
  { h2h: 'B365', other: 'B365', key: 'bet365', title: 'Bet365' },
  { h2h: 'PS', other: 'P', key: 'pinnacle', title: 'Pinnacle' },
  { h2h: 'BW', other: 'BW', key: 'bwin', title: 'Bwin' },
  { h2h: 'IW', other: 'IW', key: 'interwetten', title: 'Interwetten' },
  { h2h: 'WH', other: 'WH', key: 'williamhill', title: 'William Hill' },
  { h2h: 'VC', other: 'VC', key: 'betvictor', title: 'BetVictor' },
  { h2h: 'BF', other: 'BF', key: 'betfair_sb', title: 'Betfair Sportsbook' },
  { h2h: '1XB', other: '1XB', key: 'onexbet', title: '1xBet' },
  { h2h: 'BFE', other: 'BFE', key: 'betfair_ex_eu', title: 'Betfair Exchange' },
];

/** Market references: per-outcome maximum and average across many books. Never a bookmaker. */
export const REFERENCES: readonly { h2h: string; other: string; kind: 'max' | 'avg' }[] = [
  { h2h: 'Max', other: 'Max', kind: 'max' },
  { h2h: 'Avg', other: 'Avg', kind: 'avg' },
];

/** pre = football-data's "pre-closing" columns, closing = the `…C…` columns. */
export type Phase = 'pre' | 'closing';
/** The Odds API market keys the files carry. */
export type MarketKey = 'h2h' | 'totals' | 'spreads';

/** One outcome's column: the header name and how to name the outcome for a match. */
export interface OutcomeColumn {
  column: string;
  market: MarketKey;
  /** 'home' | 'away' are replaced by the match's team names. */
  outcome: 'home' | 'away' | 'Draw' | 'Over' | 'Under';
}

/** The columns of one prefix pair in one phase (pre-closing `B365H`, closing `B365CH`). */
export function outcomeColumns(p: { h2h: string; other: string }, phase: Phase): OutcomeColumn[] {
  const c = phase === 'closing' ? 'C' : '';
  return [
    { column: `${p.h2h}${c}H`, market: 'h2h', outcome: 'home' },
    { column: `${p.h2h}${c}D`, market: 'h2h', outcome: 'Draw' },
    { column: `${p.h2h}${c}A`, market: 'h2h', outcome: 'away' },
    { column: `${p.other}${c}>2.5`, market: 'totals', outcome: 'Over' },
    { column: `${p.other}${c}<2.5`, market: 'totals', outcome: 'Under' },
    { column: `${p.other}${c}AHH`, market: 'spreads', outcome: 'home' },
    { column: `${p.other}${c}AHA`, market: 'spreads', outcome: 'away' },
  ];
}

/** The Asian handicap line column of a phase (from the home side: -0.75 = home gives 0.75). */
export const AH_LINE: Record<Phase, string> = { pre: 'AHh', closing: 'AHCh' };
