import type { AlertSettingsView, AlertsOverview } from '../../../../shared/domain/alerts';
import { EmptyState } from '../../components/EmptyState';
import { useI18n } from '../../i18n/use-i18n';

/** State changes and notifications, newest first. */
export function HistoryPanel({ overview, settings }: { overview: AlertsOverview; settings: AlertSettingsView }) {
  const { t, fmt, msg } = useI18n();
  const name = (id: string) => settings.rules.find((r) => r.id === id)?.name ?? id;
  return (
    <div className="alerts-grid">
      <section className="card">
        <h2>{t('alerts.history')}</h2>
        {overview.history.length === 0 ? (
          <EmptyState testId="history-empty">{t('alerts.noHistory')}</EmptyState>
        ) : (
          <div className="table-wrap scroll">
            <table className="runs" data-testid="history-table">
              <thead>
                <tr>
                  <th>{t('alerts.col.at')}</th>
                  <th>{t('alerts.col.rule')}</th>
                  <th>{t('alerts.col.change')}</th>
                  <th>{t('alerts.col.summary')}</th>
                </tr>
              </thead>
              <tbody>
                {overview.history.slice(0, 100).map((h) => (
                  <tr key={h.id} data-testid="history-row" data-to={h.to}>
                    <td className="nowrap">{fmt.dateTime(h.at)}</td>
                    <td className="rule-cell">{name(h.ruleId)}</td>
                    <td>
                      <span className={`state state-${h.to}`}>
                        {t(`alerts.to.${h.from}`)} → {t(`alerts.to.${h.to}`)}
                      </span>
                    </td>
                    <td className="summary-cell" title={h.message ? msg(h.message, h.summary) : h.summary}>
                      {h.message ? msg(h.message, h.summary) : h.summary}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="card">
        <h2>{t('alerts.notifications')}</h2>
        {overview.notifications.length === 0 ? (
          <EmptyState testId="notifications-empty">{t('alerts.noNotifications')}</EmptyState>
        ) : (
          <div className="table-wrap scroll">
            <table className="runs" data-testid="notifications-table">
              <thead>
                <tr>
                  <th>{t('alerts.col.at')}</th>
                  <th>{t('alerts.col.channel')}</th>
                  <th>{t('alerts.col.result')}</th>
                  <th>{t('alerts.col.summary')}</th>
                </tr>
              </thead>
              <tbody>
                {overview.notifications.map((n) => (
                  <tr key={n.id} data-testid="notification-row" data-channel={n.channel} data-status={n.status}>
                    <td className="nowrap">{fmt.dateTime(n.at)}</td>
                    <td>{t(`alerts.channel.${n.channel}`)}</td>
                    <td>
                      <span className={`pill run-${n.status === 'sent' ? 'ok' : n.status === 'failed' ? 'failed' : 'running'}`}>
                        {t(`alerts.status.${n.status}`)}
                      </span>
                    </td>
                    <td className="summary-cell" title={n.error ?? n.subject}>
                      {n.subject}
                      {n.error && <span className="error-text"> — {n.error}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
