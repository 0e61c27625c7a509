import { PageLink } from '../../components/PageLink';
import { useI18n } from '../../i18n/use-i18n';
import { useNow } from '../../stores/clock';
import { useCollectorStore } from '../../stores/collector';

/** The last error in words, with what to do about it. */
export function LastErrorBox() {
  const { t, fmt } = useI18n();
  const now = useNow();
  const err = useCollectorStore((s) => s.status?.lastError ?? null);

  return (
    <section className={`card${err ? ' card-error' : ''}`} data-testid="last-error" data-code={err?.code ?? ''}>
      <h2>{t('status.lastError')}</h2>
      {err ? (
        <>
          <p className="error-message">{err.message}</p>
          <p className="error-action">
            {err.action} <PageLink page="settings">{t('board.openSettings')}</PageLink>
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
