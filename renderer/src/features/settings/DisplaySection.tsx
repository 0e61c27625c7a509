import type { Language, Settings, Theme } from '../../../../shared/domain/collector';
import { errorMessage } from '../../api';
import { useI18n } from '../../i18n/use-i18n';
import { useSettingsStore } from '../../stores/settings';

const THEMES: readonly Theme[] = ['system', 'dark', 'light'];

/** Language and theme apply at once (each saved on its own), unlike the rest of the form. */
export function DisplaySection({ settings, onError }: { settings: Settings; onError: (m: string | null) => void }) {
  const { t } = useI18n();
  const update = useSettingsStore((s) => s.update);
  const save = async (patch: { language?: Language; theme?: Theme }): Promise<void> => {
    try {
      await update(patch);
      onError(null);
    } catch (e) {
      onError(errorMessage(e));
    }
  };

  return (
    <fieldset className="section">
      <legend>{t('settings.display')}</legend>
      <div className="row">
        <label className="field">
          <span>{t('settings.language')}</span>
          <select data-testid="lang-select" value={settings.language} onChange={(e) => void save({ language: e.target.value as Language })}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
        <label className="field">
          <span>{t('settings.theme')}</span>
          <select data-testid="theme-select" value={settings.theme} onChange={(e) => void save({ theme: e.target.value as Theme })}>
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {t(`settings.theme.${th}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </fieldset>
  );
}
