import { useState } from 'react';
import type { AlertsOverview, ChannelTestResult, NotifyChannel } from '../../../../shared/domain/alerts';
import { errorMessage } from '../../api';
import type { DictKey } from '../../i18n/fr';
import { useI18n } from '../../i18n/use-i18n';
import { useAlertsStore } from './alerts-store';

const CHANNELS: NotifyChannel[] = ['inapp', 'desktop', 'email'];

/** "Send a test" per channel, with each channel's state. */
export function ChannelTests({ overview }: { overview: AlertsOverview }) {
  const { t, fmt, has, msg } = useI18n();
  const [busy, setBusy] = useState<NotifyChannel | null>(null);
  const [results, setResults] = useState<Partial<Record<NotifyChannel, ChannelTestResult>>>({});

  const run = async (c: NotifyChannel) => {
    setBusy(c);
    try {
      const r = await useAlertsStore.getState().test(c);
      setResults((x) => ({ ...x, [c]: r }));
    } catch (e) {
      setResults((x) => ({ ...x, [c]: { ok: false, message: errorMessage(e) } }));
    } finally {
      setBusy(null);
    }
  };
  const e = overview.email;

  return (
    <section className="card">
      <h2>{t('alerts.channels')}</h2>
      <ul className="channels">
        {CHANNELS.map((c) => (
          <li key={c}>
            <span className="channel-name">{t(`alerts.channel.${c}`)}</span>
            <button
              type="button"
              className="btn btn-small"
              data-testid={`channel-test-${c}`}
              disabled={busy !== null}
              onClick={() => void run(c)}
            >
              {busy === c ? t('alerts.testing') : t('alerts.test')}
            </button>
            {c === 'desktop' && !overview.desktop.available && (
              <span className="muted small">
                {t('alerts.desktopUnavailable', {
                  reason:
                    overview.desktop.code && has(`alerts.desktop.${overview.desktop.code}`)
                      ? t(`alerts.desktop.${overview.desktop.code}` as DictKey)
                      : (overview.desktop.reason ?? ''),
                })}
              </span>
            )}
            {c === 'email' && (
              <span className={`small ${e.configured ? 'muted' : 'warn'}`} data-testid="email-status">
                {e.configured
                  ? t('alerts.email.status', { server: e.server ?? '', n: e.outboxPending }) +
                    (e.lastSentAt ? ` · ${t('alerts.email.lastSent', { when: fmt.dateTime(e.lastSentAt) })}` : '')
                  : t('alerts.email.notConfigured', {
                      problem:
                        overview.emailProblemCode && has(`alerts.emailProblem.${overview.emailProblemCode}`)
                          ? t(`alerts.emailProblem.${overview.emailProblemCode}` as DictKey)
                          : (e.lastError ?? ''),
                    })}
              </span>
            )}
            {results[c] && (
              <p
                className={`note ${results[c].ok ? 'note-ok' : 'note-error'}`}
                role="status"
                data-testid={`channel-test-result-${c}`}
                data-ok={results[c].ok}
              >
                {results[c].msg ? msg(results[c].msg, results[c].message) : results[c].message}
              </p>
            )}
          </li>
        ))}
      </ul>
      {e.configured && e.lastError && (
        <p className="note note-error" data-testid="email-last-error">
          {e.lastError}
        </p>
      )}
    </section>
  );
}
