/** The bet form's text state ↔ a BetInput, checked with the shared rules on every keystroke. */
import type { BetDraft } from '../../../../shared/domain/bet-draft';
import {
  parseMoneyToCents,
  validateBet,
  type Bet,
  type BetInput,
  type BetIssue,
  type BetMarket,
  type BetStatus,
} from '../../../../shared/domain/bets';

export interface BetFormState {
  eventId: string | null;
  sportKey: string;
  homeTeam: string;
  awayTeam: string;
  commence: string;
  market: BetMarket;
  selection: string;
  point: string;
  bookmaker: string;
  odds: string;
  stake: string;
  placed: string;
  status: BetStatus;
  cashout: string;
  settled: string;
  tags: string;
  notes: string;
  opportunityId: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** ms → the `datetime-local` value in local time. */
export function toLocalInput(ms: number | null): string {
  if (ms === null) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
const fromLocalInput = (s: string): number => (s ? new Date(s).getTime() : NaN);
const num = (s: string): number => (s.trim() ? Number(s.trim().replace(',', '.')) : NaN);
/** A number as the user's language writes it: "2,15" in French (both are read back). */
const dec = (s: string, lang: 'fr' | 'en') => (lang === 'fr' ? s.replace('.', ',') : s);
const centsText = (c: number | null, lang: 'fr' | 'en' = 'en') => (c === null ? '' : dec((c / 100).toFixed(2), lang));

/** A fresh form: now, pending, h2h, and the last stake and bookmaker used. */
export function emptyForm(now: number, last: { stake?: string; bookmaker?: string } = {}): BetFormState {
  return {
    eventId: null,
    sportKey: '',
    homeTeam: '',
    awayTeam: '',
    commence: toLocalInput(now + 3_600_000),
    market: 'h2h',
    selection: '',
    point: '',
    bookmaker: last.bookmaker ?? '',
    odds: '',
    stake: last.stake ?? '10',
    placed: toLocalInput(now),
    status: 'pending',
    cashout: '',
    settled: '',
    tags: '',
    notes: '',
    opportunityId: null,
  };
}

export function formFromDraft(d: BetDraft, now: number, lastStake?: string, lang: 'fr' | 'en' = 'en'): BetFormState {
  return {
    ...emptyForm(now),
    eventId: d.eventId,
    sportKey: d.sportKey,
    homeTeam: d.homeTeam,
    awayTeam: d.awayTeam,
    commence: toLocalInput(d.commenceTime),
    market: d.market,
    selection: d.selection,
    point: d.point === null ? '' : dec(String(d.point), lang),
    bookmaker: d.bookmaker,
    odds: dec(String(d.odds), lang),
    stake: d.stake !== null ? dec(d.stake.toFixed(2), lang) : (lastStake ?? '10'),
    opportunityId: d.opportunityId,
  };
}

export function formFromBet(b: Bet, lang: 'fr' | 'en' = 'en'): BetFormState {
  return {
    eventId: b.eventId,
    sportKey: b.sportKey,
    homeTeam: b.homeTeam,
    awayTeam: b.awayTeam,
    commence: toLocalInput(b.commenceTime),
    market: b.market,
    selection: b.selection,
    point: b.point === null ? '' : dec(String(b.point), lang),
    bookmaker: b.bookmaker,
    odds: dec(String(b.odds), lang),
    stake: centsText(b.stakeCents, lang),
    placed: toLocalInput(b.placedAt),
    status: b.status,
    cashout: centsText(b.cashoutCents, lang),
    settled: toLocalInput(b.settledAt),
    tags: b.tags.join(', '),
    notes: b.notes,
    opportunityId: b.opportunityId,
  };
}

/** A new bet like `b` (same event, market, selection, book, odds, stake), placed now and pending. */
export function formFromCopy(b: Bet, now: number, lang: 'fr' | 'en' = 'en'): BetFormState {
  return { ...formFromBet(b, lang), placed: toLocalInput(now), status: 'pending', cashout: '', settled: '', opportunityId: null };
}

/** The input the form describes and its issues (an unparsable amount is reported like a bad one). */
export function readForm(f: BetFormState): { input: BetInput; issues: BetIssue[] } {
  const stake = parseMoneyToCents(f.stake);
  const cashout = f.cashout.trim() ? parseMoneyToCents(f.cashout) : null;
  const input: BetInput = {
    eventId: f.eventId,
    sportKey: f.sportKey.trim(),
    homeTeam: f.homeTeam.trim(),
    awayTeam: f.awayTeam.trim(),
    commenceTime: fromLocalInput(f.commence),
    market: f.market,
    selection: f.selection,
    point: f.market === 'h2h' || !f.point.trim() ? null : num(f.point),
    bookmaker: f.bookmaker.trim(),
    odds: num(f.odds),
    stakeCents: stake ?? NaN,
    placedAt: fromLocalInput(f.placed),
    status: f.status,
    cashoutCents: f.status === 'cashed_out' ? (cashout ?? NaN) : null,
    settledAt: f.status === 'pending' || !f.settled ? null : fromLocalInput(f.settled),
    closingOdds: null,
    tags: f.tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    notes: f.notes,
    opportunityId: f.opportunityId,
  };
  const issues = validateBet(input);
  if (f.cashout.trim() && f.status === 'cashed_out' && cashout === null && !issues.some((i) => i.field === 'cashoutCents')) {
    issues.push({ field: 'cashoutCents', code: 'cashout_required' });
  }
  return { input, issues };
}

/** The selections a market offers for an event. */
export function selectionsOf(market: BetMarket, home: string, away: string): string[] {
  if (market === 'totals') return ['Over', 'Under'];
  if (market === 'spreads') return [home, away].filter(Boolean);
  return [home, 'Draw', away].filter(Boolean);
}
