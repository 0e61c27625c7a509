import { useEffect, useMemo, useState, type ReactElement } from 'react';
import type { AlertSettingsView, AlertsOverview } from '../../../../shared/domain/alerts';
import { isEmailAddress } from '../../../../shared/ipc/email-address';
import { errorMessage } from '../../api';
import { useI18n } from '../../i18n/use-i18n';
import { useAlertsStore } from './alerts-store';
import { parseNum, type FieldErr } from './rule-draft';

type Draft = {
  enabled: boolean;
  host: string;
  port: string;
  secure: boolean;
  user: string;
  from: string;
  to: string;
  digest: boolean;
  digestHour: string;
};

/** Validates the typed e-mail settings; returns the errors per field. */
export function emailErrors(d: Draft): Partial<Record<keyof Draft, FieldErr>> {
  const e: Partial<Record<keyof Draft, FieldErr>> = {};
  const port = parseNum(d.port, { min: 1, max: 65535, integer: true });
  if (port.error) e.port = port.error;
  const hour = parseNum(d.digestHour, { min: 0, max: 23, integer: true });
  if (hour.error) e.digestHour = hour.error;
  if (d.host && !/^[A-Za-z0-9.-]+$/.test(d.host.trim())) e.host = { key: 'alerts.err.host' };
  for (const f of ['from', 'to'] as const)
    if (d[f].trim() && !isEmailAddress(d[f].trim())) e[f] = { key: 'alerts.err.email', vars: { value: d[f].trim() } };
  return e;
}

/** SMTP server, addresses and digest, "send a test"; the password is write-only. */
export function EmailSettings({ settings, overview }: { settings: AlertSettingsView; overview: AlertsOverview }) {
  const { t } = useI18n();
  const toDraft = (s: AlertSettingsView): Draft => ({ ...s.email, port: String(s.email.port), digestHour: String(s.email.digestHour) });
  const [d, setD] = useState<Draft>(() => toDraft(settings));
  const [password, setPassword] = useState('');
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => setD(toDraft(settings)), [settings]);
  const errs = useMemo(() => emailErrors(d), [d]);
  const env = settings.smtpFromEnv;
  const set = (p: Partial<Draft>) => (setNote(null), setD((x) => ({ ...x, ...p })));

  const save = async (clearPassword = false) => {
    try {
      await useAlertsStore.getState().updateSettings({
        email: {
          ...d,
          host: d.host.trim(),
          user: d.user.trim(),
          from: d.from.trim(),
          to: d.to.trim(),
          port: Number(d.port),
          digestHour: Number(d.digestHour),
        },
        ...(clearPassword ? { smtpPassword: null } : password ? { smtpPassword: password } : {}),
      });
      setPassword('');
      setNote({ ok: true, text: t('alerts.email.saved') });
    } catch (e) {
      setNote({ ok: false, text: errorMessage(e) });
    }
  };
  const field = (f: keyof Draft, label: string, input: ReactElement) => (
    <label className={`field${errs[f] ? ' invalid' : ''}`}>
      <span>{label}</span>
      {input}
      {errs[f] && (
        <span className="field-error" role="alert" data-testid={`email-error-${f}`}>
          {t(errs[f].key, errs[f].vars)}
        </span>
      )}
    </label>
  );
  const text = (f: 'host' | 'user' | 'from' | 'to' | 'port' | 'digestHour', props: Record<string, unknown> = {}) => (
    <input
      data-testid={`email-${f}`}
      value={d[f]}
      disabled={env && (f === 'host' || f === 'port' || f === 'user')}
      aria-invalid={Boolean(errs[f])}
      onChange={(e) => set({ [f]: e.target.value })}
      {...props}
    />
  );

  return (
    <section className="card">
      <h2>{t('alerts.email')}</h2>
      <form className="email-form" data-testid="email-form" onSubmit={(e) => (e.preventDefault(), void save())}>
        <label className="check">
          <input type="checkbox" data-testid="email-enabled" checked={d.enabled} onChange={(e) => set({ enabled: e.target.checked })} />
          {t('alerts.email.enabled')}
        </label>
        {env && <p className="muted small">{t('alerts.email.fromEnv', { server: overview.email.server ?? '' })}</p>}
        <div className="email-grid">
          {field('host', t('alerts.email.host'), text('host', { placeholder: 'smtp.gmail.com', spellCheck: false }))}
          {field('port', t('alerts.email.port'), text('port', { inputMode: 'numeric' }))}
          <label className="check">
            <input
              type="checkbox"
              checked={d.secure}
              disabled={env}
              onChange={(e) => set({ secure: e.target.checked, port: e.target.checked ? '465' : '587' })}
            />
            {t('alerts.email.secure')}
          </label>
          {field('user', t('alerts.email.user'), text('user', { autoComplete: 'off', spellCheck: false }))}
          <label className="field">
            <span>{t('alerts.email.password')}</span>
            <input
              type="password"
              autoComplete="new-password"
              data-testid="email-password"
              disabled={env}
              value={password}
              placeholder={settings.smtpPasswordSet ? t('alerts.email.passwordSet') : ''}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          {field('from', t('alerts.email.from'), text('from', { placeholder: 'moi@gmail.com', spellCheck: false }))}
          {field('to', t('alerts.email.to'), text('to', { placeholder: 'moi@gmail.com', spellCheck: false }))}
          <label className="check">
            <input type="checkbox" checked={d.digest} onChange={(e) => set({ digest: e.target.checked })} />
            {t('alerts.email.digest')}
          </label>
          {field('digestHour', t('alerts.email.digestHour'), text('digestHour', { inputMode: 'numeric' }))}
        </div>
        <p className="muted small">{t('alerts.email.gmail')}</p>
        <div className="form-actions">
          {settings.smtpPasswordSet && !env && (
            <button type="button" className="btn" onClick={() => void save(true)}>
              {t('alerts.email.passwordDelete')}
            </button>
          )}
          <span className="grow" />
          {note && (
            <span
              className={`note ${note.ok ? 'note-ok' : 'note-error'}`}
              role="status"
              data-testid={note.ok ? 'email-saved' : 'email-error'}
            >
              {note.text}
            </span>
          )}
          <button type="submit" className="btn primary" data-testid="email-save" disabled={Object.keys(errs).length > 0}>
            {t('alerts.email.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
