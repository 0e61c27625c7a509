import { useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { useI18n } from '../../i18n/use-i18n';
import { useBoardStore } from '../../stores/board';
import { gridKey, marketLabel, sortGrids } from './board-utils';
import { MarketGridTable } from './MarketGridTable';
import { PriceHistory } from './PriceHistory';

/** The expanded part of a row: one chip per market and line, its grid, and the movement chart. */
export function EventDetailPanel({ eventId, now }: { eventId: string; now: number }) {
  const { t, fmt } = useI18n();
  const detail = useBoardStore((s) => s.details[eventId]);
  const error = useBoardStore((s) => s.detailErrors[eventId]);
  const focus = useBoardStore((s) => (s.focus?.eventId === eventId ? s.focus : null));
  const [selected, setSelected] = useState<string | null>(focus ? gridKey({ market: focus.market, point: focus.point }) : null);

  if (!detail) {
    return (
      <div className="detail" data-testid="event-grid">
        <EmptyState>{error ? t('load.failed', { message: error }) : t('detail.loading')}</EmptyState>
      </div>
    );
  }
  const grids = sortGrids(detail.markets);
  if (grids.length === 0) {
    return (
      <div className="detail" data-testid="event-grid">
        <EmptyState>{t('detail.noMarkets')}</EmptyState>
      </div>
    );
  }
  const grid = grids.find((g) => gridKey(g) === selected) ?? (grids[0] as (typeof grids)[number]);

  return (
    <div className="detail" data-testid="event-grid" data-market={grid.market}>
      <div className="chips" role="tablist">
        {grids.map((g) => (
          <button
            key={gridKey(g)}
            type="button"
            role="tab"
            aria-selected={g === grid}
            className={`chip${g === grid ? ' active' : ''}`}
            data-testid="market-chip"
            onClick={() => setSelected(gridKey(g))}
          >
            {marketLabel(g, t, fmt)}
          </button>
        ))}
      </div>
      {detail.pricesAt === 'close' && (
        <p className="note" data-testid="detail-closes">
          {t('detail.closes')}
        </p>
      )}
      {detail.event.inPlay && (
        <p className="note warn" data-testid="detail-in-play">
          {t('detail.inPlay')}
        </p>
      )}
      <div className="detail-body">
        <MarketGridTable grid={grid} now={now} closes={detail.pricesAt === 'close'} />
        <PriceHistory
          key={`${eventId}|${gridKey(grid)}`}
          eventId={eventId}
          grid={grid}
          commenceTime={detail.event.commenceTime}
          now={now}
        />
      </div>
    </div>
  );
}
