import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { useBoardStore } from '../../stores/board';
import { CheckList } from './CheckList';
import { COMMON_SPORTS, SPORT_KEY_RE, toggle } from './settings-draft';

/** Common sport keys as checkboxes, plus any other key typed in. */
export function SportPicker({ selected, onChange }: { selected: string[]; onChange: (v: string[]) => void }) {
  const { t } = useI18n();
  const known = useBoardStore((s) => s.sports);
  const [other, setOther] = useState('');
  const options = [...new Set([...Object.keys(COMMON_SPORTS), ...known.map((s) => s.key), ...selected])];
  const title = (key: string) => known.find((s) => s.key === key)?.title ?? COMMON_SPORTS[key] ?? key;
  const otherKey = other.trim().toLowerCase();
  const otherBad = otherKey !== '' && !SPORT_KEY_RE.test(otherKey);

  const add = (): void => {
    if (!otherKey || otherBad) return;
    onChange(toggle(selected, otherKey, true));
    setOther('');
  };

  return (
    <div className="field">
      <span>{t('settings.sports')}</span>
      <CheckList
        testId="sports-list"
        showKeys
        options={options}
        selected={selected}
        label={title}
        onToggle={(v, on) => onChange(toggle(selected, v, on))}
      />
      <div className="row">
        <input
          type="text"
          className={otherBad ? 'invalid' : undefined}
          data-testid="sport-other-input"
          placeholder={t('settings.sportOther')}
          aria-label={t('settings.sportOther')}
          value={other}
          onChange={(e) => setOther(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="btn small" disabled={!otherKey || otherBad} onClick={add}>
          {t('settings.sportAdd')}
        </button>
        {otherBad && <span className="field-error">{t('valid.sportKey')}</span>}
      </div>
    </div>
  );
}
