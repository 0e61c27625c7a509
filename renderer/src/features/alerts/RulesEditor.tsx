import { useEffect, useMemo, useState } from 'react';
import type { AlertRule, AlertRuleKind, AlertSettingsView } from '../../../../shared/domain/alerts';
import { errorMessage } from '../../api';
import { useI18n } from '../../i18n/use-i18n';
import { useAlertsStore } from './alerts-store';
import { fromDraft, newRule, toDraft, type FieldErr, type RuleDraft, type RuleField } from './rule-draft';

const KINDS: AlertRuleKind[] = ['bankroll', 'roi', 'winRate', 'collectorDown', 'noData', 'opportunity', 'quota', 'emailFailing'];

/** Every rule: thresholds and durations as text, validated as you type; add and remove rules. */
export function RulesEditor({ settings }: { settings: AlertSettingsView }) {
  const { t } = useI18n();
  const [drafts, setDrafts] = useState<RuleDraft[]>(() => settings.rules.map(toDraft));
  const [kind, setKind] = useState<AlertRuleKind>('bankroll');
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => setDrafts(settings.rules.map(toDraft)), [settings.rules]);

  const parsed = useMemo(() => drafts.map(fromDraft), [drafts]);
  const invalid = parsed.some((p) => !p.rule);
  const edit = (i: number, patch: Partial<RuleDraft>) => {
    setNote(null);
    setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  };
  const save = async () => {
    try {
      await useAlertsStore.getState().updateSettings({ rules: parsed.map((p) => p.rule as AlertRule) });
      setNote({ ok: true, text: t('alerts.rule.saved') });
    } catch (e) {
      setNote({ ok: false, text: errorMessage(e) });
    }
  };
  const err = (e: FieldErr | undefined, id: string, f: RuleField) =>
    e ? (
      <span className="field-error" role="alert" data-testid={`rule-error-${id}-${f}`}>
        {t(e.key, e.vars)}
      </span>
    ) : null;
  const unitOf = (d: RuleDraft, f: 'threshold' | 'minSettled' | 'forMin' | 'keepMin' | 'repeatH'): string =>
    f === 'threshold' ? t(`alerts.unit.${d.kind}`) : f === 'minSettled' ? t('alerts.unit.bets') : f === 'repeatH' ? 'h' : 'min';
  const num = (
    d: RuleDraft,
    i: number,
    f: 'threshold' | 'minSettled' | 'forMin' | 'keepMin' | 'repeatH',
    label: string,
    errs: Partial<Record<RuleField, FieldErr>>,
    placeholder?: string,
  ) => (
    <td className={errs[f] ? 'invalid' : undefined}>
      <span className="num-with-unit">
        <input
          className="num-input"
          inputMode="decimal"
          aria-label={`${d.name} — ${label}`}
          aria-invalid={Boolean(errs[f])}
          data-testid={`rule-${f}-${d.id}`}
          value={d[f]}
          placeholder={placeholder}
          onChange={(e) => edit(i, { [f]: e.target.value })}
        />
        <span className="unit" data-testid={`rule-unit-${f}-${d.id}`}>
          {unitOf(d, f)}
        </span>
      </span>
      {err(errs[f], d.id, f)}
    </td>
  );

  return (
    <section className="card">
      <h2>{t('alerts.rules')}</h2>
      <div className="table-wrap">
        <table className="runs rules-table" data-testid="rules-table">
          <thead>
            <tr>
              <th>{t('alerts.rule.enabled')}</th>
              <th>{t('alerts.rule.name')}</th>
              <th>{t('alerts.rule.threshold')}</th>
              <th>{t('alerts.rule.minSettled')}</th>
              <th>{t('alerts.rule.for')}</th>
              <th>{t('alerts.rule.keep')}</th>
              <th>{t('alerts.rule.repeat')}</th>
              <th>{t('alerts.col.severity')}</th>
              <th>{t('alerts.rule.desktop')}</th>
              <th>{t('alerts.rule.email')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {drafts.map((d, i) => {
              const errs = parsed[i]?.errors ?? {};
              const builtIn = settings.rules.some((r) => r.id === d.id) && !/-\d+$/.test(d.id);
              return (
                <tr key={d.id} data-testid="rule-row" data-rule={d.id}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${d.name} — ${t('alerts.rule.enabled')}`}
                      checked={d.enabled}
                      onChange={(e) => edit(i, { enabled: e.target.checked })}
                    />
                  </td>
                  <td className={`rule-name${errs.name ? ' invalid' : ''}`}>
                    <input
                      className="name-input"
                      title={d.name}
                      size={Math.min(24, Math.max(10, d.name.length + 1))}
                      aria-label={t('alerts.rule.name')}
                      value={d.name}
                      maxLength={80}
                      onChange={(e) => edit(i, { name: e.target.value })}
                    />
                    <div className="muted small rule-kind">
                      {t(`alerts.kind.${d.kind}`)} {d.threshold} {t(`alerts.unit.${d.kind}`)}
                      {d.kind === 'opportunity' && (
                        <input
                          className="sport-input"
                          aria-label={t('alerts.rule.sport')}
                          placeholder={t('alerts.rule.sport')}
                          value={d.sport ?? ''}
                          onChange={(e) => edit(i, { sport: e.target.value || null })}
                        />
                      )}
                    </div>
                    {err(errs.name, d.id, 'name')}
                    {err(errs.sport, d.id, 'sport')}
                  </td>
                  {num(d, i, 'threshold', t('alerts.rule.threshold'), errs)}
                  {d.kind === 'roi' || d.kind === 'winRate' ? (
                    num(d, i, 'minSettled', t('alerts.rule.minSettled'), errs)
                  ) : (
                    <td className="muted">—</td>
                  )}
                  {num(d, i, 'forMin', t('alerts.rule.for'), errs)}
                  {num(d, i, 'keepMin', t('alerts.rule.keep'), errs)}
                  {num(d, i, 'repeatH', t('alerts.rule.repeat'), errs, t('alerts.rule.once'))}
                  <td>
                    <select
                      aria-label={t('alerts.col.severity')}
                      value={d.severity}
                      onChange={(e) => edit(i, { severity: e.target.value as RuleDraft['severity'] })}
                    >
                      {(['critical', 'warning', 'info'] as const).map((s) => (
                        <option key={s} value={s}>
                          {t(`alerts.sev.${s}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('alerts.rule.desktop')}
                      checked={d.desktop}
                      onChange={(e) => edit(i, { desktop: e.target.checked })}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={t('alerts.rule.email')}
                      value={d.email}
                      onChange={(e) => edit(i, { email: e.target.value as RuleDraft['email'] })}
                    >
                      {(['immediate', 'digest', 'off'] as const).map((m) => (
                        <option key={m} value={m}>
                          {t(`alerts.rule.email.${m}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {!builtIn && (
                      <button type="button" className="btn btn-small" onClick={() => setDrafts((ds) => ds.filter((_, j) => j !== i))}>
                        {t('alerts.rule.remove')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <select
          aria-label={t('alerts.rule.add')}
          data-testid="rule-add-kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as AlertRuleKind)}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`alerts.kind.${k}`)} … {t(`alerts.unit.${k}`)}
            </option>
          ))}
        </select>
        <button type="button" className="btn" data-testid="rule-add" onClick={() => setDrafts((ds) => [...ds, newRule(kind, ds)])}>
          {t('alerts.rule.add')}
        </button>
        <span className="grow" />
        {note && (
          <span
            className={`note ${note.ok ? 'note-ok' : 'note-error'}`}
            role="status"
            data-testid={note.ok ? 'rules-saved' : 'rules-error'}
          >
            {note.text}
          </span>
        )}
        <button type="button" className="btn primary" data-testid="rules-save" disabled={invalid} onClick={() => void save()}>
          {t('alerts.rule.save')}
        </button>
      </div>
    </section>
  );
}
