/** The credit plan, ledger and health figures the Status page shows (main side → renderer). */

export type PlanCallKind = 'sports' | 'events' | 'odds' | 'scores';
export type PlanCallReason = 'discover' | 'refresh' | 'approach' | 'closing' | 'pinned' | 'settle' | 'fallback';

export interface PlanCallView {
  at: number;
  kind: PlanCallKind;
  sport: string | null;
  credits: number;
  reason: PlanCallReason;
  /** Closing polls: how many events' closing lines the call captures. */
  closingEvents: number;
}

export interface EconomyBudget {
  planned: boolean;
  planSize: number;
  resetDay: number;
  reserve: number;
  pinnedSports: string[];
  boostCredits: number;
  boostUntil: number | null;
}

export interface LedgerPoint {
  /** 00:00 UTC of the day. */
  day: number;
  credits: number;
  /** Credits used in the period up to the end of this day. */
  cumulative: number;
}

export interface PlanView {
  now: number;
  /** Scheduled runs follow this plan (planned mode with a real key); false = the fixed interval (demo: a preview). */
  followed: boolean;
  demo: boolean;
  /** The calls of the next 24 h. */
  calls: PlanCallView[];
  next24hCredits: number;
  /** Credits the plan may still spend this period (after the reserve). */
  spendable: number;
  oddsCallCost: number;
  periodStart: number;
  periodEnd: number;
  /** Paid calls resume at this time (credits used up), else null. */
  resumesAt: number | null;
  budget: EconomyBudget;
  usedThisPeriod: number;
  /** Credits the period will have used at this pace (never above the plan). */
  projectedPeriodCredits: number;
  /** Bad input and contradictions, in words (reset day moved, headers ≠ plan size, budget too small). */
  warnings: string[];
  /** The warnings as codes with their values, worded by the renderer in its language. */
  notes: Array<{ code: string; vars: Record<string, string | number> }>;
  ledger: LedgerPoint[];
  /** /odds calls this period whose bill differed from the estimate. */
  mismatches: number;
}

export interface HealthView {
  now: number;
  /** Collector runs in the last 24 h and how many failed or were partial. */
  runs24h: number;
  errors24h: number;
  /** Credits billed in the last 24 h and this period. */
  credits24h: number;
  creditsPeriod: number;
  /** Age of the newest stored price (ms), null with none. */
  dataAgeMs: number | null;
  openOpportunities: number;
  /** Events with an open bet or opportunity whose closing line is still to capture. */
  closingLinesPending: number;
}

/** A change to the budget or the plan from the Status page (every field optional). */
export interface EconomyOverride {
  planned?: boolean;
  planSize?: number;
  resetDay?: number;
  reserve?: number;
  /** Pin or unpin one sport. */
  pin?: string;
  unpin?: string;
  /** Extra credits allowed over the day's share for the next 24 h (0 cancels). */
  boostCredits?: number;
}
