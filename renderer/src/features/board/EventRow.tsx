import type { BestPrice, BoardEvent } from '../../../../shared/domain/odds';
import { useI18n } from '../../i18n/use-i18n';
import { useBoardStore } from '../../stores/board';
import { bestSlots } from './board-utils';
import { EventDetailPanel } from './EventDetailPanel';

function BestCell({ best }: { best: BestPrice | null }) {
  const { fmt } = useI18n();
  if (!best) return <span className="num price-cell muted">—</span>;
  return (
    <span className="num price-cell" title={best.bookmakerTitle}>
      <span className="price">{fmt.odds(best.price)}</span>
      <span className="book">{best.bookmakerTitle}</span>
    </span>
  );
}

/** One event: time, teams, best 1/N/2 with books, best-set margin, kick-off; click to expand. */
export function EventRow({ event: e, expanded, now }: { event: BoardEvent; expanded: boolean; now: number }) {
  const { t, fmt } = useI18n();
  const toggle = useBoardStore((s) => s.toggleExpanded);
  const [home, draw, away] = bestSlots(e);
  const started = e.commenceTime <= now;
  const margin = e.bestSetMargin;

  return (
    <div className={`event${expanded ? ' expanded' : ''}`}>
      <div
        className="event-row"
        role="row"
        tabIndex={0}
        aria-expanded={expanded}
        data-testid="board-event-row"
        data-event-id={e.id}
        onClick={() => toggle(e.id)}
        onKeyDown={(k) => {
          if (k.key === 'Enter' || k.key === ' ') {
            k.preventDefault();
            toggle(e.id);
          }
        }}
      >
        <span className="time">{fmt.time(e.commenceTime)}</span>
        <span className="teams">
          <span className="team">{e.homeTeam}</span>
          <span className="vs">–</span>
          <span className="team">{e.awayTeam}</span>
          <span className="sport-tag">{e.sportTitle}</span>
        </span>
        <BestCell best={home} />
        <BestCell best={draw} />
        <BestCell best={away} />
        <span className={`num margin${margin !== null && margin < 0 ? ' surebet' : ''}`}>
          {margin === null ? '—' : fmt.percent(margin)}
          {margin !== null && margin < 0 && <span className="tag">{t('board.surebet')}</span>}
        </span>
        <span className={`num kickoff${started ? ' muted' : ''}`}>
          {started ? t('board.started') : fmt.relative(e.commenceTime, now)}
        </span>
        <span className="num muted hide-narrow">{e.bookmakers}</span>
      </div>
      {expanded && <EventDetailPanel eventId={e.id} now={now} />}
    </div>
  );
}
