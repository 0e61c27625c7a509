import { actionKey } from '../../../../shared/i18n/domain-texts';
import { PageLink } from '../../components/PageLink';
import { useI18n } from '../../i18n/use-i18n';
import { useNow } from '../../stores/clock';
import { useCollectorStore } from '../../stores/collector';

/** The last error in words, with what to do about it. */
export function LastErrorBox() {
  const { t, fmt, errorText, has } = useI18n();
  const now = useNow();
  const err = useCollectorStore((s) => s.status?.lastError ?? null);

  return (
    <section className={`card${err ? ' card-error' : ''}`} data-testid="last-error" data-code={err?.code ?? ''}>
      <h2>{t('status.lastError')}</h2>
      {err ? (
        <>
          <p className="error-message" title={err.message}>
            {errorText(err.code, err.message, err.message)}
          </p>
          <p className="error-action">
            {has(`error.${err.code}`) ? t(actionKey(err.code)) : err.action} <PageLink page="settings">{t('board.openSettings')}</PageLink>
          </p>
          <p className="muted small">
            {err.code} · {fmt.dateTime(err.at)} ({fmt.relative(err.at, now)})
          </p>
        </>
      ) : (
        <p className="muted">{t('status.noError')}</p>
      )}
    </section>
  );
}
