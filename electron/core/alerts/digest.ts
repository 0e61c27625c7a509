/**
 * The daily digest: due once a day at the chosen local hour; it covers everything since the
 * previous one. The mark is written with the outbox row, so a restart never sends it twice.
 */
import type { AlertInstance, AlertRule, AlertSettings } from '../../../shared/domain/alerts';
import type { BankrollSource, OpportunitySource } from '../modules';
import { renderDigest } from './email-render';
import type { Outbox } from '../notify/outbox';
import type { AlertsRepo } from './alerts-repo';
import type { Lang } from './texts';

/** The last digest hour at or before `now` (local time). */
export function digestDueAt(now: number, hour: number): number {
  const d = new Date(now);
  d.setHours(hour, 0, 0, 0);
  if (d.getTime() > now) d.setDate(d.getDate() - 1);
  return d.getTime();
}

export interface DigestDeps {
  repo: AlertsRepo;
  outbox: Outbox;
  bankroll: BankrollSource | undefined;
  opportunities: OpportunitySource | undefined;
  health: () => { collector: string; lastSuccessAt: number | null; creditsRemaining: number | null };
  /** The user's language at the time the digest is written. */
  language(): Lang;
}

/** Writes the digest to the outbox if one is due; returns true when it did. */
export function maybeQueueDigest(
  now: number,
  s: AlertSettings,
  firing: AlertInstance[],
  rules: ReadonlyMap<string, AlertRule>,
  d: DigestDeps,
  force = false,
): boolean {
  const last = d.repo.getMeta('digest_at');
  if (last === null && !force) {
    d.repo.setMeta('digest_at', now); // first start: the first digest covers from now
    return false;
  }
  const due = digestDueAt(now, s.email.digestHour);
  if (!force && (last ?? 0) >= due) return false;
  const since = last ?? now - 86_400_000;
  const b = d.bankroll?.summary() ?? null;
  const msg = renderDigest({
    now,
    since,
    health: d.health(),
    firing: firing.filter((a) => a.state === 'firing' && rules.get(a.ruleId)?.email !== 'off'),
    changes: d.repo.historySince(since).filter((t) => rules.get(t.ruleId)?.email !== 'off' && rules.get(t.ruleId)?.kind !== 'opportunity'),
    bankroll: b && { bankrollCents: b.bankrollCents, roi: b.roiOnBankroll, winRate: b.winRate, nSettled: b.nSettled, pending: b.pending },
    opportunities: (d.opportunities?.open() ?? []).filter((o) => !o.suspicious && o.commenceTime > now),
    lang: d.language(),
  });
  d.repo.transaction(() => {
    const id = d.repo.addNotification({
      channel: 'email',
      groupKey: 'digest',
      subject: msg.subject,
      at: now,
      status: 'queued',
      error: null,
      firing: firing.length,
      resolved: 0,
    });
    d.outbox.add(msg, id);
    d.repo.setMeta('digest_at', now);
  });
  return true;
}
