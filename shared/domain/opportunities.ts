/**
 * Opportunities found by the scanners (surebets, value bets, price drops, price gaps), as the
 * lifecycle table keeps them and the renderer shows them. Times are UTC epoch ms; prices are
 * decimal odds; edges are fractions (0.023 = 2.3 %). Also the scanner's settings and their
 * defaults, and the track record (opportunities scored at their close).
 */
import type { DevigMethod } from '../oddsmath';
import type { MainMarket } from './markets';

/**
 * surebet: Σ1/best < 1 across books · value: EV > 0 against a fair price · drop: a book shortened its own price ·
 * gap: best vs worst price of one outcome · middle: Over x / Under y > x (or home −a / away +b) at two books, both
 * legs winning when the result lands in the window, a small loss otherwise.
 */
export type OpportunityKind = 'surebet' | 'value' | 'drop' | 'gap' | 'middle';
export const OPPORTUNITY_KINDS: readonly OpportunityKind[] = ['surebet', 'value', 'drop', 'gap', 'middle'];

/** open: found by the last scan of its event · gone: no longer found · started: its event kicked off. */
export type OpportunityStatus = 'open' | 'gone' | 'started';

/** Why a found opportunity is held back as "suspicious" rather than shown as real. */
export type SuspiciousReason = 'arb_too_high' | 'ev_too_high' | 'gap_too_large' | 'outlier' | 'unconfirmed';

/** One price an opportunity rests on. */
export interface OpportunityLeg {
  /** Team name, "Draw", "Over" or "Under". */
  outcome: string;
  /** The outcome's own point (spreads: the away side has the opposite sign); null for h2h. */
  point: number | null;
  bookmaker: string;
  bookmakerTitle: string;
  isExchange: boolean;
  /** Decimal odds as quoted. */
  price: number;
  /** Commission on winnings applied to this leg (0 for a bookmaker). */
  commission: number;
  /** 1 + (price − 1)(1 − commission): what the leg really pays. */
  effectivePrice: number;
  /** When the price was last seen in a collection. */
  seenAt: number;
  /** When the price last moved. */
  changedAt: number;
}

/** A bet logged from an opportunity: which selection, where, at what price and stake. */
export interface PlacedLeg {
  selection: string;
  bookmaker: string;
  odds: number;
  stakeCents: number;
}

/** Everything needed to check an opportunity by hand ("show the math"). */
export interface OpportunityMath {
  /** surebet: Σ 1/effective price of the legs. */
  booksum?: number;
  /** surebet: 1 − booksum. */
  arbMargin?: number;
  /** surebet: 1/booksum − 1, the return on outlay with exact equal-payout stakes. */
  guaranteedReturn?: number;
  /** value: how the fair price was obtained. */
  reference?: { kind: 'sharp' | 'consensus'; books: string[]; method: DevigMethod };
  /** value: fair probability of every outcome of the market (outcome → p). */
  fair?: Record<string, number>;
  /** value: p of the bet outcome; ev = p × effective price − 1. */
  probability?: number;
  ev?: number;
  /** value: the Kelly fraction used, the bankroll it applied to (euros) and the stake (euros). */
  kellyFraction?: number;
  bankroll?: number;
  kellyStake?: number;
  /** drop: the highest price of this quote within the window, and when it was seen. */
  previousPrice?: number;
  previousAt?: number;
  windowMinutes?: number;
  /** gap: the worst price of the outcome and its book, and how many books quote it. */
  worstPrice?: number;
  worstBookmaker?: string;
  booksQuoting?: number;
  /** drop against the sharp reference: the sharp book's move (from its peak in the window to now); the legs are the books that have not followed. */
  sharpMove?: { book: string; from: number; to: number };
  /** surebet/value: the leg whose price is far above the median of the other books on that outcome (the outlier guard). */
  outlier?: { outcome: string; bookmaker: string; price: number; othersMedian: number; others: number; ratio: number };
  /**
   * value against the sharp book above `confirmEdge`: what a second sharp book and the consensus
   * of the other books say of the same price (EV at it; null when that reference is unavailable).
   */
  confirmation?: { secondSharp: { book: string; ev: number } | null; consensusEv: number | null; confirmed: boolean };
  /**
   * middle: the window of results where both legs win (totals: the match total strictly between `from` and `to`;
   * spreads: the home side's winning margin strictly between them), its width in goals/points, the return on
   * outlay with equal-payout stakes when one leg loses (`worstCase`, 1/Σ − 1, usually negative) and when the
   * result lands in the window (`hitReturn`, 2/Σ − 1), and the stakes' shares of the outlay (leg order).
   */
  middle?: { from: number; to: number; width: number; worstCase: number; hitReturn: number; stakeShares: number[] };
}

/** One opportunity record (one per kind, event, market, line and legs; a reopened one is the same record). */
export interface Opportunity {
  id: number;
  kind: OpportunityKind;
  eventId: string;
  sportKey: string;
  sportTitle: string;
  homeTeam: string;
  awayTeam: string;
  commenceTime: number;
  /** h2h, spreads or totals. */
  market: MainMarket;
  /** The line from the home side's view (spreads), the total (totals), null for h2h. */
  point: number | null;
  legs: OpportunityLeg[];
  /** Current edge: arbitrage margin (surebet), EV per unit (value), drop size (drop), best/worst − 1 (gap), worst-case return 1/Σ − 1 (middle, ≤ 0 mostly). */
  edge: number;
  peakEdge: number;
  firstSeenAt: number;
  lastSeenAt: number;
  status: OpportunityStatus;
  /** How many times it opened (1 + reopenings). */
  openings: number;
  suspicious: SuspiciousReason | null;
  /** The user logged a bet on it. */
  bet: boolean;
  /** The bets logged from it (a surebet with fewer placed than legs is half placed). */
  placed: PlacedLeg[];
  math: OpportunityMath;
}

/** What one scan saw and left out, so "nothing found" can be told apart from "nothing scanned". */
export interface ScanSummary {
  /** The scan's clock (the collection time, or the replayed snapshot's time). */
  at: number;
  durationMs: number;
  /** Upcoming events in the scan's scope. */
  events: number;
  /** Market lines read and scanned (an event unchanged since its previous scan keeps its findings). */
  markets: number;
  /** Open records per kind after the scan (suspicious ones included). */
  found: Record<OpportunityKind, number>;
  /** Suspicious ones among what the scanned market lines gave. */
  suspicious: number;
  /** Open records after the scan (all events). */
  open: number;
  skipped: {
    /** Prices ≤ the placeholder limit (1.01, 1.0). */
    placeholders: number;
    /** Quotes older than the maximum age, or not seen in the market's latest collection. */
    stale: number;
    /** Quotes of books the user has no account with. */
    otherBooks: number;
    /** Market lines quoted by fewer books than the minimum. */
    fewBooks: number;
    /** Markets whose outcomes do not match their event's teams. */
    unmatched: number;
    /** Markets the odds math refused (bad prices, no convergence). */
    mathErrors: number;
  };
}

/** The scanner's guards and parameters (a feature setting with defaults, see OPPORTUNITY_DEFAULTS). */
export interface OpportunitySettings {
  /** Minimum number of books quoting a market line (after the other guards). */
  minBooks: number;
  /** Quotes seen longer ago than this are ignored. */
  maxQuoteAgeMinutes: number;
  /** Prices at or below this are placeholders (1.01, 1.0) and ignored. */
  placeholderMaxPrice: number;
  /** Surebets above this arbitrage margin are held as suspicious. */
  suspiciousArb: number;
  /** Value bets above this EV are held as suspicious. */
  suspiciousEv: number;
  /** A leg priced more than this fraction above the median of the other books (≥ 2) on its outcome is an outlier: its surebet or value bet is suspicious whatever its size. */
  outlierRatio: number;
  /** A value bet against the sharp book above this EV is suspicious unless a second sharp book or the consensus also gives it EV ≥ minValueEv. */
  confirmEdge: number;
  /** Sharp books that can confirm a value bet found against `referenceBook` (keys or key prefixes). */
  secondSharps: string[];
  /** Books the user has an account with (empty: every book). */
  myBookmakers: string[];
  /** Smallest arbitrage margin reported (0: any booksum < 1). */
  minArb: number;
  /** Smallest EV reported for a value bet. */
  minValueEv: number;
  devigMethod: DevigMethod;
  /** The sharp reference book (used when it quotes every outcome). */
  referenceBook: string;
  /** Books of the consensus when the sharp book is missing (empty: every book quoting all outcomes). */
  consensusBooks: string[];
  kellyFraction: number;
  /** Bankroll in euros when the bankroll module gives none. */
  bankroll: number;
  /** Stakes are rounded to this amount (euros). */
  stakeUnit: number;
  /** Default total of the stake calculator (euros). */
  defaultTotal: number;
  /** A drop is a price shortened by at least this fraction of its earlier price… */
  dropThreshold: number;
  /** …within this window. */
  dropWindowMinutes: number;
  /** A move of the sharp book (`referenceBook`) at least this large that other books have not followed is a drop too (legs: the books behind). */
  sharpDropThreshold: number;
  /** Smallest best/worst − 1 reported as a gap. */
  minGap: number;
  /** middle: the largest worst-case loss (one leg loses) of a middle, as a fraction of the outlay (0.02 = 2 %). */
  middleMaxLoss: number;
  /** Commission on winnings per exchange (key or key prefix, e.g. betfair_ex). */
  commissions: Record<string, number>;
  /** Commission of an exchange not listed in `commissions`. */
  otherExchangeCommission: number;
}

/** One line of the track record: how many, how many with an observed close, mean CLV raw and no-vig, share that beat the close. */
export interface TrackRecordLine {
  n: number;
  with_close: number;
  mean_clv: number | null;
  mean_clv_novig: number | null;
  beat_close_rate: number | null;
}

/** The track record by kind, by kind and edge band (`kind|lo-hi`), by the scored leg's book, by sport. */
export interface TrackRecordView {
  at: number;
  byKind: Record<string, TrackRecordLine>;
  byEdge: Record<string, TrackRecordLine>;
  byBook: Record<string, TrackRecordLine>;
  bySport: Record<string, TrackRecordLine>;
}

/**
 * Defaults a demanding bettor would start from: three books at least, quotes at most 30 min
 * old, 1.01 placeholders out, arbs over 10 % and EV over 20 % held as suspicious (BetTrack,
 * oddsstream), Pinnacle as the sharp reference devigged by the power method, ¼ Kelly,
 * Betfair 5 %, Matchbook and Smarkets 2 % commission.
 */
export const OPPORTUNITY_DEFAULTS: OpportunitySettings = {
  minBooks: 3,
  maxQuoteAgeMinutes: 30,
  placeholderMaxPrice: 1.01,
  suspiciousArb: 0.1,
  suspiciousEv: 0.2,
  outlierRatio: 0.3,
  confirmEdge: 0.05,
  secondSharps: ['betfair_ex', 'matchbook', 'smarkets', 'circasports', 'lowvig', 'betonlineag'],
  myBookmakers: [],
  minArb: 0,
  minValueEv: 0.02,
  devigMethod: 'power',
  referenceBook: 'pinnacle',
  consensusBooks: [],
  kellyFraction: 0.25,
  bankroll: 1000,
  stakeUnit: 1,
  defaultTotal: 100,
  dropThreshold: 0.1,
  dropWindowMinutes: 60,
  sharpDropThreshold: 0.05,
  minGap: 0.25,
  middleMaxLoss: 0.02,
  commissions: { betfair_ex: 0.05, matchbook: 0.02, smarkets: 0.02 },
  otherExchangeCommission: 0.03,
};
