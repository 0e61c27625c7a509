import { useCallback, useEffect, useState } from 'react';
import type { Bet } from '../../../../shared/domain/bets';
import { BET_STATUSES } from '../../../../shared/domain/bets';
import { api, errorMessage } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { LoadFailed } from '../../components/LoadFailed';
import { usePageLoad } from '../../components/use-page-load';
import { useI18n } from '../../i18n/use-i18n';
import { useNames } from '../../i18n/names';
import { useBetDraftStore } from '../../stores/bet-draft';
import { BankrollBar } from './BankrollBar';
import { useBankrollStore, subscribeBankroll, type BetFilter } from './bankroll-store';
import { BetForm } from './BetForm';
import { BetsTable } from './BetsTable';
import { ImportExport } from './ImportExport';
import './bankroll.css';

/** Paris: the bankroll, the bet log (filters, inline status, edit), the bet form, CSV in and out. */
export function BetsPage() {
  const { t, tp } = useI18n();
  const names = useNames();
  const { bets, total, loaded, filter, bookmakers } = useBankrollStore();
  const hasDrafts = useBetDraftStore((s) => s.drafts.length > 0);
  const [formOpen, setFormOpen] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [copyOf, setCopyOf] = useState<Bet | null>(null);
  const edit = useCallback((b: Bet) => {
    setCopyOf(null);
    useBankrollStore.getState().setEditing(b);
    setFormOpen(true);
    document.querySelector('.page')?.scrollTo?.(0, 0);
  }, []);
  const duplicate = useCallback((b: Bet) => {
    useBankrollStore.getState().setEditing(null);
    setCopyOf(b);
    setFormOpen(true);
    document.querySelector('.page')?.scrollTo?.(0, 0);
  }, []);

  const { error: loadError, retry } = usePageLoad(() => {
    subscribeBankroll();
    const s = useBankrollStore.getState();
    return Promise.all([s.loadSummary(), s.loadBets(), s.loadBookmakers()]);
  });
  useEffect(() => {
    if (hasDrafts) setFormOpen(true);
  }, [hasDrafts]);

  const setF = (patch: Partial<BetFilter>) => useBankrollStore.getState().setFilter({ ...filter, ...patch });
  const sports = [...new Set(bets.map((b) => b.sportKey))].sort();
  async function settle() {
    try {
      const r = await api.call('bankroll:settle-now', {});
      setNote(
        t('bets.settleDone', { settled: tp('bets.settled', r.settled), flagged: tp('bets.flagged', r.flagged) }) +
          (r.errors.length ? ` — ${r.errors.join('; ')}` : ''),
      );
    } catch (e) {
      setNote(errorMessage(e));
    }
  }

  return (
    <div className="bets-page">
      <div className="bets-top">
        <BankrollBar />
        <div className="bets-actions">
          <button
            type="button"
            className="btn primary"
            data-testid="bet-new"
            onClick={() => (useBankrollStore.getState().setEditing(null), setCopyOf(null), setFormOpen(true))}
          >
            + {t('bets.newBet')}
          </button>
          <button type="button" className="btn" data-testid="settle-now" onClick={() => void settle()}>
            {t('bets.settleNow')}
          </button>
          <ImportExport />
          {note && (
            <span className="muted small" data-testid="settle-result">
              {note}
            </span>
          )}
        </div>
      </div>
      {formOpen && <BetForm copyOf={copyOf} onClose={() => (setFormOpen(false), setCopyOf(null))} />}
      <section className="card bets-log">
        <div className="bets-filters" data-testid="bets-filters">
          <select
            value={filter.status ?? ''}
            data-testid="filter-status"
            onChange={(e) => setF({ status: (e.target.value || undefined) as BetFilter['status'] })}
          >
            <option value="">{t('bets.filterAll', { label: t('bets.col.status') })}</option>
            <option value="settled">{t('bets.settledOnly')}</option>
            <option value="flagged">{t('bets.flagged')}</option>
            {BET_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`bets.st.${s}`)}
              </option>
            ))}
          </select>
          <select value={filter.sportKey ?? ''} onChange={(e) => setF({ sportKey: e.target.value || undefined })}>
            <option value="">{t('bets.filterAll', { label: t('bets.sport') })}</option>
            {[...new Set([...sports, ...(filter.sportKey ? [filter.sportKey] : [])])].map((s) => (
              <option key={s} value={s}>
                {names.sport(s)}
              </option>
            ))}
          </select>
          <select value={filter.bookmaker ?? ''} onChange={(e) => setF({ bookmaker: e.target.value || undefined })}>
            <option value="">{t('bets.filterAll', { label: t('bets.bookmaker') })}</option>
            {bookmakers.map((b) => (
              <option key={b.key} value={b.key}>
                {b.title}
              </option>
            ))}
          </select>
          <select value={filter.market ?? ''} onChange={(e) => setF({ market: (e.target.value || undefined) as BetFilter['market'] })}>
            <option value="">{t('bets.filterAll', { label: t('bets.market') })}</option>
            <option value="h2h">{names.market('h2h')}</option>
            <option value="totals">{names.market('totals')}</option>
            <option value="spreads">{names.market('spreads')}</option>
          </select>
          <input
            type="search"
            placeholder={t('bets.search')}
            value={filter.search ?? ''}
            data-testid="filter-search"
            onChange={(e) => setF({ search: e.target.value || undefined })}
          />
          <span className="muted small">{tp('bets.count', total)}</span>
        </div>
        {loadError ? (
          <LoadFailed error={loadError} onRetry={retry} />
        ) : !loaded ? (
          <EmptyState>{t('bets.loading')}</EmptyState>
        ) : bets.length === 0 ? (
          <EmptyState testId="bets-empty">
            {Object.values(filter).some((v) => v !== undefined) ? t('bets.emptyFilter') : t('bets.empty')}
          </EmptyState>
        ) : (
          <BetsTable bets={bets} onEdit={edit} onDuplicate={duplicate} />
        )}
      </section>
    </div>
  );
}
