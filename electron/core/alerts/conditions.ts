/**
 * What each rule sees: from the inputs of one evaluation (bankroll, opportunities, collector,
 * outbox) to the rule's active series. Pure. A rule whose data source is missing returns null
 * (it stays inactive and keeps its last state), never an error.
 */
import type { AlertRule } from '../../../shared/domain/alerts';
import type { CollectorStatus } from '../../../shared/domain/collector';
import type { BankrollSource, OpportunitySource } from '../modules';

/** Everything one evaluation reads, gathered by the orchestrator. */
export interface EvalInputs {
  now: number;
  /** null: no bankroll module. */
  bankroll: ReturnType<BankrollSource['summary']> | null;
  /** null: no opportunities module. */
  opportunities: ReturnType<OpportunitySource['open']> | null;
  collector: Pick<CollectorStatus, 'lastRun' | 'lastSuccessAt' | 'intervalMs' | 'quota' | 'paused'>;
  demo: boolean;
  quotaPlanCredits: number;
  /** The oldest unsent e-mail's failed attempts and last error (0 / null when none). */
  outbox: { failedAttempts: number; lastError: string | null };
  emailConfigured: boolean;
  /** When this engine started: the reference when no collection ever ran. */
  startedAt: number;
}

/** One active series of a rule: its identifying labels and the text of this evaluation. */
export interface Series {
  labels: Record<string, string>;
  value: number | null;
  summary: string;
  startsAt?: number | null;
}

const eur = (v: number) => `${v.toFixed(2).replace('.', ',')} €`;
const pct = (v: number) => `${v.toFixed(1).replace('.', ',')} %`;
const HOUR = 3_600_000;

/** The rule's active series now, or null when it cannot be evaluated (missing provider). */
export function sampleRule(rule: AlertRule, x: EvalInputs): Series[] | null {
  switch (rule.kind) {
    case 'bankroll': {
      if (!x.bankroll) return null;
      // nothing recorded yet (no deposit, no bet): there is no bankroll to watch
      if (x.bankroll.roiOnBankroll === null && x.bankroll.nSettled === 0 && x.bankroll.bankrollCents === 0) return [];
      const v = x.bankroll.bankrollCents / 100;
      return v < rule.threshold ? [{ labels: {}, value: v, summary: `Bankroll ${eur(v)} sous ${eur(rule.threshold)}` }] : [];
    }
    case 'roi': {
      if (!x.bankroll) return null;
      const { roiOnBankroll: roi, nSettled } = x.bankroll;
      if (roi === null || nSettled < rule.minSettled) return [];
      const v = roi * 100;
      return v < rule.threshold ? [{ labels: {}, value: v, summary: `ROI ${pct(v)} sur ${nSettled} paris réglés (seuil ${pct(rule.threshold)})` }] : [];
    }
    case 'winRate': {
      if (!x.bankroll) return null;
      const { winRate, nSettled } = x.bankroll;
      if (winRate === null || nSettled < rule.minSettled) return [];
      const v = winRate * 100;
      return v < rule.threshold ? [{ labels: {}, value: v, summary: `Taux de réussite ${pct(v)} sur ${nSettled} paris (seuil ${pct(rule.threshold)})` }] : [];
    }
    case 'collectorDown': {
      const c = x.collector;
      if (c.paused) return [];
      const last = c.lastRun;
      if (last?.status === 'failed') {
        return [{ labels: {}, value: null, summary: `Dernière collecte en échec : ${last.errorMessage ?? last.errorCode ?? 'erreur'}` }];
      }
      const since = last?.startedAt ?? x.startedAt;
      const limit = rule.threshold * c.intervalMs;
      return x.now - since > limit
        ? [{ labels: {}, value: x.now - since, summary: `Aucune collecte lancée depuis ${Math.round((x.now - since) / 60_000)} min (attendu toutes les ${Math.round(c.intervalMs / 60_000)} min)` }]
        : [];
    }
    case 'noData': {
      if (x.collector.paused) return [];
      const since = x.collector.lastSuccessAt ?? x.startedAt;
      const age = x.now - since;
      return age >= rule.threshold * HOUR
        ? [{ labels: {}, value: age, summary: `Aucune collecte réussie depuis ${(age / HOUR).toFixed(1).replace('.', ',')} h` }]
        : [];
    }
    case 'quota': {
      if (x.demo) return null;
      const { remaining, used } = x.collector.quota;
      if (remaining === null) return [];
      if (remaining <= 0) return [{ labels: { level: 'exhausted' }, value: 0, summary: 'Crédits The Odds API épuisés : plus aucun appel payant avant le 1er du mois' }];
      const plan = used !== null ? remaining + used : x.quotaPlanCredits;
      const share = (remaining / plan) * 100;
      return share < rule.threshold
        ? [{ labels: { level: 'low' }, value: share, summary: `Crédits restants : ${remaining} sur ${plan} (${pct(share)}, seuil ${pct(rule.threshold)})` }]
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
        ? [{ labels: {}, value: x.outbox.failedAttempts, summary: `Envoi des e-mails en échec (${x.outbox.failedAttempts} tentatives) : ${x.outbox.lastError ?? 'erreur inconnue'}` }]
        : [];
    }
  }
}
