import { api } from '../api';
import { useI18n } from '../i18n/use-i18n';
import { loadAll } from '../stores/subscribe-main-events';
import { useUiStore } from '../stores/ui';

/** Says when the host is out of reach or the first load failed, with a way to retry. */
export function ConnectionBanner() {
  const { t } = useI18n();
  const connection = useUiStore((s) => s.connection);
  const loadError = useUiStore((s) => s.loadError);

  if (api.kind === 'none') return <div className="banner banner-error">{t('conn.none')}</div>;
  if (connection === 'reconnecting') return <div className="banner banner-warn">{t('conn.reconnecting')}</div>;
  if (connection === 'connecting') return <div className="banner">{t('conn.connecting')}</div>;
  if (loadError) {
    return (
      <div className="banner banner-error" data-testid="load-error">
        {t('load.failed', { message: loadError })}{' '}
        <button type="button" className="link" onClick={() => void loadAll()}>
          ↻
        </button>
      </div>
    );
  }
  return null;
}
