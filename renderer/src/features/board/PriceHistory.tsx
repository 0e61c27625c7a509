import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MarketGrid } from '../../../../shared/domain/odds';
import { PriceChart } from '../../charts/PriceChart';
import { chartLines } from '../../charts/price-chart-series';
import { useOpportunitiesStore } from '../opportunities/store';
import { EmptyState } from '../../components/EmptyState';
import { useI18n } from '../../i18n/use-i18n';
import { historyKey, useBoardStore, type HistoryQuery } from '../../stores/board';
import { useUiStore } from '../../stores/ui';
import { outcomeLabel } from './board-utils';

/** The movement chart of one outcome of one market/line, one line per bookmaker. */
export function PriceHistory({
  eventId,
  grid,
  commenceTime,
  now,
}: {
  eventId: string;
  grid: MarketGrid;
  commenceTime: number;
  now: number;
}) {
  const { t, fmt, lang } = useI18n();
  const theme = useUiStore((s) => s.effectiveTheme);
  const focus = useBoardStore((s) =>
    s.focus?.eventId === eventId && s.focus.market === grid.market && s.focus.point === grid.point ? s.focus : null,
  );
  const [outcome, setOutcome] = useState(focus && grid.outcomes.includes(focus.outcome) ? focus.outcome : (grid.outcomes[0] ?? ''));
  const [showOthers, setShowOthers] = useState(false);
  const settings = useOpportunitiesStore((s) => s.settings);
  const query = useMemo<HistoryQuery>(
    () => ({ eventId, market: grid.market, point: grid.point, outcome }),
    [eventId, grid.market, grid.point, outcome],
  );
  const series = useBoardStore((s) => s.history[historyKey(query)]);
  const watch = useBoardStore((s) => s.watchHistory);
  const [reset, setReset] = useState<(() => void) | null>(null);
  const onReady = useCallback((fn: (() => void) | null) => setReset(() => fn), []);

  useEffect(() => watch(query), [watch, query]);

  const titles = useMemo(() => Object.fromEntries(grid.books.map((b) => [b.bookmaker, b.title])), [grid.books]);
  const extendTo = useMemo(() => {
    let max = 0;
    for (const b of grid.books) for (const q of Object.values(b.quotes)) max = Math.max(max, q.seenAt);
    return max || null;
  }, [grid.books]);
  const hasPoints = !!series && series.some((s) => s.points.length > 0);
  const commissions = useMemo(() => Object.fromEntries(grid.books.map((b) => [b.bookmaker, b.commission])), [grid.books]);
  const bet = focus && focus.outcome === outcome ? (focus.bet ?? null) : null;
  const lines = useMemo(
    () =>
      chartLines({
        series: series ?? [],
        titles,
        commissions,
        referenceBook: settings?.referenceBook ?? 'pinnacle',
        myBooks: settings?.myBookmakers ?? [],
        showOthers: showOthers || (settings?.myBookmakers.length ?? 0) === 0,
        commenceTime,
        started: commenceTime <= now,
        extendTo,
        bet,
        formatPrice: fmt.odds,
        labels: {
          reference: (book) => t('chart.reference', { book }),
          consensus: t('chart.consensus'),
          best: t('chart.best'),
          opening: t('chart.opening'),
          closing: t('chart.closing'),
          kickoff: t('chart.kickoff'),
          bet: (price) => t('chart.bet', { price }),
        },
      }),
    [series, titles, commissions, settings, showOthers, commenceTime, now, extendTo, bet, fmt, t],
  );

  return (
    <div className="history" data-testid="price-chart">
      <div className="history-head">
        <div className="chips">
          {grid.outcomes.map((o) => (
            <button
              key={o}
              type="button"
              className={`chip small${o === outcome ? ' active' : ''}`}
              aria-pressed={o === outcome}
              onClick={() => setOutcome(o)}
            >
              {outcomeLabel(o, t)}
            </button>
          ))}
        </div>
        <label className="check small" title={(settings?.myBookmakers.length ?? 0) === 0 ? t('board.myBooksNone') : undefined}>
          <input
            type="checkbox"
            data-testid="chart-all-books"
            checked={showOthers || (settings?.myBookmakers.length ?? 0) === 0}
            disabled={(settings?.myBookmakers.length ?? 0) === 0}
            onChange={(e) => setShowOthers(e.target.checked)}
          />
          {t('chart.allBooks')}
        </label>
        <button type="button" className="btn small" data-testid="reset-zoom" disabled={!reset} onClick={() => reset?.()}>
          {t('detail.resetZoom')}
        </button>
      </div>
      <h4 className="history-title">
        {t('detail.chart', { outcome: outcomeLabel(outcome, t) })}
        <span className="muted"> · {t('detail.chartHint')}</span>
      </h4>
      {series && !hasPoints ? (
        <EmptyState>{t('detail.noHistory')}</EmptyState>
      ) : (
        <div className="chart-box">
          {series && <PriceChart lines={lines} language={lang} theme={theme} formatPrice={fmt.odds} onReady={onReady} />}
        </div>
      )}
    </div>
  );
}
