import { useEffect } from 'react';
import { PageLink } from '../../components/PageLink';
import { useI18n } from '../../i18n/use-i18n';
import { useAlertsStore } from '../alerts/alerts-store';

/**
 * When e-mail alerts are on but cannot go out with the server the user gave (a refused
 * address, a server offering no STARTTLS, a failing send…), the Status page says why — the
 * same words as the alerts page (`EmailStatus.blocked`).
 */
export function EmailProblemBox() {
  const { t } = useI18n();
  const why = useAlertsStore((s) => s.overview?.email.blocked ?? null);
  useEffect(() => {
    // once, on opening the page; the store follows the alerts events afterwards
    if (!useAlertsStore.getState().overview)
      void useAlertsStore
        .getState()
        .loadOverview()
        .catch(() => undefined);
  }, []);
  if (!why) return null;
  return (
    <section className="card card-error" data-testid="email-problem">
      <h2>{t('alerts.email.blocked')}</h2>
      <p className="error-message">{why}</p>
      <p className="error-action">
        <PageLink page="alerts">{t('alerts.email.openAlerts')}</PageLink>
      </p>
    </section>
  );
}
