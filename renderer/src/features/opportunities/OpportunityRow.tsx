import type { Opportunity } from '../../../../shared/domain/opportunities';
import { useI18n } from '../../i18n/use-i18n';
import { useNames } from '../../i18n/names';
import { finite, oldestSeen } from './opportunity-view';
import { useOpportunitiesStore } from './store';

/** One line of the table: kind, edge, event, kick-off, legs (price @ book), age, since. */
export function OpportunityRow({ o, now, expanded }: { o: Opportunity; now: number; expanded: boolean }) {
  const { t, fmt, outcome } = useI18n();
  const names = useNames();
  const toggle = useOpportunitiesStore((s) => s.toggle);
  const edge = finite(o.edge);
  const line = o.point === null ? '' : ` ${o.market === 'totals' ? '' : o.point > 0 ? '+' : ''}${fmt.number(o.point, 2)}`;
  return (
    <div className="opp-row" role="row" data-testid="opp-row" data-kind={o.kind} data-id={o.id} aria-expanded={expanded}
      tabIndex={0} onClick={() => toggle(o.id)} onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), toggle(o.id))}>
      <span><span className={`kind kind-${o.kind}`}>{t(`opp.kind.${o.kind}`)}</span>{o.bet && <span className="bet-tag">{t('opp.betLogged')}</span>}</span>
      <span className="num edge">{edge === null ? '—' : fmt.percent(edge, 2)}</span>
      <span className="opp-event">
        <span className="team">{o.homeTeam}</span><span className="vs">–</span><span className="team">{o.awayTeam}</span>
        <span className="sport-tag">{o.sportTitle} · {names.market(o.market)}{line}</span>
      </span>
      <span className="kickoff" title={fmt.dateTime(o.commenceTime)}>{fmt.relative(o.commenceTime, now)}</span>
      <span className="opp-legs">
        {o.legs.map((l) => (
          <span key={`${l.outcome}@${l.bookmaker}`} className="leg">
            <span className="leg-outcome">{outcome(l.outcome)}</span> <b>{fmt.odds(l.price)}</b> <span className="book">@ {l.bookmakerTitle}</span>
          </span>
        ))}
      </span>
      <span className="num muted">{fmt.relative(oldestSeen(o), now)}</span>
      <span className="num muted hide-narrow">{fmt.relative(o.firstSeenAt, now)}</span>
    </div>
  );
}
