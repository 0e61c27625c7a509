/**
 * The plan of the next 24 h: each call with its time, sport, reason and credits, the total, the
 * warnings (bad budget, reset day moved, headers ≠ plan size), and the user's overrides — pin a
 * sport, raise today's budget.
 */
import { useState } from 'react';
import type { PlanCallView, PlanView } from '../../../../shared/domain/economy';
import { errorMessage } from '../../api';
import type { DictKey } from '../../i18n/fr';
import { useI18n } from '../../i18n/use-i18n';
import { useNames } from '../../i18n/names';
import { useSettingsStore } from '../../stores/settings';
import { useEconomyStore } from './economy-store';
import './economy.css';

/** Rows shown before "… and N more": the free /events refreshes would otherwise push the paid calls away. */
const MAX_ROWS = 14;

export function PlanPanel() {
  const { t, tp, fmt } = useI18n();
  const plan = useEconomyStore((s) => s.plan);
  if (!plan) return null;
  const rows = visibleCalls(plan.calls);
  const hidden = plan.calls.length - rows.length;
  const intro = plan.demo ? 'eco.planPreview' : plan.followed ? 'eco.planFollowed' : 'eco.planInterval';

  return (
    <section className="card plan-card" data-testid="plan-panel">
      <h2>{t('eco.plan')}</h2>
      <p className="muted plan-intro">{t(intro)}</p>
      <p className="plan-totals">
        <strong data-testid="plan-next24h">{t('eco.next24h', { n: fmt.number(plan.next24hCredits) })}</strong>
        <span className="muted"> · {t('eco.spendable', { n: fmt.number(plan.spendable), reserve: fmt.number(plan.budget.reserve) })}</span>
      </p>
      {plan.resumesAt !== null && <p className="note note-warn">{t('eco.resumes', { at: fmt.dateTime(plan.resumesAt) })}</p>}
      {plan.warnings.map((w, i) => {
        const n = plan.notes[i];
        const key = n ? (`eco.note.${n.code}` as DictKey) : null;
        const text = key && t(key) !== undefined && t(key) !== key ? t(key, n!.vars) : w;
        return (
          <p key={w} className="note note-warn" data-testid="plan-warning">
            {text}
          </p>
        );
      })}
      {rows.length === 0 ? (
        <p className="muted" data-testid="plan-empty">
          {t('eco.noCalls')}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="runs plan-table" data-testid="plan-table">
            <thead>
              <tr>
                <th>{t('eco.col.when')}</th>
                <th>{t('eco.col.what')}</th>
                <th>{t('eco.col.sport')}</th>
                <th>{t('eco.col.why')}</th>
                <th className="num">{t('eco.col.credits')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c, i) => (
                <PlanRow key={`${c.at}-${c.kind}-${c.sport ?? ''}-${i}`} c={c} />
              ))}
            </tbody>
          </table>
          {hidden > 0 && <p className="muted plan-more">{tp('eco.more', hidden)}</p>}
        </div>
      )}
      <PlanOverride plan={plan} />
    </section>
  );
}

function PlanRow({ c }: { c: PlanCallView }) {
  const { t, tp, fmt } = useI18n();
  const names = useNames();
  return (
    <tr data-kind={c.kind} data-reason={c.reason}>
      <td>{fmt.time(c.at)}</td>
      <td>{t(`eco.kind.${c.kind}` as DictKey)}</td>
      <td>{c.sport ? names.sport(c.sport) : '—'}</td>
      <td className={c.reason === 'closing' ? 'plan-closing' : undefined}>
        {c.reason === 'closing' && c.closingEvents > 0 ? tp('eco.closingFor', c.closingEvents) : t(`eco.reason.${c.reason}` as DictKey)}
      </td>
      <td className="num">{c.credits === 0 ? '0' : fmt.number(c.credits)}</td>
    </tr>
  );
}

/** Paid calls first in importance: every paid call, then free ones while room remains, in time order. */
function visibleCalls(calls: PlanCallView[]): PlanCallView[] {
  const paid = calls.filter((c) => c.credits > 0);
  const free = calls.filter((c) => c.credits === 0).slice(0, Math.max(0, MAX_ROWS - paid.length));
  return [...paid.slice(0, MAX_ROWS), ...free].sort((a, b) => a.at - b.at);
}

function PlanOverride({ plan }: { plan: PlanView }) {
  const { t, fmt } = useI18n();
  const names = useNames();
  const override = useEconomyStore((s) => s.override);
  const sports = useSettingsStore((s) => s.settings?.sports ?? []);
  const [sport, setSport] = useState('');
  const [boost, setBoost] = useState('20');
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const [resetDay, setResetDay] = useState(String(plan.budget.resetDay));
  const [reserve, setReserve] = useState(String(plan.budget.reserve));
  const [planned, setPlanned] = useState(plan.budget.planned);
  const pinned = plan.budget.pinnedSports;
  const choices = sports.filter((s) => !pinned.includes(s));
  const boostOn = plan.budget.boostUntil !== null && plan.budget.boostUntil > plan.now && plan.budget.boostCredits > 0;

  const apply = async (o: Parameters<typeof override>[0]): Promise<void> => {
    setMsg(null);
    try {
      await override(o);
      setMsg({ ok: true, text: t('eco.saved') });
    } catch (e) {
      setMsg({ ok: false, text: errorMessage(e) });
    }
  };

  return (
    <details className="plan-override" data-testid="plan-override">
      <summary>{t('eco.override')}</summary>
      <div className="plan-override-row">
        <label className="plan-field">
          <span>{t('eco.pin')}</span>
          <select value={sport} onChange={(e) => setSport(e.target.value)} data-testid="pin-select" title={t('eco.pinHelp')}>
            <option value="">—</option>
            {choices.map((s) => (
              <option key={s} value={s}>
                {names.sport(s)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!sport} onClick={() => void apply({ pin: sport }).then(() => setSport(''))} data-testid="pin-add">
          {t('eco.pinAdd')}
        </button>
      </div>
      {pinned.length > 0 && (
        <p className="plan-pins">
          <span className="muted">{t('eco.pinned')}</span>
          {pinned.map((s) => (
            <button
              key={s}
              type="button"
              className="chip"
              onClick={() => void apply({ unpin: s })}
              title={t('eco.unpin', { sport: names.sport(s) })}
            >
              {names.sport(s)} ×
            </button>
          ))}
        </p>
      )}
      <div className="plan-override-row">
        <label className="plan-field">
          <span>{t('eco.boost')}</span>
          <input type="number" min={0} step={1} value={boost} onChange={(e) => setBoost(e.target.value)} data-testid="boost-input" />
        </label>
        <button type="button" onClick={() => void apply({ boostCredits: Number(boost) })} data-testid="boost-apply">
          {t('eco.boostApply')}
        </button>
      </div>
      {boostOn && (
        <p className="plan-pins">
          <span>{t('eco.boostActive', { n: fmt.number(plan.budget.boostCredits), until: fmt.dateTime(plan.budget.boostUntil!) })}</span>
          <button type="button" className="chip" onClick={() => void apply({ boostCredits: 0 })}>
            {t('eco.boostCancel')}
          </button>
        </p>
      )}
      <div className="plan-override-row">
        <label className="plan-field">
          <span>{t('eco.resetDay')}</span>
          <input
            type="number"
            min={1}
            max={31}
            step={1}
            value={resetDay}
            onChange={(e) => setResetDay(e.target.value)}
            data-testid="reset-day-input"
          />
        </label>
        <label className="plan-field">
          <span>{t('eco.reserve')}</span>
          <input type="number" min={0} step={1} value={reserve} onChange={(e) => setReserve(e.target.value)} data-testid="reserve-input" />
        </label>
        <label className="plan-check">
          <input type="checkbox" checked={planned} onChange={(e) => setPlanned(e.target.checked)} data-testid="planned-check" />
          <span>{t('eco.plannedMode')}</span>
        </label>
        <button
          type="button"
          onClick={() => void apply({ resetDay: Number(resetDay), reserve: Number(reserve), planned })}
          data-testid="budget-apply"
        >
          {t('eco.budgetApply')}
        </button>
      </div>
      {msg && (
        <p className={msg.ok ? 'note' : 'note note-warn'} role="status">
          {msg.text}
        </p>
      )}
    </details>
  );
}
