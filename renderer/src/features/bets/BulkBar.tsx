/** Bulk settle: one status for every selected bet (each checked by the host like an inline change). */
import { useState } from 'react';
import { BET_STATUSES, type Bet, type BetStatus } from '../../../../shared/domain/bets';
import { api, errorMessage } from '../../api';
import { useI18n } from '../../i18n/use-i18n';
import { statusesFor } from './bet-cells';
import { useBankrollStore } from './bankroll-store';

/** Statuses a bulk change may set: a cash-out needs its own amount, so it is set one by one. */
const BULK: BetStatus[] = BET_STATUSES.filter((s) => s !== 'cashed_out');

export function BulkBar({ bets, onDone }: { bets: Bet[]; onDone(note: string | null): void }) {
  const { t, tp } = useI18n();
  const [status, setStatus] = useState<BetStatus>('won');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const fits = bets.filter((b) => statusesFor(b).includes(status));

  async function apply() {
    setBusy(true);
    setNote(null);
    let done = 0;
    const errors: string[] = [];
    for (const b of fits) {
      try {
        useBankrollStore.getState().applyBet(await api.call('bankroll:set-bet-status', { id: b.id, status }));
        done++;
      } catch (e) {
        errors.push(`#${b.id}: ${errorMessage(e)}`);
      }
    }
    setBusy(false);
    const skipped = bets.length - fits.length;
    setNote([tp('bets.bulkDone', done), skipped ? tp('bets.bulkSkipped', skipped) : '', ...errors.slice(0, 3)].filter(Boolean).join(' · '));
    if (errors.length === 0)
      onDone([tp('bets.bulkDone', done), skipped ? tp('bets.bulkSkipped', skipped) : ''].filter(Boolean).join(' · '));
  }

  return (
    <div className="bets-bulk" data-testid="bets-bulk" role="region" aria-label={t('bets.bulk')}>
      <strong>{tp('bets.selected', bets.length)}</strong>
      <select
        value={status}
        data-testid="bets-bulk-status"
        aria-label={t('bets.col.status')}
        onChange={(e) => setStatus(e.target.value as BetStatus)}
      >
        {BULK.map((s) => (
          <option key={s} value={s}>
            {t(`bets.st.${s}`)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="btn small primary"
        data-testid="bets-bulk-apply"
        disabled={busy || fits.length === 0}
        onClick={() => void apply()}
      >
        {tp('bets.bulkApply', fits.length)}
      </button>
      <button type="button" className="btn small" onClick={() => onDone(null)}>
        {t('bets.unselect')}
      </button>
      {note && (
        <span className="muted small" data-testid="bets-bulk-result" role="status">
          {note}
        </span>
      )}
    </div>
  );
}
