import { actionKey } from '../../../../shared/i18n/domain-texts';
import { EmptyState } from '../../components/EmptyState';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLink } from '../../components/PageLink';
import { useI18n } from '../../i18n/use-i18n';
import { useBoardStore } from '../../stores/board';
import { useNow } from '../../stores/clock';
import { useCollectorStore } from '../../stores/collector';
import { useSettingsStore } from '../../stores/settings';
import { dayTitle, groupByDay } from './board-utils';
import { EventRow } from './EventRow';

export function EventList() {
  const { t, fmt, errorText, has } = useI18n();
  const now = useNow();
  const events = useBoardStore((s) => s.events);
  const loading = useBoardStore((s) => s.eventsLoading);
  const error = useBoardStore((s) => s.error);
  const search = useBoardStore((s) => s.search);
  const expandedId = useBoardStore((s) => s.expandedId);
  const day = useBoardStore((s) => s.day);
  const statusFilter = useBoardStore((s) => s.status);
  const sportsConfigured = useSettingsStore((s) => s.settings?.sports.length ?? 1);
  const status = useCollectorStore((s) => s.status);

  if (error) return <LoadFailed error={error} onRetry={() => void useBoardStore.getState().loadEvents()} />;
  if (loading) return <EmptyState testId="board-empty">{t('board.loading')}</EmptyState>;
  if (events.length === 0) {
    const settingsLink = <PageLink page="settings">{t('board.openSettings')}</PageLink>;
    if (sportsConfigured === 0) {
      return (
        <EmptyState testId="board-empty" action={settingsLink}>
          {t('board.empty.noSport')}
        </EmptyState>
      );
    }
    if (day) return <EmptyState testId="board-empty">{t('board.empty.day')}</EmptyState>;
    if (statusFilter === 'finished') return <EmptyState testId="board-empty">{t('board.empty.finished')}</EmptyState>;
    if (search.trim()) return <EmptyState testId="board-empty">{t('board.empty.search', { q: search.trim() })}</EmptyState>;
    if (status?.paused) return <EmptyState testId="board-empty">{t('board.empty.paused')}</EmptyState>;
    if (!status?.lastSuccessAt && status?.lastError && !status.running) {
      return (
        <EmptyState testId="board-empty" action={<PageLink page="status">{t('nav.status')}</PageLink>}>
          {errorText(status.lastError.code, status.lastError.message)} —{' '}
          {has(`error.${status.lastError.code}`) ? t(actionKey(status.lastError.code)) : status.lastError.action}
        </EmptyState>
      );
    }
    if (!status?.lastSuccessAt) return <EmptyState testId="board-empty">{t('board.empty.firstRun')}</EmptyState>;
    return <EmptyState testId="board-empty">{t('board.empty.none', { age: fmt.relative(status.lastSuccessAt, now) })}</EmptyState>;
  }

  return (
    <div className="events" role="table">
      <div className="event-head" role="row">
        <span>{t('board.col.time')}</span>
        <span>{t('board.col.event')}</span>
        <span className="num">{t('board.col.home')}</span>
        <span className="num">{t('board.col.draw')}</span>
        <span className="num">{t('board.col.away')}</span>
        <span className="num">{t('board.col.margin')}</span>
        <span className="num">{t('board.col.kickoff')}</span>
        <span className="num hide-narrow">{t('board.col.books')}</span>
      </div>
      {groupByDay(events, statusFilter === 'finished').map((g) => (
        <div key={g.key} className="day" role="rowgroup">
          <h3 className="day-title">{dayTitle(g.start, now, t, fmt)}</h3>
          {g.events.map((e) => (
            <EventRow key={e.id} event={e} expanded={expandedId === e.id} now={now} />
          ))}
        </div>
      ))}
    </div>
  );
}
