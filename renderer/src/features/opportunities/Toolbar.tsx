import { OPPORTUNITY_KINDS, type OpportunityKind } from '../../../../shared/domain/opportunities';
import { useI18n } from '../../i18n/use-i18n';
import type { KickoffWindow } from './opportunity-view';
import { useOpportunitiesStore } from './store';

/** Filters (kind, edge, sport, book, kick-off) and the calculator's total. */
export function Toolbar({ sports }: { sports: { key: string; title: string }[] }) {
  const { t } = useI18n();
  const filters = useOpportunitiesStore((s) => s.filters);
  const setFilters = useOpportunitiesStore((s) => s.setFilters);
  const total = useOpportunitiesStore((s) => s.total);
  const setTotal = useOpportunitiesStore((s) => s.setTotal);
  const defaultTotal = useOpportunitiesStore((s) => s.settings?.defaultTotal ?? 100);
  const toggleKind = (k: OpportunityKind | null) =>
    setFilters({ kinds: k === null ? [] : filters.kinds.includes(k) ? filters.kinds.filter((x) => x !== k) : [...filters.kinds, k] });

  return (
    <div className="toolbar opp-toolbar">
      <div className="chips" data-testid="opp-kind-filter" role="group">
        <button type="button" className={`chip${filters.kinds.length === 0 ? ' active' : ''}`} onClick={() => toggleKind(null)}>
          {t('opp.kind.all')}
        </button>
        {OPPORTUNITY_KINDS.map((k) => (
          <button
            key={k}
            type="button"
            data-kind={k}
            className={`chip${filters.kinds.includes(k) ? ' active' : ''}`}
            onClick={() => toggleKind(k)}
          >
            {t(`opp.kind.${k}`)}
          </button>
        ))}
      </div>
      <label className="field-inline">
        {t('opp.filter.minEdge')}
        <input
          type="number"
          min={0}
          max={100}
          step={0.5}
          className="num-input"
          data-testid="opp-min-edge"
          value={filters.minEdge ? Math.round(filters.minEdge * 1000) / 10 : ''}
          onChange={(e) => setFilters({ minEdge: Math.max(0, Number(e.target.value) || 0) / 100 })}
        />
      </label>
      <select
        aria-label={t('opp.filter.sport')}
        value={filters.sport ?? ''}
        onChange={(e) => setFilters({ sport: e.target.value || null })}
      >
        <option value="">{t('opp.filter.allSports')}</option>
        {sports.map((s) => (
          <option key={s.key} value={s.key}>
            {s.title}
          </option>
        ))}
      </select>
      <select
        aria-label={t('opp.filter.kickoff')}
        value={filters.kickoff}
        onChange={(e) => setFilters({ kickoff: e.target.value as KickoffWindow })}
      >
        <option value="any">{t('opp.filter.any')}</option>
        <option value="24h">{t('opp.filter.24h')}</option>
        <option value="3d">{t('opp.filter.3d')}</option>
      </select>
      <input
        type="search"
        className="book-input"
        aria-label={t('opp.filter.book')}
        placeholder={t('opp.filter.bookPlaceholder')}
        value={filters.book}
        maxLength={60}
        onChange={(e) => setFilters({ book: e.target.value })}
      />
      <label className="field-inline">
        {t('opp.total')}
        <input
          type="number"
          min={1}
          step={1}
          className="num-input"
          data-testid="opp-total"
          value={total ?? defaultTotal}
          onChange={(e) => {
            const v = Number(e.target.value);
            setTotal(Number.isFinite(v) && v > 0 ? Math.min(v, 1e7) : null);
          }}
        />
      </label>
    </div>
  );
}
