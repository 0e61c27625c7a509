import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MarketGrid } from '../../../../shared/domain/odds';
import { PriceChart } from '../../charts/PriceChart';
import { EmptyState } from '../../components/EmptyState';
import { useI18n } from '../../i18n/use-i18n';
import { historyKey, useBoardStore, type HistoryQuery } from '../../stores/board';
import { useUiStore } from '../../stores/ui';
import { outcomeLabel } from './board-utils';

/** The movement chart of one outcome of one market/line, one line per bookmaker. */
export function PriceHistory({ eventId, grid }: { eventId: string; grid: MarketGrid }) {
  const { t, fmt, lang } = useI18n();
  const theme = useUiStore((s) => s.effectiveTheme);
  const [outcome, setOutcome] = useState(grid.outcomes[0] ?? '');
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
          {series && (
            <PriceChart
              series={series}
              titles={titles}
              language={lang}
              theme={theme}
              formatPrice={fmt.odds}
              extendTo={extendTo}
              onReady={onReady}
            />
          )}
        </div>
      )}
    </div>
  );
}
