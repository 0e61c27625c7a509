import { actionKey } from '../../../../shared/i18n/domain-texts';
import { useEffect, useMemo } from 'react';
import type { Opportunity } from '../../../../shared/domain/opportunities';
import { EmptyState } from '../../components/EmptyState';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLink } from '../../components/PageLink';
import type { DictKey } from '../../i18n/fr';
import { useI18n } from '../../i18n/use-i18n';
import { useNow } from '../../stores/clock';
import { useCollectorStore } from '../../stores/collector';
import { groupDrops, matchesFilters, sortOpportunities } from './opportunity-view';
import { OpportunityTable } from './OpportunityTable';
import { ScanHealth } from './ScanHealth';
import { ScannerSettings } from './ScannerSettings';
import { followOpportunities, useOpportunitiesStore } from './store';
import { Toolbar } from './Toolbar';
import { TrackRecord } from './TrackRecord';
import './opportunities.css';

/** Opportunités: the live list of surebets, value bets, drops and gaps, with their maths; suspicious ones apart. */
export function OpportunitiesPage() {
  const { t, tp, fmt, errorText, has } = useI18n();
  const now = useNow();
  useEffect(() => followOpportunities(), []);
  const itemsById = useOpportunitiesStore((s) => s.items);
  const loaded = useOpportunitiesStore((s) => s.loaded);
  const error = useOpportunitiesStore((s) => s.error);
  const filters = useOpportunitiesStore((s) => s.filters);
  const sort = useOpportunitiesStore((s) => s.sort);
  const settings = useOpportunitiesStore((s) => s.settings);
  const status = useCollectorStore((s) => s.status);

  const all = useMemo(() => Object.values(itemsById), [itemsById]);
  const sports = useMemo(() => [...new Map(all.map((o) => [o.sportKey, { key: o.sportKey, title: o.sportTitle }])).values()], [all]);
  const hidden = useOpportunitiesStore((s) => s.hiddenEvents);
  const totalSetting = useOpportunitiesStore((s) => s.total);
  const total = totalSetting ?? settings?.defaultTotal ?? 100;
  const hiddenSet = useMemo(() => new Set(hidden), [hidden]);
  const hiddenCount = useMemo(() => all.filter((o) => hiddenSet.has(o.eventId)).length, [all, hiddenSet]);
  const shown = useMemo(
    () => sortOpportunities(groupDrops(all.filter((o) => !hiddenSet.has(o.eventId) && matchesFilters(o, filters, now))), sort, total),
    [all, hiddenSet, filters, sort, now, total],
  );
  const real = shown.filter((o) => !o.suspicious);
  const suspicious = shown.filter((o) => o.suspicious);

  return (
    <div className="opportunities">
      <ScanHealth />
      {status?.lastError && status.lastSuccessAt !== null && real.length > 0 && (
        <div className="banner banner-error opp-warn">
          {t('opp.warn.error', { message: errorText(status.lastError.code, status.lastError.message) })}
        </div>
      )}
      <Toolbar sports={sports} />
      <div className="muted opp-count">
        {tp('opp.count', real.length)}
        {hiddenCount > 0 && (
          <>
            {' · '}
            {tp('opp.hiddenCount', hiddenCount)}{' '}
            <button
              type="button"
              className="link"
              data-testid="opp-show-hidden"
              onClick={() => useOpportunitiesStore.getState().showAllEvents()}
            >
              {t('opp.showHidden')}
            </button>
          </>
        )}
      </div>
      {error ? (
        <LoadFailed error={error} onRetry={() => void useOpportunitiesStore.getState().load()} />
      ) : !loaded ? (
        <EmptyState testId="opp-empty">{t('opp.loading')}</EmptyState>
      ) : real.length === 0 ? (
        <EmptyState testId="opp-empty" action={status?.lastError ? <PageLink page="status">{t('nav.status')}</PageLink> : undefined}>
          {emptyMessage(all.length - suspicious.length, status, now, t, fmt, (e) => ({
            message: errorText(e.code, e.message),
            action: has(`error.${e.code}`) ? t(actionKey(e.code)) : e.action,
          }))}
        </EmptyState>
      ) : (
        <OpportunityTable items={real} now={now} testId="opp-list" />
      )}
      {suspicious.length > 0 && (
        <details className="opp-suspicious" data-testid="opp-suspicious">
          <summary>{tp('opp.suspiciousTitle', suspicious.length)}</summary>
          {suspicious.map((o) => (
            <div key={o.id}>
              <p className="opp-reason">{reason(o, settings?.suspiciousArb ?? 0.1, settings?.suspiciousEv ?? 0.2, t, fmt)}</p>
              <OpportunityTable items={[o]} now={now} />
            </div>
          ))}
        </details>
      )}
      <TrackRecord />
      <ScannerSettings />
    </div>
  );
}

type T = ReturnType<typeof useI18n>['t'];
type F = ReturnType<typeof useI18n>['fmt'];

function reason(o: Opportunity, arb: number, ev: number, t: T, fmt: F): string {
  const limit = fmt.percent(o.suspicious === 'ev_too_high' ? ev : o.suspicious === 'outlier' ? (o.math.outlier?.ratio ?? 0) : arb);
  return t(`opp.suspicious.${o.suspicious}` as DictKey, { limit });
}

/** Why the list is empty, in the collector's words: never "nothing found" when nothing was collected. */
function emptyMessage(
  hidden: number,
  status: ReturnType<typeof useCollectorStore.getState>['status'],
  now: number,
  t: T,
  fmt: F,
  words: (e: { code: string; message: string; action: string }) => { message: string; action: string },
): string {
  if (hidden > 0) return t('opp.empty.filtered', { n: hidden });
  if (status?.paused) return t('opp.empty.paused');
  if (status?.lastError) return t('opp.empty.error', words(status.lastError));
  if (!status?.lastSuccessAt) return t('opp.empty.firstRun');
  if (status.dataAsOf && now - status.dataAsOf > Math.max(3 * status.intervalMs, 30 * 60_000)) {
    return t('opp.empty.stale', { age: fmt.relative(status.dataAsOf, now) });
  }
  return t('opp.empty.none', { age: fmt.relative(status.lastSuccessAt, now) });
}
