import { useState } from 'react';
import { parseMoneyToCents } from '../../../../shared/domain/bets';
import { api, errorMessage } from '../../api';
import { useI18n } from '../../i18n/use-i18n';
import { useBankrollStore } from './bankroll-store';

/** The bankroll now, and a deposit / withdrawal form. */
export function BankrollBar() {
  const { t, tp, fmt } = useI18n();
  const s = useBankrollStore((x) => x.summary);
  const [kind, setKind] = useState<'deposit' | 'withdrawal'>('deposit');
  const [amount, setAmount] = useState('');
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const cents = parseMoneyToCents(amount);
  const bad = amount.trim() !== '' && (cents === null || cents <= 0);

  async function add() {
    if (cents === null || cents <= 0) return setMsg({ ok: false, text: t('bets.err.amount') });
    try {
      const tx = await api.call('bankroll:add-transaction', { kind, amountCents: cents });
      setMsg({
        ok: true,
        text: t('bets.txDone', {
          kind: t(kind === 'deposit' ? 'bets.deposit' : 'bets.withdrawal'),
          amount: fmt.money(tx.amountCents / 100),
        }),
      });
      setAmount('');
    } catch (e) {
      setMsg({ ok: false, text: errorMessage(e) });
    }
  }

  return (
    <div className="card bankroll-bar">
      <div title={t('bets.bankrollTip')}>
        <div className="muted small">{t('bets.bankroll')}</div>
        <div className="big num" data-testid="bankroll-balance">
          {s ? fmt.money(s.bankrollCents / 100) : '…'}
        </div>
        {s && s.pending > 0 && (
          <div className="muted small">{tp('bets.pendingStake', s.pending, { amount: fmt.money(s.pendingStakeCents / 100) })}</div>
        )}
      </div>
      <form className="tx-form" onSubmit={(e) => (e.preventDefault(), void add())}>
        <select value={kind} data-testid="tx-kind" onChange={(e) => setKind(e.target.value as 'deposit' | 'withdrawal')}>
          <option value="deposit">{t('bets.deposit')}</option>
          <option value="withdrawal">{t('bets.withdrawal')}</option>
        </select>
        <input
          type="text"
          inputMode="decimal"
          placeholder={t('bets.amount')}
          value={amount}
          aria-invalid={bad}
          data-testid="tx-amount"
          onChange={(e) => setAmount(e.target.value)}
        />
        <button type="submit" className="btn" data-testid="tx-add">
          {t('bets.add')}
        </button>
        {bad && <span className="field-error">{t('bets.err.amount')}</span>}
        {msg && !bad && (
          <span className={`note-inline ${msg.ok ? 'ok' : 'warn'}`} data-testid="tx-message">
            {msg.text}
          </span>
        )}
      </form>
    </div>
  );
}
