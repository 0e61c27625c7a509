import type { Opportunity } from '../../../../shared/domain/opportunities';
import { useI18n } from '../../i18n/use-i18n';
import { expectedProfit, finite, labelledEdge, lasted, oldestSeen, shortDuration } from './opportunity-view';
import { useNames } from '../../i18n/names';
import { useOpportunitiesStore } from './store';
import { isHalfPlaced } from './log-legs';

/** One line of the table: kind, edge, event, kick-off, legs (price @ book), age, since. */
export function OpportunityRow({ o, now, expanded }: { o: Opportunity; now: number; expanded: boolean }) {
  const { t, fmt, outcome } = useI18n();
  const names = useNames();
  const toggle = useOpportunitiesStore((s) => s.toggle);
  const labelled = labelledEdge(o);
  const edge = finite(labelled.value);
  const totalSetting = useOpportunitiesStore((s) => s.total);
  const defaultTotal = useOpportunitiesStore((s) => s.settings?.defaultTotal ?? 100);
  const profit = expectedProfit(o, totalSetting ?? defaultTotal);
  const hide = useOpportunitiesStore((s) => s.hideEvent);
  // a middle's legs are on two lines: each leg shows its own point instead
  const middle = o.kind === 'middle' ? o.math.middle : undefined;
  const line =
    o.point === null || o.kind === 'middle' ? '' : ` ${o.market === 'totals' ? '' : o.point > 0 ? '+' : ''}${fmt.number(o.point, 2)}`;
  return (
    <div
      className="opp-row"
      role="row"
      data-testid="opp-row"
      data-kind={o.kind}
      data-id={o.id}
      aria-expanded={expanded}
      tabIndex={0}
      onClick={() => toggle(o.id)}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), toggle(o.id))}
    >
      <span>
        <span className={`kind kind-${o.kind}`}>{t(`opp.kind.${o.kind}`)}</span>
        {isHalfPlaced(o) ? (
          <span className="bet-tag half" data-testid="opp-half-tag">
            {t('opp.halfTag', { placed: o.placed.length, legs: o.legs.length })}
          </span>
        ) : (
          o.bet && <span className="bet-tag">{t('opp.betLogged')}</span>
        )}
      </span>
      <span className="num edge" data-testid="opp-edge">
        <span className="edge-label">{t(`opp.edge.${labelled.label}`)}</span>
        {edge === null ? '—' : fmt.percent(edge, 2)}
        {middle && (
          <span className="seen-times" data-testid="opp-window">
            {t('opp.middle.window', { width: fmt.number(middle.width, 2) })}
          </span>
        )}
      </span>
      <span className="num profit" data-testid="opp-profit">
        {profit === null || !Number.isFinite(profit) ? '—' : fmt.money(profit)}
      </span>
      <span className="opp-event">
        <span className="team">{o.homeTeam}</span>
        <span className="vs">–</span>
        <span className="team">{o.awayTeam}</span>
        <span className="sport-tag">
          {o.sportTitle} · {names.market(o.market)}
          {line}
        </span>
      </span>
      <span className="kickoff" title={fmt.dateTime(o.commenceTime)}>
        {fmt.relative(o.commenceTime, now)}
      </span>
      <span className="opp-legs">
        {o.legs.map((l) => (
          <span key={`${l.outcome}${l.point ?? ''}@${l.bookmaker}`} className="leg">
            <span className="leg-outcome">{middle ? outcome(l.outcome, l.point) : outcome(l.outcome)}</span> <b>{fmt.odds(l.price)}</b>{' '}
            <span className="book">@ {l.bookmakerTitle}</span>
          </span>
        ))}
      </span>
      <span className="num muted">{fmt.relative(oldestSeen(o), now)}</span>
      <span className="num muted hide-narrow" title={t('opp.since', { first: fmt.dateTime(o.firstSeenAt) })} data-testid="opp-lasted">
        {shortDuration(lasted(o, now), t('opp.dayUnit'))}
        <span className="seen-times">{t('opp.openings', { n: o.openings })}</span>
      </span>
      <span className="num">
        <button
          type="button"
          className="link hide-event"
          data-testid="opp-hide"
          title={t('opp.hideEvent')}
          onClick={(e) => {
            e.stopPropagation();
            hide(o.eventId);
          }}
        >
          {t('opp.hide')}
        </button>
      </span>
    </div>
  );
}
