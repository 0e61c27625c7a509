import { useEffect } from 'react';
import { PageLink } from '../../components/PageLink';
import { useI18n } from '../../i18n/use-i18n';
import { useAlertsStore } from '../alerts/alerts-store';

/**
 * When e-mail alerts are on but cannot go out (an incomplete or refused configuration, a
 * server offering no STARTTLS…), the Status page says why — the same words as the alerts page.
 */
export function EmailProblemBox() {
  const { t } = useI18n();
  const overview = useAlertsStore((s) => s.overview);
  const settings = useAlertsStore((s) => s.settings);
  useEffect(() => {
    if (!overview || !settings) void useAlertsStore.getState().load().catch(() => undefined);
    // once, on opening the page; the store follows the alerts events afterwards
  }, []);
  const why = settings?.email.enabled ? (overview?.email.lastError ?? null) : null;
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
