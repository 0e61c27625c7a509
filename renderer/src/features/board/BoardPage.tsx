import { useEffect, useRef, useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/use-i18n';
import { openEventFromHash, useBoardStore } from '../../stores/board';
import { useUiStore } from '../../stores/ui';
import type { EventStatusFilter } from '../../../../shared/domain/odds';
import { useOpportunitiesStore } from '../opportunities/store';
import { EventList } from './EventList';
import { SportList } from './SportList';

const SEARCH_DEBOUNCE_MS = 200;

/** Cotes: sports on the left, events grouped by day, a row expands into its grids and chart. */
export function BoardPage() {
  const { t, tp } = useI18n();
  const search = useBoardStore((s) => s.search);
  const includeStarted = useBoardStore((s) => s.includeStarted);
  const day = useBoardStore((s) => s.day);
  const status = useBoardStore((s) => s.status);
  const myBooksOnly = useBoardStore((s) => s.myBooksOnly);
  const myBooks = useOpportunitiesStore((s) => s.settings?.myBookmakers.length ?? 0);
  const count = useBoardStore((s) => s.events.length);
  const setFilter = useBoardStore((s) => s.setFilter);
  const focusTick = useUiStore((s) => s.searchFocusTick);
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(search);

  useEffect(() => {
    if (focusTick > 0) input.current?.focus();
  }, [focusTick]);

  // an event link opened in a new window lands here
  useEffect(() => openEventFromHash(), []);

  // "my books" come from the scanner's settings
  useEffect(() => {
    if (useOpportunitiesStore.getState().settings) return;
    api.call('opportunities:get-settings', {}).then(
      (settings) => useOpportunitiesStore.setState({ settings }),
      () => {},
    );
  }, []);

  useEffect(() => {
    if (text === search) return;
    const id = setTimeout(() => setFilter({ search: text }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(id);
  }, [text, search, setFilter]);

  return (
    <div className="board">
      <SportList />
      <section className="board-main">
        <div className="toolbar">
          <input
            ref={input}
            type="search"
            className="search"
            data-testid="board-search"
            placeholder={t('board.search')}
            aria-label={t('board.search')}
            value={text}
            maxLength={100}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setText('');
                e.currentTarget.blur();
              }
            }}
          />
          <label className="field-inline">
            <span>{t('board.day')}</span>
            <input type="date" data-testid="board-day" value={day ?? ''} onChange={(e) => setFilter({ day: e.target.value || null })} />
            {day && (
              <button type="button" className="link" data-testid="board-day-clear" onClick={() => setFilter({ day: null })}>
                {t('board.dayClear')}
              </button>
            )}
          </label>
          <label className="field-inline">
            <span>{t('board.status')}</span>
            <select data-testid="board-status" value={status} onChange={(e) => setFilter({ status: e.target.value as EventStatusFilter })}>
              <option value="upcoming">{t('board.status.upcoming')}</option>
              <option value="finished">{t('board.status.finished')}</option>
              <option value="all">{t('board.status.all')}</option>
            </select>
          </label>
          {status === 'upcoming' && !day && (
            <label className="check">
              <input type="checkbox" checked={includeStarted} onChange={(e) => setFilter({ includeStarted: e.target.checked })} />
              {t('board.includeStarted')}
            </label>
          )}
          <label className="check switch" title={myBooks === 0 ? t('board.myBooksNone') : undefined}>
            <input
              type="checkbox"
              role="switch"
              data-testid="board-my-books"
              aria-checked={myBooksOnly && myBooks > 0}
              checked={myBooksOnly && myBooks > 0}
              disabled={myBooks === 0}
              onChange={(e) => setFilter({ myBooksOnly: e.target.checked })}
            />
            {t('board.myBooks')}
          </label>
          <span className="muted">{tp('board.events', count)}</span>
        </div>
        <EventList />
      </section>
    </div>
  );
}
