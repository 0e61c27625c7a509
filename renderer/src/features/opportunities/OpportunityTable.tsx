import type { Opportunity } from '../../../../shared/domain/opportunities';
import type { DictKey } from '../../i18n/fr';
import { useI18n } from '../../i18n/use-i18n';
import { MathPanel } from './MathPanel';
import type { SortKey } from './opportunity-view';
import { OpportunityRow } from './OpportunityRow';
import { useOpportunitiesStore } from './store';

const COLUMNS: { key: string; label: DictKey; sort?: SortKey; className?: string }[] = [
  { key: 'kind', label: 'opp.col.kind', sort: 'relevance' },
  { key: 'edge', label: 'opp.col.edge', sort: 'edge', className: 'num' },
  { key: 'profit', label: 'opp.col.profit', sort: 'profit', className: 'num' },
  { key: 'event', label: 'opp.col.event' },
  { key: 'kickoff', label: 'opp.col.kickoff', sort: 'kickoff' },
  { key: 'legs', label: 'opp.col.legs' },
  { key: 'age', label: 'opp.col.age', sort: 'age', className: 'num' },
  { key: 'since', label: 'opp.col.lasted', sort: 'firstSeen', className: 'num hide-narrow' },
  { key: 'hide', label: 'opp.col.hide', className: 'num' },
];

/** The sortable table; a row expands into its maths and the stake calculator. */
export function OpportunityTable({ items, now, testId }: { items: Opportunity[]; now: number; testId?: string }) {
  const { t } = useI18n();
  const sort = useOpportunitiesStore((s) => s.sort);
  const setSort = useOpportunitiesStore((s) => s.setSort);
  const expandedId = useOpportunitiesStore((s) => s.expandedId);
  return (
    <div className="opp-table" role="table" data-testid={testId}>
      <div className="opp-head" role="row">
        {COLUMNS.map((c) =>
          c.sort ? (
            <button
              key={c.key}
              type="button"
              role="columnheader"
              className={`opp-sort ${c.className ?? ''}`}
              title={t('opp.sortBy', { col: t(c.label) })}
              aria-sort={sort.key === c.sort ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              onClick={() => setSort(c.sort!)}
            >
              {t(c.label)}
              {sort.key === c.sort ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
            </button>
          ) : (
            <span key={c.key} role="columnheader" className={c.className}>
              {t(c.label)}
            </span>
          ),
        )}
      </div>
      {items.map((o) => (
        <div key={o.id} className={`opp${expandedId === o.id ? ' expanded' : ''}`}>
          <OpportunityRow o={o} now={now} expanded={expandedId === o.id} />
          {expandedId === o.id && <MathPanel o={o} now={now} />}
        </div>
      ))}
    </div>
  );
}
