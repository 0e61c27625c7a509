import { useState } from 'react';
import type { AlertSettingsView, AlertsOverview } from '../../../../shared/domain/alerts';
import { errorMessage } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { useI18n } from '../../i18n/use-i18n';
import { useAlertsStore } from './alerts-store';
import { parseNum } from './rule-draft';

interface Props {
  overview: AlertsOverview;
  settings: AlertSettingsView;
  onError(message: string | null): void;
}

const HOUR = 3_600_000;

/** Active and recent silences (end one early), and a form for a new one. */
export function SilencesPanel({ overview, settings, onError }: Props) {
  const { t, fmt } = useI18n();
  const { createSilence, expireSilence } = useAlertsStore.getState();
  const [ruleId, setRuleId] = useState('*');
  const [eventId, setEventId] = useState('');
  const [bookmaker, setBookmaker] = useState('');
  const [duration, setDuration] = useState('1');
  const [hours, setHours] = useState('2');
  const [comment, setComment] = useState('');
  const custom = duration === 'custom' ? parseNum(hours, { min: 0.1, max: 24 * 90 }) : null;
  const name = (id: string | null) => (id === '*' ? t('alerts.silence.all') : (settings.rules.find((r) => r.id === id)?.name ?? id ?? ''));

  const submit = async () => {
    try {
      const base = { ruleId: ruleId || null, eventId: eventId.trim() || null, bookmaker: bookmaker.trim() || null, comment };
      if (duration === 'kickoff') await createSilence({ ...base, untilKickoff: true });
      else
        await createSilence({ ...base, durationMs: Math.round((duration === 'custom' ? (custom?.value ?? 1) : Number(duration)) * HOUR) });
      onError(null);
      setComment('');
    } catch (e) {
      onError(errorMessage(e));
    }
  };

  return (
    <section className="card">
      <h2>{t('alerts.silences')}</h2>
      {overview.silences.length === 0 ? (
        <EmptyState testId="silences-empty">{t('alerts.noSilences')}</EmptyState>
      ) : (
        <ul className="silences">
          {overview.silences.map((s) => (
            <li key={s.id} data-testid="silence-row" data-active={s.active}>
              <span className={s.active ? 'tag tag-on' : 'tag'}>
                {s.active ? t('alerts.silence.active') : t('alerts.silence.ended', { when: fmt.dateTime(s.expiredAt ?? s.endsAt) })}
              </span>{' '}
              <strong>{name(s.ruleId)}</strong>
              {s.eventId && <> · {s.eventId}</>}
              {s.bookmaker && <> · {s.bookmaker}</>}
              {s.active && <span className="muted small"> {t('alerts.silence.until', { when: fmt.dateTime(s.endsAt) })}</span>}
              {s.comment && <span className="muted small"> — {s.comment}</span>}
              {s.active && (
                <button
                  type="button"
                  className="btn btn-small"
                  data-testid="silence-expire"
                  onClick={() => void expireSilence(s.id).catch((e: unknown) => onError(errorMessage(e)))}
                >
                  {t('alerts.silence.expire')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="silence-form" data-testid="silence-form" onSubmit={(e) => (e.preventDefault(), void submit())}>
        <label className="field">
          <span>{t('alerts.silence.rule')}</span>
          <select data-testid="silence-rule" value={ruleId} onChange={(e) => setRuleId(e.target.value)}>
            <option value="*">{t('alerts.silence.anyRule')}</option>
            {settings.rules.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('alerts.silence.event')}</span>
          <input data-testid="silence-event" value={eventId} onChange={(e) => setEventId(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('alerts.silence.bookmaker')}</span>
          <input
            data-testid="silence-bookmaker"
            value={bookmaker}
            placeholder="betclic_fr"
            onChange={(e) => setBookmaker(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('alerts.silence.duration')}</span>
          <select data-testid="silence-duration" value={duration} onChange={(e) => setDuration(e.target.value)}>
            <option value="1">{t('alerts.snooze.1h')}</option>
            <option value="24">{t('alerts.snooze.24h')}</option>
            <option value="kickoff" disabled={!eventId.trim()}>
              {t('alerts.snooze.kickoff')}
            </option>
            <option value="custom">{t('alerts.silence.custom')}</option>
          </select>
        </label>
        {duration === 'custom' && (
          <label className="field">
            <span>{t('alerts.silence.customHours')}</span>
            <input
              data-testid="silence-hours"
              inputMode="decimal"
              value={hours}
              onChange={(e) => setHours(e.target.value)}
              aria-invalid={Boolean(custom?.error)}
            />
            {custom?.error && (
              <span className="field-error" role="alert">
                {t(custom.error.key, custom.error.vars)}
              </span>
            )}
          </label>
        )}
        <label className="field grow">
          <span>{t('alerts.silence.comment')}</span>
          <input data-testid="silence-comment" value={comment} maxLength={500} onChange={(e) => setComment(e.target.value)} />
        </label>
        <button
          type="submit"
          className="btn primary"
          data-testid="silence-create"
          disabled={Boolean(custom?.error) || (!ruleId && !eventId.trim() && !bookmaker.trim())}
        >
          {t('alerts.silence.create')}
        </button>
      </form>
    </section>
  );
}
