import { useEffect, useMemo, useState } from 'react';
import type { Opportunity } from '../../../../shared/domain/opportunities';
import { api, errorMessage } from '../../api';
import { useI18n } from '../../i18n/use-i18n';
import { missingLegs } from './log-legs';
import type { StakePlan } from './opportunity-view';

/** A stake typed with a comma or a dot → cents, or null. */
const toCents = (s: string): number | null => {
  const n = Number(s.trim().replace(',', '.'));
  return Number.isFinite(n) && n > 0 ? Math.round(n * 100) : null;
};
const toOdds = (s: string): number | null => {
  const n = Number(s.trim().replace(',', '.'));
  return Number.isFinite(n) && n > 1 ? n : null;
};

/**
 * One form for every leg still to place of a surebet (price and stake per leg, prefilled from
 * the stake plan, or from the hedge when the surebet is half placed), saved in one transaction.
 * A total above the real bankroll asks for a confirmation first.
 */
export function LogLegsForm({ o, plan }: { o: Opportunity; plan: StakePlan }) {
  const { t, tp, fmt, lang, outcome } = useI18n();
  // typed as the user would: a decimal comma in French
  const typed = (x: number) => (lang === 'fr' ? String(x).replace('.', ',') : String(x));
  const missing = useMemo(() => missingLegs(o), [o]);
  const [rows, setRows] = useState(() =>
    missing.map((m) => {
      const i = o.legs.findIndex((l) => l.outcome === m.outcome);
      const stake = m.hedgeStake ?? (plan.kind === 'split' ? plan.stakes[i] : null);
      return {
        outcome: m.outcome,
        point: o.legs[i]?.point ?? null,
        bookmaker: m.bookmaker,
        title: m.bookmakerTitle,
        odds: typed(m.price),
        stake: stake === null || stake === undefined ? '' : typed(stake),
      };
    }),
  );
  const [bankroll, setBankroll] = useState<number | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.call('bankroll:get-summary', {}).then(
      (s) => setBankroll(s.bankrollCents),
      () => setBankroll(null),
    );
  }, [o.placed.length]);

  if (missing.length === 0) return null;
  const parsed = rows.map((r) => ({ ...r, cents: toCents(r.stake), price: toOdds(r.odds) }));
  const valid = parsed.every((r) => r.cents !== null && r.price !== null);
  const total = parsed.reduce((a, r) => a + (r.cents ?? 0), 0);
  const over = bankroll !== null && total > bankroll;

  async function save() {
    setBusy(true);
    setMessage(null);
    try {
      const r = await api.call('opportunities:log-bets', {
        id: o.id,
        legs: parsed.map((p) => ({ selection: p.outcome, bookmaker: p.bookmaker, odds: p.price!, stakeCents: p.cents! })),
        confirmOverBankroll: over && confirmed,
      });
      setMessage({ ok: true, text: t('opp.log.saved', { n: r.bets.length }) });
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="opp-log" data-testid="opp-log-form" onSubmit={(e) => (e.preventDefault(), void save())}>
      <table className="grid">
        <thead>
          <tr>
            <th>{t('opp.math.outcome')}</th>
            <th>{t('opp.math.book')}</th>
            <th>{t('opp.log.odds')}</th>
            <th>{t('opp.log.stake')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.outcome}>
              <th>{outcome(r.outcome, r.point)}</th>
              <td>{r.title}</td>
              <td>
                <input
                  type="text"
                  inputMode="decimal"
                  className="num-input"
                  aria-label={t('opp.log.odds')}
                  data-testid="opp-log-odds"
                  aria-invalid={parsed[i]!.price === null}
                  value={r.odds}
                  onChange={(e) => setRows((rs) => rs.map((x, j) => (j === i ? { ...x, odds: e.target.value } : x)))}
                />
              </td>
              <td>
                <input
                  type="text"
                  inputMode="decimal"
                  className="num-input"
                  aria-label={t('opp.log.stake')}
                  data-testid="opp-log-stake"
                  aria-invalid={parsed[i]!.cents === null}
                  value={r.stake}
                  onChange={(e) => setRows((rs) => rs.map((x, j) => (j === i ? { ...x, stake: e.target.value } : x)))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        {t('opp.log.total', { total: fmt.money(total / 100) })}
        {bankroll !== null && ` · ${t('opp.log.bankroll', { bankroll: fmt.money(bankroll / 100) })}`}
      </p>
      {over && (
        <label className="check warn-text" data-testid="opp-log-over">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} data-testid="opp-log-confirm" />
          {t('opp.log.over', { total: fmt.money(total / 100), bankroll: fmt.money((bankroll ?? 0) / 100) })}
        </label>
      )}
      <button type="submit" className="btn primary" data-testid="opp-log-bets" disabled={busy || !valid || (over && !confirmed)}>
        {tp('opp.logBets', rows.length, { n: rows.length })}
      </button>
      {message && (
        <p className={message.ok ? 'ok-text' : 'error-text'} data-testid="opp-log-message" role="status">
          {message.text}
        </p>
      )}
    </form>
  );
}
