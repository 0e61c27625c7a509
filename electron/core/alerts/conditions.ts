/**
 * What each rule sees: from the inputs of one evaluation (bankroll, opportunities, collector,
 * outbox) to the rule's active series. Pure. A rule whose data source is missing returns null
 * (it stays inactive and keeps its last state), never an error.
 */
import type { AlertRule } from '../../../shared/domain/alerts';
import type { CollectorStatus } from '../../../shared/domain/collector';
import type { BankrollSource, OpportunitySource } from '../modules';
import { marketParam, outcomeParam, type Msg, type MsgParams } from '../../../shared/i18n/messages';
import { sharedFr } from '../../../shared/i18n/catalogue';
import { msgText, type Lang } from './texts';

/** Everything one evaluation reads, gathered by the orchestrator. */
export interface EvalInputs {
  now: number;
  /** null: no bankroll module. */
  bankroll: ReturnType<BankrollSource['summary']> | null;
  /** null: no opportunities module. */
  opportunities: ReturnType<OpportunitySource['open']> | null;
  collector: Pick<CollectorStatus, 'lastRun' | 'lastSuccessAt' | 'intervalMs' | 'quota' | 'paused'> &
    Partial<Pick<CollectorStatus, 'creditsBackAt'>>;
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
  /** The summary as a catalogue code + params (rendered in the reader's language). */
  message?: Msg;
  /** The same in the evaluation's language (e-mails, desktop, CSV, CLI). */
  summary: string;
  startsAt?: number | null;
}

const HOUR = 3_600_000;

/** The rule's active series now, or null when it cannot be evaluated (missing provider). */
export function sampleRule(rule: AlertRule, x: EvalInputs): Series[] | null {
  const L = x.lang;
  const one = (labels: Record<string, string>, value: number | null, code: string, params: MsgParams, startsAt?: number): Series => {
    const message: Msg = { code, params };
    return { labels, value, message, summary: msgText(L, message), ...(startsAt !== undefined ? { startsAt } : {}) };
  };
  switch (rule.kind) {
    case 'bankroll': {
      if (!x.bankroll) return null;
      // nothing recorded yet (no deposit, no bet): there is no bankroll to watch
      if (x.bankroll.roiOnBankroll === null && x.bankroll.nSettled === 0 && x.bankroll.bankrollCents === 0) return [];
      const v = x.bankroll.bankrollCents / 100;
      return v < rule.threshold ? [one({}, v, 'sum.bankroll', { value: v, threshold: rule.threshold })] : [];
    }
    case 'roi': {
      if (!x.bankroll) return null;
      const { roiOnBankroll: roi, nSettled } = x.bankroll;
      if (roi === null || nSettled < rule.minSettled) return [];
      const v = roi * 100;
      return v < rule.threshold ? [one({}, v, 'sum.roi', { value: v, count: nSettled, threshold: rule.threshold })] : [];
    }
    case 'winRate': {
      if (!x.bankroll) return null;
      const { winRate, nSettled } = x.bankroll;
      if (winRate === null || nSettled < rule.minSettled) return [];
      const v = winRate * 100;
      return v < rule.threshold ? [one({}, v, 'sum.winRate', { value: v, count: nSettled, threshold: rule.threshold })] : [];
    }
    case 'collectorDown': {
      const c = x.collector;
      if (c.paused) return [];
      const last = c.lastRun;
      if (last?.status === 'failed') {
        // a code the catalogue knows is said in the reader's language; another one keeps the collector's words
        const error =
          last.errorCode && `error.${last.errorCode}` in sharedFr
            ? { t: `error.${last.errorCode}`, params: { detail: last.errorMessage ?? last.errorCode } }
            : (last.errorMessage ?? last.errorCode ?? { t: 'sum.collectorFailed.unknown' });
        return [one({}, null, 'sum.collectorFailed', { error })];
      }
      const since = last?.startedAt ?? x.startedAt;
      const limit = rule.threshold * c.intervalMs;
      return x.now - since > limit
        ? [
            one({}, x.now - since, 'sum.collectorLate', {
              minutes: Math.round((x.now - since) / 60_000),
              interval: Math.round(c.intervalMs / 60_000),
            }),
          ]
        : [];
    }
    case 'noData': {
      if (x.collector.paused) return [];
      const since = x.collector.lastSuccessAt ?? x.startedAt;
      const age = x.now - since;
      return age >= rule.threshold * HOUR ? [one({}, age, 'sum.noData', { hours: age / HOUR })] : [];
    }
    case 'quota': {
      if (x.demo) return null;
      const { remaining, used } = x.collector.quota;
      if (remaining === null) return [];
      if (remaining <= 0)
        return [one({ level: 'exhausted' }, 0, 'sum.quotaExhausted', { resumes: resumeAt(x.collector.creditsBackAt, x.now) })];
      const plan = used !== null ? remaining + used : x.quotaPlanCredits;
      const share = (remaining / plan) * 100;
      return share < rule.threshold
        ? [one({ level: 'low' }, share, 'sum.quotaLow', { remaining, plan, share, threshold: rule.threshold })]
        : [];
    }
    case 'opportunity': {
      if (!x.opportunities) return null;
      return (
        x.opportunities
          // surebets and value bets are bets to place; drops and gaps are market news, not alerts
          .filter(
            (o) =>
              (o.kind === 'surebet' || o.kind === 'value') &&
              !o.suspicious &&
              o.edge * 100 >= rule.threshold &&
              (!rule.sport || o.sportKey === rule.sport) &&
              o.commenceTime > x.now,
          )
          .map((o) =>
            // a source without legs (older providers, tests) gives its own line and no message
            !o.legs
              ? {
                  labels: {
                    opportunity: String(o.id),
                    oppKind: o.kind,
                    eventId: o.eventId,
                    sport: o.sportKey,
                    bookmakers: o.bookmakers.join(','),
                  },
                  value: o.edge * 100,
                  summary: o.summary,
                  startsAt: o.commenceTime,
                }
              : one(
                  { opportunity: String(o.id), oppKind: o.kind, eventId: o.eventId, sport: o.sportKey, bookmakers: o.bookmakers.join(',') },
                  o.edge * 100,
                  'sum.opportunity',
                  {
                    kind: { t: `oppKind.${o.kind}` },
                    edge: o.edge * 100,
                    home: o.homeTeam,
                    away: o.awayTeam,
                    market: marketParam(o.market, o.point),
                    legs: { list: o.legs.map(legMsg) },
                  },
                  o.commenceTime,
                ),
          )
      );
    }
    case 'emailFailing': {
      if (!x.emailConfigured) return [];
      return x.outbox.failedAttempts >= rule.threshold
        ? [
            one({}, x.outbox.failedAttempts, 'sum.emailFailing', {
              count: x.outbox.failedAttempts,
              error: x.outbox.lastError ?? { t: 'sum.emailFailing.unknown' },
            }),
          ]
        : [];
    }
  }
}

/** When paid calls resume (epoch ms): the collector's reset time, else the 1st of next month (UTC). */
function resumeAt(at: number | null | undefined, now: number): number {
  const d = new Date(now);
  return at ?? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

type Leg = { outcome: string; point: number | null; price: number; bookmaker: string; bookmakerTitle?: string };
/** One leg of an opportunity: "Nul 3,60 @ Unibet" (the book's title; its key when the source has none). */
const legMsg = (l: Leg): Msg => ({
  code: 'sum.leg',
  params: { outcome: outcomeParam(l.outcome, l.point), price: l.price, book: l.bookmakerTitle || l.bookmaker },
});
