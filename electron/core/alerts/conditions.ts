/**
 * What each rule sees: from the inputs of one evaluation (bankroll, opportunities, collector,
 * outbox) to the rule's active series. Pure. A rule whose data source is missing returns null
 * (it stays inactive and keeps its last state), never an error.
 */
import type { AlertRule } from '../../../shared/domain/alerts';
import type { CollectorStatus } from '../../../shared/domain/collector';
import type { BankrollSource, OpportunitySource } from '../modules';
import { fmt, t, type Lang } from './texts';

/** Everything one evaluation reads, gathered by the orchestrator. */
export interface EvalInputs {
  now: number;
  /** null: no bankroll module. */
  bankroll: ReturnType<BankrollSource['summary']> | null;
  /** null: no opportunities module. */
  opportunities: ReturnType<OpportunitySource['open']> | null;
  collector: Pick<CollectorStatus, 'lastRun' | 'lastSuccessAt' | 'intervalMs' | 'quota' | 'paused'> & Partial<Pick<CollectorStatus, 'creditsBackAt'>>;
  demo: boolean;
  quotaPlanCredits: number;
  /** The oldest unsent e-mail's failed attempts and last error (0 / null when none). */
  outbox: { failedAttempts: number; lastError: string | null };
  emailConfigured: boolean;
  /** When this engine started: the reference when no collection ever ran. */
  startedAt: number;
  /** The user's language: summaries are written in it (and stored so with the alert). */
  lang: Lang;
}

/** One active series of a rule: its identifying labels and the text of this evaluation. */
export interface Series {
  labels: Record<string, string>;
  value: number | null;
  summary: string;
  startsAt?: number | null;
}

const HOUR = 3_600_000;

/** The rule's active series now, or null when it cannot be evaluated (missing provider). */
export function sampleRule(rule: AlertRule, x: EvalInputs): Series[] | null {
  const L = x.lang;
  const { eur, pct, num } = fmt(L);
  switch (rule.kind) {
    case 'bankroll': {
      if (!x.bankroll) return null;
      // nothing recorded yet (no deposit, no bet): there is no bankroll to watch
      if (x.bankroll.roiOnBankroll === null && x.bankroll.nSettled === 0 && x.bankroll.bankrollCents === 0) return [];
      const v = x.bankroll.bankrollCents / 100;
      return v < rule.threshold ? [{ labels: {}, value: v, summary: t(L, 'sum.bankroll', { value: eur(v), threshold: eur(rule.threshold) }) }] : [];
    }
    case 'roi': {
      if (!x.bankroll) return null;
      const { roiOnBankroll: roi, nSettled } = x.bankroll;
      if (roi === null || nSettled < rule.minSettled) return [];
      const v = roi * 100;
      return v < rule.threshold ? [{ labels: {}, value: v, summary: t(L, 'sum.roi', { value: pct(v), n: num(nSettled), threshold: pct(rule.threshold) }) }] : [];
    }
    case 'winRate': {
      if (!x.bankroll) return null;
      const { winRate, nSettled } = x.bankroll;
      if (winRate === null || nSettled < rule.minSettled) return [];
      const v = winRate * 100;
      return v < rule.threshold ? [{ labels: {}, value: v, summary: t(L, 'sum.winRate', { value: pct(v), n: num(nSettled), threshold: pct(rule.threshold) }) }] : [];
    }
    case 'collectorDown': {
      const c = x.collector;
      if (c.paused) return [];
      const last = c.lastRun;
      if (last?.status === 'failed') {
        return [{ labels: {}, value: null, summary: t(L, 'sum.collectorFailed', { error: last.errorMessage ?? last.errorCode ?? t(L, 'sum.collectorFailed.unknown') }) }];
      }
      const since = last?.startedAt ?? x.startedAt;
      const limit = rule.threshold * c.intervalMs;
      return x.now - since > limit
        ? [{ labels: {}, value: x.now - since, summary: t(L, 'sum.collectorLate', { minutes: num(Math.round((x.now - since) / 60_000)), interval: num(Math.round(c.intervalMs / 60_000)) }) }]
        : [];
    }
    case 'noData': {
      if (x.collector.paused) return [];
      const since = x.collector.lastSuccessAt ?? x.startedAt;
      const age = x.now - since;
      return age >= rule.threshold * HOUR
        ? [{ labels: {}, value: age, summary: t(L, 'sum.noData', { hours: num(age / HOUR, 1) }) }]
        : [];
    }
    case 'quota': {
      if (x.demo) return null;
      const { remaining, used } = x.collector.quota;
      if (remaining === null) return [];
      if (remaining <= 0) return [{ labels: { level: 'exhausted' }, value: 0, summary: t(L, 'sum.quotaExhausted', { resumes: resumeAt(x.collector.creditsBackAt, x.now) }) }];
      const plan = used !== null ? remaining + used : x.quotaPlanCredits;
      const share = (remaining / plan) * 100;
      return share < rule.threshold
        ? [{ labels: { level: 'low' }, value: share, summary: t(L, 'sum.quotaLow', { remaining: num(remaining), plan: num(plan), share: pct(share), threshold: pct(rule.threshold) }) }]
        : [];
    }
    case 'opportunity': {
      if (!x.opportunities) return null;
      return x.opportunities
        // surebets and value bets are bets to place; drops and gaps are market news, not alerts
        .filter((o) => (o.kind === 'surebet' || o.kind === 'value') && !o.suspicious && o.edge * 100 >= rule.threshold && (!rule.sport || o.sportKey === rule.sport) && o.commenceTime > x.now)
        .map((o) => ({
          labels: { opportunity: String(o.id), oppKind: o.kind, eventId: o.eventId, sport: o.sportKey, bookmakers: o.bookmakers.join(',') },
          value: o.edge * 100,
          summary: o.summary,
          startsAt: o.commenceTime,
        }));
    }
    case 'emailFailing': {
      if (!x.emailConfigured) return [];
      return x.outbox.failedAttempts >= rule.threshold
        ? [{ labels: {}, value: x.outbox.failedAttempts, summary: t(L, 'sum.emailFailing', { n: num(x.outbox.failedAttempts), error: x.outbox.lastError ?? t(L, 'sum.emailFailing.unknown') }) }]
        : [];
    }
  }
}

/** When paid calls resume: the collector's reset time, else the 1st of next month (UTC), as "YYYY-MM-DD HH:MM UTC". */
function resumeAt(at: number | null | undefined, now: number): string {
  const d = new Date(now);
  const t = at ?? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
