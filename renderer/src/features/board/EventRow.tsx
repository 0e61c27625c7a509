import type { BestPrice, BoardEvent } from '../../../../shared/domain/odds';
import { useI18n } from '../../i18n/use-i18n';
import { useBoardStore } from '../../stores/board';
import { bestSlots } from './board-utils';
import { EventDetailPanel } from './EventDetailPanel';

function BestCell({ best }: { best: BestPrice | null }) {
  const { t, fmt } = useI18n();
  if (!best) return <span className="num price-cell muted">—</span>;
  const title = best.commission
    ? t('board.bestNet', {
        book: best.bookmakerTitle,
        net: fmt.odds(best.price),
        gross: fmt.odds(best.grossPrice),
        rate: fmt.percent(best.commission),
      })
    : t('board.bestTitle', { book: best.bookmakerTitle, price: fmt.odds(best.price) });
  return (
    <span className="num price-cell" title={title} data-testid="board-best" data-book={best.bookmaker}>
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
  // a negative margin of in-play or closing prices is no surebet anyone can take
  const surebet = margin !== null && margin < 0 && !e.inPlay && !e.finished;

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
        <span
          className={`num margin${surebet ? ' surebet' : ''}`}
          data-testid="board-margin"
          title={e.finished ? t('board.closes') : undefined}
        >
          {margin === null ? '—' : fmt.percent(margin)}
          {surebet && <span className="tag">{t('board.surebet')}</span>}
        </span>
        <span className={`num kickoff${started && !e.inPlay ? ' muted' : ''}`}>
          {e.inPlay ? (
            <span className="tag live" data-testid="board-in-play">
              {t('board.inPlay')}
            </span>
          ) : e.finished ? (
            t('board.finished')
          ) : started ? (
            t('board.started')
          ) : (
            fmt.relative(e.commenceTime, now)
          )}
        </span>
        <span className="num muted hide-narrow" title={e.absentBooks ? t('board.absentBooks', { n: e.absentBooks }) : undefined}>
          {e.absentBooks ? `${e.bookmakers - e.absentBooks}/${e.bookmakers}` : e.bookmakers}
        </span>
      </div>
      {expanded && <EventDetailPanel eventId={e.id} now={now} />}
    </div>
  );
}
