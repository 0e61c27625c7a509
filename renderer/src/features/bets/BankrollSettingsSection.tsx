import { useEffect, useState, type KeyboardEvent } from 'react';
import { BANKROLL_SETTING_BOUNDS, type BankrollSettings } from '../../../../shared/domain/bankroll';
import { api, errorMessage } from '../../api';
import type { DictKey } from '../../i18n/fr';
import { useI18n } from '../../i18n/use-i18n';
import './bankroll.css';

type NumField = 'settleIntervalMinutes' | 'resultDelayMinutes' | 'noScoreFlagHours' | 'closeMaxAgeMinutes';
type TextField = NumField | 'sharpBookmaker';
/** What the user typed, over the saved settings: only the touched fields (a reload never clobbers typing). */
type Draft = Partial<Record<TextField, string> & { autoSettle: boolean }>;
type Note = { kind: 'ok' | 'error'; text: string } | null;

/** The same limits the host validates with (the contract's bankrollSettingsSchema). */
const BOUNDS = BANKROLL_SETTING_BOUNDS;
const BOOK_KEY_RE = /^[a-z0-9_]{2,60}$/;

const FIELDS: readonly { field: TextField; testId: string; label: DictKey; hint: DictKey; unit?: DictKey }[] = [
  {
    field: 'settleIntervalMinutes',
    testId: 'bankroll-settle-interval',
    label: 'bets.cfg.settleInterval',
    hint: 'bets.cfg.settleIntervalHint',
    unit: 'bets.cfg.unit.min',
  },
  {
    field: 'resultDelayMinutes',
    testId: 'bankroll-result-delay',
    label: 'bets.cfg.resultDelay',
    hint: 'bets.cfg.resultDelayHint',
    unit: 'bets.cfg.unit.min',
  },
  {
    field: 'noScoreFlagHours',
    testId: 'bankroll-no-score-hours',
    label: 'bets.cfg.noScoreFlag',
    hint: 'bets.cfg.noScoreFlagHint',
    unit: 'bets.cfg.unit.h',
  },
  {
    field: 'closeMaxAgeMinutes',
    testId: 'bankroll-close-max-age',
    label: 'bets.cfg.closeMaxAge',
    hint: 'bets.cfg.closeMaxAgeHint',
    unit: 'bets.cfg.unit.min',
  },
  { field: 'sharpBookmaker', testId: 'bankroll-sharp-book', label: 'bets.cfg.sharpBook', hint: 'bets.cfg.sharpBookHint' },
];

const isNumField = (f: TextField): f is NumField => f !== 'sharpBookmaker';

/** A whole number within the bounds, or null. */
function parseWhole(text: string, f: NumField): number | null {
  const s = text.trim();
  if (!/^\d{1,9}$/.test(s)) return null;
  const n = Number(s);
  const b = BOUNDS[f];
  return n >= b.min && n <= b.max ? n : null;
}

/**
 * Réglages → Paris et règlement: the bankroll's feature settings, validated as you type and saved
 * on their own (`bankroll:update-settings`, refused whole by the host on a bad field).
 */
export function BankrollSettingsSection() {
  const { t, fmt } = useI18n();
  const [settings, setSettings] = useState<BankrollSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft>({});
  const [saving, setSaving] = useState(false);
  const [note, setNote] = useState<Note>(null);

  useEffect(() => {
    let live = true;
    api.call('bankroll:get-settings', {}).then(
      (s) => live && setSettings(s),
      (e: unknown) => live && setLoadError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  if (!settings) {
    return (
      <fieldset className="section" data-testid="bankroll-settings">
        <legend>{t('bets.cfg.title')}</legend>
        <p data-testid="bankroll-settings-loading" className={loadError ? 'field-error' : 'muted'}>
          {loadError ? t('bets.cfg.loadError', { message: loadError }) : t('bets.cfg.loading')}
        </p>
      </fieldset>
    );
  }

  const text = (f: TextField): string => draft[f] ?? String(settings[f]);
  const autoSettle = draft.autoSettle ?? settings.autoSettle;
  const errors: Partial<Record<TextField, string>> = {};
  for (const { field } of FIELDS) {
    if (isNumField(field)) {
      if (parseWhole(text(field), field) === null) {
        errors[field] = t('bets.cfg.errWhole', { min: fmt.number(BOUNDS[field].min), max: fmt.number(BOUNDS[field].max) });
      }
    } else if (!BOOK_KEY_RE.test(text(field).trim())) {
      errors[field] = t('bets.cfg.errBook');
    }
  }
  const invalid = Object.keys(errors).length > 0;

  const change = (patch: Draft): void => {
    setDraft((d) => ({ ...d, ...patch }));
    setNote(null);
  };

  const save = async (): Promise<void> => {
    if (invalid || saving) return;
    const patch: Partial<BankrollSettings> = {};
    if (autoSettle !== settings.autoSettle) patch.autoSettle = autoSettle;
    for (const { field } of FIELDS) {
      if (isNumField(field)) {
        const n = parseWhole(text(field), field) as number;
        if (n !== settings[field]) patch[field] = n;
      } else {
        const key = text(field).trim();
        if (key !== settings.sharpBookmaker) patch.sharpBookmaker = key;
      }
    }
    if (Object.keys(patch).length === 0) {
      setDraft({});
      setNote({ kind: 'ok', text: t('bets.cfg.unchanged') });
      return;
    }
    setSaving(true);
    setNote(null);
    try {
      setSettings(await api.call('bankroll:update-settings', patch));
      setDraft({});
      setNote({ kind: 'ok', text: t('bets.cfg.saved') });
    } catch (e) {
      // Refused whole by the host: nothing saved, the draft stays for correction.
      setNote({ kind: 'error', text: `${t('bets.cfg.errorTitle')} ${errorMessage(e)}` });
    } finally {
      setSaving(false);
    }
  };

  // This section sits inside the Settings form: Enter saves these fields, not the whole form.
  const onKeyDown = (e: KeyboardEvent<HTMLFieldSetElement>): void => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
      e.preventDefault();
      void save();
    }
  };

  return (
    <fieldset className="section" data-testid="bankroll-settings" onKeyDown={onKeyDown}>
      <legend>{t('bets.cfg.title')}</legend>
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            data-testid="bankroll-auto-settle"
            checked={autoSettle}
            onChange={(e) => change({ autoSettle: e.target.checked })}
          />
          {t('bets.cfg.autoSettle')}
        </label>
        <span className="bk-hint">{t('bets.cfg.autoSettleHint')}</span>
      </div>
      <div className="bk-settings-grid">
        {FIELDS.map(({ field, testId, label, hint, unit }) => {
          const err = errors[field];
          return (
            <label className="field" key={field}>
              <span>{t(label)}</span>
              <span className="bk-input">
                <input
                  type="text"
                  inputMode={isNumField(field) ? 'numeric' : 'text'}
                  spellCheck={false}
                  className={`${isNumField(field) ? 'narrow' : 'bk-book'}${err ? ' invalid' : ''}`}
                  data-testid={testId}
                  aria-invalid={!!err}
                  value={text(field)}
                  onChange={(e) => change({ [field]: e.target.value })}
                />
                {unit && <span className="muted">{t(unit)}</span>}
              </span>
              <span className="bk-hint">{t(hint)}</span>
              {err && (
                <span className="field-error" data-testid={`${testId}-error`} role="alert">
                  {err}
                </span>
              )}
            </label>
          );
        })}
      </div>
      <div className="row bk-settings-actions">
        <button
          type="button"
          className="btn primary"
          data-testid="bankroll-settings-save"
          disabled={invalid || saving}
          onClick={() => void save()}
        >
          {saving ? t('bets.cfg.saving') : t('bets.cfg.save')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={Object.keys(draft).length === 0 || saving}
          onClick={() => {
            setDraft({});
            setNote(null);
          }}
        >
          {t('bets.cfg.reset')}
        </button>
        {invalid && <span className="field-error">{t('valid.fix')}</span>}
        {note?.kind === 'ok' && (
          <span className="note-inline ok" data-testid="bankroll-settings-saved" role="status">
            {note.text}
          </span>
        )}
      </div>
      {note?.kind === 'error' && (
        <div className="note note-error" data-testid="bankroll-settings-error" role="alert">
          {note.text}
        </div>
      )}
    </fieldset>
  );
}
