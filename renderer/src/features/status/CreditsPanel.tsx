import { useI18n } from '../../i18n/use-i18n';
import { useNow } from '../../stores/clock';
import { useCollectorStore } from '../../stores/collector';

/** The Odds API free plan: 500 credits a month. */
export const FREE_PLAN_CREDITS = 500;

export function CreditsPanel() {
  const { t, fmt } = useI18n();
  const now = useNow();
  const status = useCollectorStore((s) => s.status);
  if (!status) return null;
  const { quota, projectedMonthlyCredits: projected } = status;
  const dash = t('status.none');
  const over = projected > FREE_PLAN_CREDITS;

  return (
    <section className="card">
      <h2>{t('status.credits')}</h2>
      <dl className="kv">
        <dt>{t('status.creditsUsed')}</dt>
        <dd data-testid="credits-used">{quota.used != null ? fmt.number(quota.used) : dash}</dd>
        <dt>{t('status.creditsRemaining')}</dt>
        <dd data-testid="credits-remaining">
          {quota.remaining != null ? fmt.number(quota.remaining) : dash}
          {quota.at && <span className="muted"> · {t('status.creditsAt', { age: fmt.relative(quota.at, now) })}</span>}
        </dd>
        <dt>{t('status.perRun')}</dt>
        <dd>{fmt.number(status.creditsPerRun)}</dd>
        <dt>{t('status.projected')}</dt>
        <dd data-testid="credits-projected" className={over ? 'warn' : undefined}>
          {t('status.projectedOf', { n: fmt.number(projected) })}
        </dd>
      </dl>
      <div className="meter" aria-hidden="true">
        <div className={`meter-fill${over ? ' over' : ''}`} style={{ width: `${Math.min(100, (projected / FREE_PLAN_CREDITS) * 100)}%` }} />
      </div>
      {over && <p className="note note-warn">{t('status.overQuota')}</p>}
    </section>
  );
}
