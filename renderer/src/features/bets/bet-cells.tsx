/** The live cells of one bet row: the inline status, the CLV, and the actions (edit, duplicate, chart, delete). */
import { useState } from 'react';
import { BET_STATUSES, lineKind, type Bet, type BetStatus, type ClvSide } from '../../../../shared/domain/bets';
import { api, errorMessage } from '../../api';
import { useI18n } from '../../i18n/use-i18n';
import { useBoardStore } from '../../stores/board';
import { useUiStore } from '../../stores/ui';
import { useBankrollStore } from './bankroll-store';

/** Statuses that make sense for a bet's market and line (the inline picker offers only those). */
export function statusesFor(b: Pick<Bet, 'market' | 'point'>): BetStatus[] {
  const kind = lineKind(b.point);
  return BET_STATUSES.filter((s) => {
    if (s === 'half_won' || s === 'half_lost') return b.market !== 'h2h' && kind === 'quarter';
    if (s === 'push') return b.market === 'h2h' || kind === 'whole';
    return true;
  });
}

export function Clv({ side, noVig }: { side: ClvSide; noVig: ClvSide }) {
  const { t, fmt } = useI18n();
  const show = (s: ClvSide) => (s.value === null ? '–' : `${s.value > 0 ? '+' : ''}${fmt.percent(s.value)}`);
  const tip =
    t('bets.clvTip', { state: `${t(`bets.clv.${side.state}`)}${side.close ? ` (${fmt.odds(side.close)})` : ''}` }) +
    (noVig.value !== null ? ` · ${t('bets.noVig')} ${show(noVig)}` : '');
  return (
    <span className={`clv clv-${side.state}`} title={tip} data-testid="bet-clv" data-state={side.state}>
      {show(side)}
    </span>
  );
}

export function StatusCell({ bet, onCashout }: { bet: Bet; onCashout(): void }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  async function setStatus(status: BetStatus) {
    setError(null);
    if (status === 'cashed_out') return onCashout();
    try {
      useBankrollStore.getState().applyBet(await api.call('bankroll:set-bet-status', { id: bet.id, status }));
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <>
      <select
        className={`status-select st-${bet.status}`}
        value={bet.status}
        data-testid="bet-status-inline"
        aria-label={t('bets.col.status')}
        title={error ?? (bet.settledBy === 'manual' ? t('bets.manual') : bet.settledBy === 'auto' ? t('bets.auto') : undefined)}
        aria-invalid={error !== null}
        onChange={(e) => void setStatus(e.target.value as BetStatus)}
      >
        {statusesFor(bet).map((s) => (
          <option key={s} value={s}>
            {t(`bets.st.${s}`)}
          </option>
        ))}
      </select>
    </>
  );
}

/** Opens the board on the bet's event, its detail (prices and chart) expanded. */
export function openEventChart(bet: Bet): void {
  if (!bet.eventId) return;
  const board = useBoardStore.getState();
  board.setFilter({ sportKey: bet.sportKey, search: bet.homeTeam, includeStarted: true });
  useBoardStore.setState({ expandedId: bet.eventId });
  void board.loadDetail(bet.eventId).catch(() => {});
  useUiStore.getState().setPage('board');
}

export function ActionsCell({ bet, onEdit, onDuplicate }: { bet: Bet; onEdit(): void; onDuplicate(): void }) {
  const { t } = useI18n();
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function remove() {
    if (!confirm) return setConfirm(true);
    try {
      await api.call('bankroll:delete-bet', { id: bet.id });
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <span className="bet-actions-inner" title={error ?? undefined}>
      <button
        type="button"
        className="btn small icon"
        data-testid="bet-edit"
        title={t('bets.edit')}
        aria-label={t('bets.edit')}
        onClick={onEdit}
      >
        ✎
      </button>
      <button
        type="button"
        className="btn small icon"
        data-testid="bet-duplicate"
        title={t('bets.duplicate')}
        aria-label={t('bets.duplicate')}
        onClick={onDuplicate}
      >
        ❐
      </button>
      <button
        type="button"
        className="btn small icon"
        data-testid="bet-chart"
        title={bet.eventId ? t('bets.chart') : t('bets.noChart')}
        aria-label={t('bets.chart')}
        disabled={!bet.eventId}
        onClick={() => openEventChart(bet)}
      >
        ↗
      </button>
      <button
        type="button"
        className={`btn small icon ${confirm ? 'danger' : ''}`}
        data-testid="bet-delete"
        title={t('bets.delete')}
        aria-label={confirm ? t('bets.confirmDelete') : t('bets.delete')}
        onClick={() => void remove()}
        onBlur={() => setConfirm(false)}
      >
        {confirm ? t('bets.confirmDelete') : '✕'}
      </button>
    </span>
  );
}
