import { useEffect, useState } from 'react';
import { errorMessage } from '../../api';
import { LoadFailed } from '../../components/LoadFailed';
import { usePageLoad } from '../../components/use-page-load';
import { useI18n } from '../../i18n/use-i18n';
import { useNow } from '../../stores/clock';
import { subscribeAlertEvents, useAlertsStore } from './alerts-store';
import { AlertTables } from './AlertTables';
import { ChannelTests } from './ChannelTests';
import { EmailSettings } from './EmailSettings';
import { HistoryPanel } from './HistoryPanel';
import { RulesEditor } from './RulesEditor';
import { SilencesPanel } from './SilencesPanel';
import './alerts.css';

/** Alertes: firing now, silences, history, channel tests, rules and e-mail settings. */
export function AlertsPage() {
  const { t, tp, fmt } = useI18n();
  const now = useNow();
  const overview = useAlertsStore((s) => s.overview);
  const settings = useAlertsStore((s) => s.settings);
  const toast = useAlertsStore((s) => s.toast);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => subscribeAlertEvents(), []);
  const { error: loadError, retry } = usePageLoad(() => useAlertsStore.getState().load());

  const evaluate = async () => {
    setBusy(true);
    try {
      await useAlertsStore.getState().evaluateNow();
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="alerts-page" data-testid="alerts-page">
      <div className="alerts-head">
        {/* "nothing urgent" only when nothing fires: info alerts (opportunities) firing are said */}
        {overview && (
          <span
            className={`health-pill health-${overview.health === 'ok' && overview.firing.length > 0 ? 'info' : overview.health}`}
            data-testid="alerts-health"
            data-health={overview.health}
          >
            {overview.health === 'ok' && overview.firing.length > 0
              ? tp('alerts.health.infoFiring', overview.firing.length)
              : t(`alerts.health.${overview.health}`)}
          </span>
        )}
        {overview?.evaluatedAt && (
          <span className="muted small">{t('alerts.evaluatedAt', { when: fmt.relative(overview.evaluatedAt, now) })}</span>
        )}
        <span className="grow" />
        <button type="button" className="btn" data-testid="alerts-evaluate" disabled={busy} onClick={() => void evaluate()}>
          {t('alerts.evaluate')}
        </button>
      </div>
      {error && (
        <p className="note note-error" role="alert" data-testid="alerts-error">
          {error}
        </p>
      )}
      {loadError && <LoadFailed error={loadError} onRetry={retry} />}
      {toast && (
        <p className="note note-inline alerts-toast" role="status" data-testid="alerts-toast">
          <strong>{toast.title}</strong> — {toast.body} <span className="muted small">{fmt.time(toast.at)}</span>
        </p>
      )}
      {overview && settings && (
        <>
          <AlertTables overview={overview} settings={settings} onError={setError} />
          <div className="alerts-grid">
            <SilencesPanel overview={overview} settings={settings} onError={setError} />
            <ChannelTests overview={overview} />
          </div>
          <HistoryPanel overview={overview} settings={settings} />
          <RulesEditor settings={settings} />
          <EmailSettings settings={settings} overview={overview} />
        </>
      )}
    </div>
  );
}
