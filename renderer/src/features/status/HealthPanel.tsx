import { useI18n } from '../../i18n/use-i18n';
import { useEconomyStore } from './economy-store';

/** The collector's health in figures: runs, errors, credits, data age, opportunities, closing lines to capture. */
export function HealthPanel() {
  const { t, fmt } = useI18n();
  const h = useEconomyStore((s) => s.health);
  if (!h) return null;
  return (
    <section className="card" data-testid="health-panel">
      <h2>{t('eco.health')}</h2>
      <dl className="kv">
        <dt>{t('eco.h.runs')}</dt>
        <dd data-testid="health-runs">{fmt.number(h.runs24h)}</dd>
        <dt>{t('eco.h.errors')}</dt>
        <dd data-testid="health-errors" className={h.errors24h > 0 ? 'warn' : undefined}>
          {fmt.number(h.errors24h)}
        </dd>
        <dt>{t('eco.h.credits')}</dt>
        <dd data-testid="health-credits">
          {fmt.number(h.credits24h)} / {fmt.number(h.creditsPeriod)}
        </dd>
        <dt>{t('eco.h.dataAge')}</dt>
        <dd data-testid="health-age">{h.dataAgeMs === null ? t('eco.h.noData') : fmt.relative(h.now - h.dataAgeMs, h.now)}</dd>
        <dt>{t('eco.h.opportunities')}</dt>
        <dd data-testid="health-opps">{fmt.number(h.openOpportunities)}</dd>
        <dt>{t('eco.h.closing')}</dt>
        <dd data-testid="health-closing">{fmt.number(h.closingLinesPending)}</dd>
      </dl>
    </section>
  );
}
