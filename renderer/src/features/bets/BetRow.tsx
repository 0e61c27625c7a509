import { useState } from 'react';
import { BET_STATUSES, lineKind, type Bet, type BetStatus, type ClvSide } from '../../../../shared/domain/bets';
import { api, errorMessage } from '../../api';
import { useI18n } from '../../i18n/use-i18n';
import { useNames } from '../../i18n/names';
import { useBankrollStore } from './bankroll-store';

/** Statuses that make sense for a bet's market and line (the inline picker offers only those). */
function statusesFor(b: Bet): BetStatus[] {
  const kind = lineKind(b.point);
  return BET_STATUSES.filter((s) => {
    if (s === 'half_won' || s === 'half_lost') return b.market !== 'h2h' && kind === 'quarter';
    if (s === 'push') return b.market === 'h2h' || kind === 'whole';
    return true;
  });
}

function Clv({ side, noVig }: { side: ClvSide; noVig: ClvSide }) {
  const { t, fmt } = useI18n();
  const show = (s: ClvSide) => (s.value === null ? '–' : `${s.value > 0 ? '+' : ''}${fmt.percent(s.value)}`);
  const tip = t('bets.clvTip', { state: `${t(`bets.clv.${side.state}`)}${side.close ? ` (${fmt.odds(side.close)})` : ''}` });
  return (
    <span className={`clv clv-${side.state}`} title={tip} data-testid="bet-clv" data-state={side.state}>
      {show(side)}
      {noVig.value !== null && <span className="muted small clv-novig">{show(noVig)} {t('bets.noVig')}</span>}
    </span>
  );
}

/** One bet of the log: inline status, edit, delete (the first click asks to confirm). */
export function BetRow({ bet, onEdit }: { bet: Bet; onEdit(): void }) {
  const { t, fmt, outcome } = useI18n();
  const names = useNames();
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const money = (c: number) => fmt.money(c / 100);

  async function setStatus(status: BetStatus) {
    setError(null);
    if (status === 'cashed_out') return onEdit();
    try {
      useBankrollStore.getState().applyBet(await api.call('bankroll:set-bet-status', { id: bet.id, status }));
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  async function remove() {
    if (!confirm) return setConfirm(true);
    try {
      await api.call('bankroll:delete-bet', { id: bet.id });
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  const line = bet.point === null ? '' : ` ${bet.point > 0 && bet.market === 'spreads' ? '+' : ''}${fmt.number(bet.point, 2)}`;
  const sel = outcome(bet.selection);
  return (
    <tr data-testid="bet-row" data-bet-id={bet.id} data-status={bet.status} className={bet.flag ? 'flagged' : ''}>
      <td className="nowrap muted col-placed">{fmt.dateTime(bet.placedAt)}</td>
      <td>
        <div className="bet-event">{bet.homeTeam} – {bet.awayTeam}</div>
        <div className="muted small">
          {names.sport(bet.sportKey)} · {fmt.dateTime(bet.commenceTime)}
          {bet.score && ` · ${bet.score.home}–${bet.score.away}`}
        </div>
        {bet.flag && <div className="warn small" data-testid="bet-flag">{t('bets.noScore')}</div>}
      </td>
      <td>
        <span className="nowrap">{names.market(bet.market)} · {sel}{line}</span>
        {bet.tags.map((g) => <span key={g} className="tag">{g}</span>)}
        {bet.notes && <div className="muted small bet-notes" title={bet.notes}>{bet.notes}</div>}
      </td>
      <td className="bet-book">{names.book(bet.bookmaker)}</td>
      <td className="num">{fmt.odds(bet.odds)}</td>
      <td className="num nowrap">{money(bet.stakeCents)}</td>
      <td>
        <select className={`status-select st-${bet.status}`} value={bet.status} data-testid="bet-status-inline" aria-label={t('bets.col.status')}
          title={bet.settledBy === 'manual' ? t('bets.manual') : bet.settledBy === 'auto' ? t('bets.auto') : undefined}
          onChange={(e) => void setStatus(e.target.value as BetStatus)}>
          {statusesFor(bet).map((s) => <option key={s} value={s}>{t(`bets.st.${s}`)}</option>)}
        </select>
        {error && <div className="field-error">{error}</div>}
      </td>
      <td className={`num nowrap ${(bet.profitCents ?? 0) > 0 ? 'pos' : (bet.profitCents ?? 0) < 0 ? 'neg' : ''}`} data-testid="bet-profit">
        {bet.profitCents === null ? '–' : `${bet.profitCents > 0 ? '+' : ''}${money(bet.profitCents)}`}
      </td>
      <td className="num nowrap"><Clv side={bet.clvRaw} noVig={bet.clvNoVig} /></td>
      <td className="bet-actions">
        <button type="button" className="btn small icon" data-testid="bet-edit" title={t('bets.edit')} aria-label={t('bets.edit')} onClick={onEdit}>✎</button>
        <button type="button" className={`btn small icon ${confirm ? 'danger' : ''}`} data-testid="bet-delete" title={t('bets.delete')} aria-label={confirm ? t('bets.confirmDelete') : t('bets.delete')} onClick={() => void remove()} onBlur={() => setConfirm(false)}>
          {confirm ? t('bets.confirmDelete') : '✕'}
        </button>
      </td>
    </tr>
  );
}
