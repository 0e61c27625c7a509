import { useI18n } from '../i18n/use-i18n';
import { useUiStore } from '../stores/ui';
import { EmptyState } from './EmptyState';

/** In place of a page's "Loading…" when the load failed: what went wrong and a retry button. */
export function LoadFailed({ error, onRetry }: { error: string; onRetry: () => void }) {
  const { t } = useI18n();
  const connection = useUiStore((s) => s.connection);
  return (
    <div role="alert" data-testid="page-error">
      <EmptyState
        action={
          <button type="button" className="btn" data-testid="page-retry" onClick={onRetry}>
            {t('load.retry')}
          </button>
        }
      >
        {/* out of reach, the transport's message says nothing more than this, and in English */}
        {connection !== 'open' ? `${t('load.hostGone')} — ${t('load.autoRetry')}` : t('load.failed', { message: error })}
      </EmptyState>
    </div>
  );
}
