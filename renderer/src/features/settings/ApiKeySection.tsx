import { useState } from 'react';
import type { KeyTestResult, Settings } from '../../../../shared/domain/collector';
import { errorMessage } from '../../api';
import { useI18n } from '../../i18n/use-i18n';
import { useSettingsStore } from '../../stores/settings';

interface Props {
  settings: Settings;
  apiKey: string;
  onApiKey: (v: string) => void;
  forceDemo: boolean;
  onForceDemo: (v: boolean) => void;
  onError: (message: string | null) => void;
}

/** The key: masked when saved, a password box for a new one, test and delete. */
export function ApiKeySection({ settings, apiKey, onApiKey, forceDemo, onForceDemo, onError }: Props) {
  const { t, fmt } = useI18n();
  const testKey = useSettingsStore((s) => s.testKey);
  const update = useSettingsStore((s) => s.update);
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<KeyTestResult | { ok: false; message: string; quota: null } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const onTest = async (): Promise<void> => {
    setTesting(true);
    setResult(null);
    try {
      setResult(await testKey(apiKey.trim() || undefined));
    } catch (e) {
      setResult({ ok: false, message: errorMessage(e), quota: null });
    } finally {
      setTesting(false);
    }
  };
  const onDelete = async (): Promise<void> => {
    if (!confirmDelete) return setConfirmDelete(true);
    setConfirmDelete(false);
    try {
      await update({ apiKey: null });
      onError(null);
      setResult(null);
    } catch (e) {
      onError(errorMessage(e));
    }
  };
  const n = (x: number | null | undefined) => (x == null ? '—' : fmt.number(x));

  return (
    <fieldset className="section">
      <legend>{t('settings.key')}</legend>
      <p className="muted" data-testid="api-key-masked">
        {settings.apiKeySet && settings.apiKeyMasked ? t('settings.keyCurrent', { masked: settings.apiKeyMasked }) : t('settings.keyNone')}
      </p>
      {settings.keyStorage && settings.apiKeySet && (
        <p className={settings.keyStorage === 'keychain' || settings.keyStorage === 'env' ? 'muted' : 'warn'} data-testid="api-key-storage">
          {t(`settings.keyStorage.${settings.keyStorage}`)}
        </p>
      )}
      <div className="row">
        <label className="field grow">
          <span>{t('settings.keyNew')}</span>
          <input
            type="password"
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            data-testid="api-key-input"
            placeholder={t('settings.keyPlaceholder')}
            value={apiKey}
            onChange={(e) => onApiKey(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="btn"
          data-testid="key-test"
          disabled={testing || (!apiKey.trim() && !settings.apiKeySet)}
          onClick={() => void onTest()}
        >
          {testing ? t('settings.keyTesting') : t('settings.keyTest')}
        </button>
        {settings.apiKeySet && (
          <button
            type="button"
            className={`btn${confirmDelete ? ' danger' : ''}`}
            data-testid="key-delete"
            onClick={() => void onDelete()}
            onBlur={() => setConfirmDelete(false)}
          >
            {confirmDelete ? t('settings.keyDeleteConfirm') : t('settings.keyDelete')}
          </button>
        )}
      </div>
      {result && (
        <p className={`note ${result.ok ? 'note-ok' : 'note-error'}`} data-testid="key-test-result" data-ok={result.ok} role="status">
          {result.message}
          {result.quota && ` — ${t('settings.keyQuota', { remaining: n(result.quota.remaining), used: n(result.quota.used) })}`}
        </p>
      )}
      <label className="check">
        <input type="checkbox" data-testid="force-demo" checked={forceDemo} onChange={(e) => onForceDemo(e.target.checked)} />
        {t('settings.demo')}
      </label>
      {settings.demoMode && <p className="muted small">{t('settings.demoActive')}</p>}
    </fieldset>
  );
}
