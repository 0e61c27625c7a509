import { HealthDot, describeHealth } from '../../components/HealthDot';
import { PageLink } from '../../components/PageLink';
import { useI18n } from '../../i18n/use-i18n';
import { useNow } from '../../stores/clock';
import { useCollectorStore } from '../../stores/collector';
import { useOpportunitiesStore } from './store';

const SKIPS = ['placeholders', 'stale', 'otherBooks', 'fewBooks', 'unmatched', 'mathErrors'] as const;

/** Collector health, data age and what the last scan saw and left out: "nothing found" is never "nothing scanned". */
export function ScanHealth() {
  const { t, tp, fmt } = useI18n();
  const now = useNow();
  const status = useCollectorStore((s) => s.status);
  const summary = useOpportunitiesStore((s) => s.summary);
  const health = describeHealth(status);
  const skipped = summary ? SKIPS.filter((k) => summary.skipped[k] > 0).map((k) => tp(`opp.skip.${k}`, summary.skipped[k])) : [];
  return (
    <div className="opp-health" data-testid="opp-health" data-health={status?.health ?? 'unknown'}>
      <PageLink page="status">
        <span className="opp-health-dot">
          <HealthDot colour={health.colour} pulse={status?.running} />
          {t(health.label)}
        </span>
      </PageLink>
      <span data-testid="opp-data-age">
        {status?.dataAsOf ? t('strip.dataAge', { age: fmt.relative(status.dataAsOf, now) }) : t('strip.noData')}
      </span>
      <span data-testid="opp-last-scan">
        {summary
          ? t('opp.health.scan', {
              age: fmt.relative(summary.at, now),
              events: fmt.number(summary.events),
              markets: fmt.number(summary.markets),
            })
          : t('opp.health.noScan')}
      </span>
      {skipped.length > 0 && <span className="muted">{t('opp.health.skipped', { list: skipped.join(' · ') })}</span>}
    </div>
  );
}
