import type { AlertInstance, AlertSettingsView, AlertsOverview } from '../../../../shared/domain/alerts';
import { errorMessage } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { useI18n } from '../../i18n/use-i18n';
import { useNow } from '../../stores/clock';
import { useAlertsStore } from './alerts-store';

interface Props {
  overview: AlertsOverview;
  settings: AlertSettingsView;
  onError(message: string | null): void;
}

const HOUR = 3_600_000;

/** Firing, pending and recently resolved alerts, each firing one with a snooze. */
export function AlertTables({ overview, settings, onError }: Props) {
  const { t, fmt, msg } = useI18n();
  const now = useNow();
  const createSilence = useAlertsStore((s) => s.createSilence);
  const ruleName = (id: string) => settings.rules.find((r) => r.id === id)?.name ?? id;

  const snooze = async (a: AlertInstance, how: string) => {
    if (!how) return;
    try {
      const base = { ruleId: a.ruleId, eventId: a.labels.eventId ?? null, bookmaker: null, comment: '' };
      if (how === 'kickoff') await createSilence({ ...base, untilKickoff: true });
      else await createSilence({ ...base, durationMs: Number(how) * HOUR });
      onError(null);
    } catch (e) {
      onError(errorMessage(e));
    }
  };

  const row = (a: AlertInstance) => (
    <tr key={a.fingerprint} data-testid="alert-row" data-rule={a.ruleId} data-state={a.state} data-muted={a.muted ?? ''}>
      <td>
        <span className={`sev sev-${a.severity}`}>{t(`alerts.sev.${a.severity}`)}</span>
      </td>
      <td className="nowrap">
        {ruleName(a.ruleId)}
        {a.muted && <div className="muted-tag small">{t(`alerts.muted.${a.muted}`)}</div>}
      </td>
      <td className="summary-cell" title={a.message ? msg(a.message, a.summary) : a.summary}>
        {a.message ? msg(a.message, a.summary) : a.summary}
      </td>
      <td className="nowrap" title={fmt.dateTime(a.firedAt ?? a.activeAt)}>
        {fmt.relative(a.state === 'resolved' ? (a.resolvedAt ?? now) : (a.firedAt ?? a.activeAt), now)}
      </td>
      <td>
        {a.state === 'firing' && (
          <select aria-label={t('alerts.snooze')} data-testid="snooze-select" value="" onChange={(e) => void snooze(a, e.target.value)}>
            <option value="">{t('alerts.snooze')}…</option>
            <option value="1">{t('alerts.snooze.1h')}</option>
            <option value="24">{t('alerts.snooze.24h')}</option>
            {a.labels.eventId && <option value="kickoff">{t('alerts.snooze.kickoff')}</option>}
          </select>
        )}
      </td>
    </tr>
  );

  const table = (rows: AlertInstance[], testId: string) => (
    <div className="table-wrap">
      <table className="runs alerts-table" data-testid={testId}>
        <thead>
          <tr>
            <th>{t('alerts.col.severity')}</th>
            <th>{t('alerts.col.rule')}</th>
            <th>{t('alerts.col.summary')}</th>
            <th>{t('alerts.col.since')}</th>
            <th />
          </tr>
        </thead>
        <tbody>{rows.map(row)}</tbody>
      </table>
    </div>
  );

  return (
    <section className="card">
      <h2>{t('alerts.firing')}</h2>
      {overview.firing.length ? (
        table(overview.firing, 'firing-table')
      ) : (
        <EmptyState testId="alerts-empty">{t('alerts.noFiring', { n: settings.evalIntervalSeconds })}</EmptyState>
      )}
      {overview.pending.length > 0 && (
        <>
          <h3 className="sub">{t('alerts.pending')}</h3>
          {table(overview.pending, 'pending-table')}
        </>
      )}
      {overview.resolved.length > 0 && (
        <>
          <h3 className="sub">{t('alerts.resolved')}</h3>
          {table(overview.resolved, 'resolved-table')}
        </>
      )}
      {overview.inactiveRules.length > 0 && (
        <p className="muted small" data-testid="inactive-rules">
          {t('alerts.inactiveRules', { rules: overview.inactiveRules.map(ruleName).join(', ') })}
        </p>
      )}
    </section>
  );
}
