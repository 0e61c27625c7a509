/**
 * The credit planner: a pure function the collector asks "what to call next and when".
 * It spreads the month's budget (plan size − reserve − credits already used) to the end of the
 * period, uses free calls (/sports, /events) to learn which sports are active and when events
 * start, buys /odds only for sports with events inside the horizon — more often as kick-offs
 * approach — merges kick-offs a few minutes apart into one call, and always keeps credits for a
 * final poll just before the kick-off of every event with an open bet or opportunity (its
 * closing line). /scores only for sports with pending bets. No I/O, no clock: `now` is input.
 */
import { estimateOddsCost } from '../providers/odds-api/cost';
import { periodAt } from './budget-period';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

export interface PlannerBudget {
  /** Credits of the plan per period (500 on the free plan). */
  planSize: number;
  /** Day of the month the quota resets (1..31, UTC). */
  resetDay: number;
  /** Credits never spent by the planner. */
  reserve: number;
}

export interface PlannerEvent {
  id: string;
  commenceTime: number;
  /** An open bet or an open opportunity: its closing line must be captured. */
  needsClosingLine?: boolean;
}

export interface PlannerSport {
  key: string;
  /** Known upcoming events (from the free /events call); null = never asked. */
  events: PlannerEvent[] | null;
  eventsCheckedAt: number | null;
  lastOddsAt: number | null;
  pendingBets?: boolean;
  lastScoresAt?: number | null;
  /** Pinned by the user: polled at the base rate even with nothing soon. */
  pinned?: boolean;
  /** What the API actually billed for this sport's last /odds call, when it differs from the estimate. */
  oddsCost?: number | null;
}

export interface PlannerInput {
  now: number;
  budget: PlannerBudget;
  /** From the last answer's headers; null when never seen. */
  quota: { remaining: number | null; used: number | null };
  /** Credits the ledger counted in this period (used when headers are missing). */
  usedThisPeriod: number;
  sports: PlannerSport[];
  markets: string[];
  regions: string[];
  /** Chosen books; used instead of regions when that is cheaper (≤ 10 books = one region). */
  bookmakers: string[];
  sportsCheckedAt: number | null;
  /** How far ahead events are worth buying odds for (default 48 h). */
  horizonMs?: number;
  /** Kick-offs this close together share one final poll (default 5 min). */
  mergeWindowMs?: number;
  /** Final poll this long before kick-off (default 5 min; must stay within 10). */
  closingLeadMs?: number;
  /** The user raised today's budget: this many credits more than the day's share (still within what is left). */
  boostCredits?: number;
  /**
   * Paid calls already made (from the ledger; the last 24 h, or longer for a budget whose day's
   * share is below one call): the day's share is a sliding window, so a plan made again an hour
   * later cannot spend the same share twice.
   */
  recentSpend?: Array<{ at: number; credits: number }>;
  /** The budget's period when it is not a month from the reset day (a replay: the recording's span). */
  period?: { start: number; end: number };
}

export interface PlanNote {
  code: 'resetDayMoved' | 'resetDayInvalid' | 'planSizeContradicted' | 'noMarket' | 'budgetTooSmall' | 'creditsUsedUp';
  vars: Record<string, string | number>;
}

export type CallKind = 'sports' | 'events' | 'odds' | 'scores';

export interface PlannedCall {
  at: number;
  kind: CallKind;
  sport: string | null;
  credits: number;
  reason: 'discover' | 'refresh' | 'approach' | 'closing' | 'pinned' | 'settle' | 'fallback';
  /** For closing polls: the events whose closing line this call captures. */
  events?: string[];
  /** /odds query: bookmakers when cheaper, else regions. */
  query?: { regions?: string[]; bookmakers?: string[] };
}

export interface Plan {
  calls: PlannedCall[];
  /** Credits the planner may still spend this period. */
  spendable: number;
  /** Credits planned in the next 24 h. */
  next24hCredits: number;
  periodEnd: number;
  /** Paid calls resume at this time when the credits are used up; else null. */
  resumesAt: number | null;
  warnings: string[];
  /** The same warnings as codes with their values (the UI words them in its language). */
  notes: PlanNote[];
  /** Cost of one /odds call per sport with the chosen query. */
  oddsCallCost: number;
}

/** Poll interval for a sport whose nearest kick-off is `untilKickoff` away. */
export function baseInterval(untilKickoff: number): number {
  if (untilKickoff <= HOUR) return 20 * MIN;
  if (untilKickoff <= 6 * HOUR) return HOUR;
  if (untilKickoff <= 24 * HOUR) return 4 * HOUR;
  return 12 * HOUR;
}

export function oddsQuery(markets: string[], regions: string[], bookmakers: string[]): { cost: number; query: PlannedCall['query'] } {
  const byRegions = estimateOddsCost({ markets, regions });
  const books = bookmakers.slice(0, 10);
  const byBooks = books.length ? estimateOddsCost({ markets, bookmakers: books }) : Infinity;
  return byBooks < byRegions || (byBooks === byRegions && regions.length === 0)
    ? { cost: byBooks, query: { bookmakers: books } }
    : { cost: byRegions, query: { regions } };
}

export function plan(input: PlannerInput): Plan {
  const { now, budget } = input;
  const warnings: string[] = [];
  const horizon = input.horizonMs ?? 2 * DAY;
  const mergeWindow = input.mergeWindowMs ?? 5 * MIN;
  const lead = Math.min(input.closingLeadMs ?? 5 * MIN, 10 * MIN);
  const period = input.period ? { ...input.period, note: null } : periodAt(now, budget.resetDay);
  const notes: PlanNote[] = [];
  if (period.note) {
    warnings.push(period.note);
    notes.push({
      code: Number.isInteger(budget.resetDay) && budget.resetDay >= 1 && budget.resetDay <= 31 ? 'resetDayMoved' : 'resetDayInvalid',
      vars: { day: String(budget.resetDay) },
    });
  }
  const { cost, query } = oddsQuery(input.markets, input.regions, input.bookmakers);

  let planSize = Number.isFinite(budget.planSize) && budget.planSize >= 0 ? Math.floor(budget.planSize) : 0;
  const reserve = Math.max(0, Math.floor(budget.reserve) || 0);
  const { remaining, used } = input.quota;
  if (remaining !== null && used !== null && remaining + used !== planSize) {
    warnings.push(
      `The API reports ${remaining + used} credits this month (used ${used} + remaining ${remaining}), not the plan size of ${planSize}; the API's figure is used`,
    );
    notes.push({ code: 'planSizeContradicted', vars: { api: remaining + used, used, remaining, plan: planSize } });
    planSize = remaining + used;
  }
  const usedSoFar = used ?? input.usedThisPeriod;
  let spendable = planSize - usedSoFar - reserve;
  if (remaining !== null) spendable = Math.min(spendable, remaining - reserve);
  spendable = Math.max(0, spendable);

  const calls: PlannedCall[] = [];
  // Free calls first: they keep the picture of active sports and kick-offs fresh.
  if (input.sportsCheckedAt === null || now - input.sportsCheckedAt >= DAY) {
    calls.push({ at: now, kind: 'sports', sport: null, credits: 0, reason: 'discover' });
  }
  for (const s of input.sports) {
    const due = s.eventsCheckedAt === null ? now : s.eventsCheckedAt + 6 * HOUR;
    calls.push({
      at: Math.max(now, due),
      kind: 'events',
      sport: s.key,
      credits: 0,
      reason: s.eventsCheckedAt === null ? 'discover' : 'refresh',
    });
  }

  let resumesAt: number | null = null;
  if (cost === 0 || planSize - reserve < cost) {
    warnings.push(
      cost === 0
        ? 'No market is selected: only free calls are made'
        : `The budget (${planSize} credits, reserve ${reserve}) is smaller than one /odds call (${cost} credits): only free calls are made; raise the budget or choose fewer markets or regions`,
    );
    notes.push(cost === 0 ? { code: 'noMarket', vars: {} } : { code: 'budgetTooSmall', vars: { plan: planSize, reserve, cost } });
    return finish();
  }
  if (remaining !== null && remaining - reserve < cost) {
    resumesAt = period.end;
    warnings.push(
      remaining - reserve > 0 || remaining > 0
        ? `Credits are used up (${remaining} left, a reserve of ${reserve} is kept): no paid call until ${new Date(period.end).toISOString().slice(0, 10)} (reset), when collection resumes by itself`
        : `Credits are used up: no paid call until ${new Date(period.end).toISOString().slice(0, 10)} (reset), when collection resumes by itself`,
    );
    notes.push({ code: 'creditsUsedUp', vars: { remaining, reserve } });
    return finish();
  }

  // Paid calls: closing polls first (reserved), then approach polls spread over the period.
  const paid: PlannedCall[] = [];
  for (const s of input.sports) {
    const soon = (s.events ?? [])
      .filter((e) => e.commenceTime > now && e.commenceTime - now <= horizon)
      .sort((a, b) => a.commenceTime - b.commenceTime);
    const closing = soon.filter((e) => e.needsClosingLine);
    for (let i = 0; i < closing.length;) {
      const group = [closing[i]!];
      while (i + group.length < closing.length && closing[i + group.length]!.commenceTime - group[0]!.commenceTime <= mergeWindow)
        group.push(closing[i + group.length]!);
      i += group.length;
      // captured already: the sport was polled within 10 min of this kick-off
      if (s.lastOddsAt !== null && s.lastOddsAt >= group[0]!.commenceTime - 10 * MIN) continue;
      paid.push({
        at: Math.max(now, group[0]!.commenceTime - lead),
        kind: 'odds',
        sport: s.key,
        credits: costOf(s),
        reason: 'closing',
        events: group.map((e) => e.id),
        query,
      });
    }
    if (s.pendingBets) {
      const due = (s.lastScoresAt ?? 0) + 6 * HOUR;
      paid.push({ at: Math.max(now, due), kind: 'scores', sport: s.key, credits: 2, reason: 'settle' });
    }
  }
  const daysLeft = Math.max(1, (period.end - now) / DAY);
  const boost = Math.max(0, Math.floor(input.boostCredits ?? 0) || 0);
  const share = Math.max(0, spendable / daysLeft + boost);

  const approach: PlannedCall[] = [];
  for (const s of input.sports) {
    const upcoming = (s.events ?? []).filter((e) => e.commenceTime > now && e.commenceTime - now <= horizon);
    if (!upcoming.length && !s.pinned) continue;
    const first = upcoming.length ? Math.min(...upcoming.map((e) => e.commenceTime)) : now + DAY;
    let t = s.lastOddsAt === null ? now : s.lastOddsAt + baseInterval(first - s.lastOddsAt);
    while (t < now + DAY) {
      const at = Math.max(now, t);
      const next = upcoming.filter((e) => e.commenceTime > at);
      if (!next.length && !s.pinned) break;
      const until = next.length ? Math.min(...next.map((e) => e.commenceTime)) - at : DAY;
      // the sport's closing poll within the hour serves instead (a second look minutes apart sees the same board)
      const closingSoon = paid.some((c) => c.reason === 'closing' && c.sport === s.key && c.at >= at && c.at - at < HOUR);
      if (!closingSoon)
        approach.push({
          at,
          kind: 'odds',
          sport: s.key,
          credits: costOf(s),
          reason: s.pinned && !upcoming.length ? 'pinned' : 'approach',
          query,
        });
      t = at + baseInterval(until);
    }
  }
  // Thin the approach polls until every 24-h window (the calls of the last 24 h included) fits
  // the day's share: closing polls and /scores count first, then the approach polls nearest a
  // kick-off; those farthest from one are dropped first (the cheapest to miss).
  // A budget whose day's share is below one call still buys one now and then: the window
  // stretches to the time the share takes to pay for a call (0.4 credits a day, 2-credit calls:
  // one call per 5 days), so a small budget is spread, never stuck.
  const W = share > 0 ? Math.max(DAY, (DAY * cost) / share) : DAY;
  const allowed = (share * W) / DAY;
  const window: Array<{ at: number; credits: number }> = [
    ...(input.recentSpend ?? []).filter((x) => x.at > now - W),
    ...paid.filter((c) => c.at - now < DAY),
  ];
  const spentIn = (from: number, to: number) => window.reduce((n, x) => (x.at > from && x.at <= to ? n + x.credits : n), 0);
  const fits = (c: PlannedCall) =>
    spentIn(c.at - W, c.at) + c.credits <= allowed + 1e-9 &&
    window.every((x) => x.at <= c.at || x.at >= c.at + W || spentIn(x.at - W, x.at) + c.credits <= allowed + 1e-9);
  const kept: PlannedCall[] = [];
  const ranked = [...approach].sort((a, b) => urgency(b, input.sports) - urgency(a, input.sports) || a.at - b.at);
  for (const c of ranked) {
    if (!fits(c)) continue;
    kept.push(c);
    window.push({ at: c.at, credits: c.credits });
  }
  const affordable = paid.filter((c) => c.credits <= spendable);
  let spend = 0;
  for (const c of [...affordable, ...kept].sort((a, b) => a.at - b.at)) {
    if (spend + c.credits > spendable) continue;
    spend += c.credits;
    calls.push(c);
  }
  return finish();

  /** The estimate, or what the API billed last time when that differed (the ledger's correction). */
  function costOf(s: PlannerSport): number {
    return s.oddsCost !== undefined && s.oddsCost !== null && s.oddsCost >= 0 ? s.oddsCost : cost;
  }

  function finish(): Plan {
    calls.sort((a, b) => a.at - b.at || a.credits - b.credits);
    const next24hCredits = calls.filter((c) => c.at - now < DAY).reduce((n, c) => n + c.credits, 0);
    return { calls, spendable, next24hCredits, periodEnd: period.end, resumesAt, warnings, notes, oddsCallCost: cost };
  }
}

function urgency(c: PlannedCall, sports: PlannerSport[]): number {
  const s = sports.find((x) => x.key === c.sport);
  const next = (s?.events ?? []).filter((e) => e.commenceTime > c.at).map((e) => e.commenceTime);
  return next.length ? -(Math.min(...next) - c.at) : -Infinity;
}

/** The first call due at or before `now` (what to do right now), else the next one and when. */
export function nextCall(p: Plan): PlannedCall | null {
  return p.calls[0] ?? null;
}
