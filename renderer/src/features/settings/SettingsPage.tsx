import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { LoadFailed } from '../../components/LoadFailed';
import { usePageLoad } from '../../components/use-page-load';
import { BackupSection } from '../backup/BackupSection';
import { BankrollSettingsSection } from '../bets/BankrollSettingsSection';
import { useI18n } from '../../i18n/use-i18n';
import { useSettingsStore } from '../../stores/settings';
import { ApiKeySection } from './ApiKeySection';
import { CollectionSection } from './CollectionSection';
import { DisplaySection } from './DisplaySection';
import { formValues, toPatch, validate, type Draft, type FormValues } from './settings-draft';

type Saved = 'saved' | 'unchanged' | null;

/** Réglages: validated as you type; on a refusal the host's message is shown and nothing is saved. */
export function SettingsPage() {
  const { t } = useI18n();
  const settings = useSettingsStore((s) => s.settings);
  const update = useSettingsStore((s) => s.update);
  const [draft, setDraft] = useState<Draft>({});
  const [apiKey, setApiKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<Saved>(null);
  const [saving, setSaving] = useState(false);

  const { error: loadError, retry } = usePageLoad(() => useSettingsStore.getState().load());
  if (!settings) return loadError ? <LoadFailed error={loadError} onRetry={retry} /> : <EmptyState>{t('settings.loading')}</EmptyState>;
  const values = formValues(settings, draft);
  const errors = validate(values);
  const invalid = Object.keys(errors).length > 0;
  const dirty = Object.keys(draft).length > 0 || apiKey.trim() !== '';

  const change = (patch: Partial<FormValues>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaved(null);
  };
  const onSubmit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (invalid || saving) return;
    const patch = toPatch(settings, values, apiKey);
    if (Object.keys(patch).length === 0) {
      setDraft({});
      setError(null);
      setSaved('unchanged');
      return;
    }
    setSaving(true);
    try {
      await update(patch);
      setDraft({});
      setApiKey('');
      setError(null);
      setSaved('saved');
    } catch (err) {
      // The host refused: nothing was saved, the draft stays for correction.
      setError(errorMessage(err));
      setSaved(null);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="settings" data-testid="settings-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <h1>{t('settings.title')}</h1>
      <ApiKeySection
        settings={settings}
        apiKey={apiKey}
        onApiKey={(v) => {
          setApiKey(v);
          setSaved(null);
        }}
        forceDemo={values.forceDemo}
        onForceDemo={(forceDemo) => change({ forceDemo })}
        onError={setError}
      />
      <CollectionSection settings={settings} values={values} errors={errors} onChange={change} />
      <DisplaySection settings={settings} onError={setError} />
      <BankrollSettingsSection />
      <BackupSection />
      <div className="form-actions">
        {error && (
          <div className="note note-error" data-testid="settings-error" role="alert">
            <strong>{t('settings.errorTitle')}</strong> {error}
          </div>
        )}
        <button type="submit" className="btn primary" data-testid="settings-save" disabled={invalid || saving}>
          {saving ? t('settings.saving') : t('settings.save')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={!dirty || saving}
          onClick={() => {
            setDraft({});
            setApiKey('');
            setError(null);
          }}
        >
          {t('settings.reset')}
        </button>
        {invalid && <span className="field-error">{t('valid.fix')}</span>}
        {saved && (
          <span className="note-inline ok" data-testid="settings-saved" role="status">
            {saved === 'saved' ? t('settings.saved') : t('settings.unchanged')}
          </span>
        )}
      </div>
    </form>
  );
}
