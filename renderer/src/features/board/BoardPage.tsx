import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { useBoardStore } from '../../stores/board';
import { useUiStore } from '../../stores/ui';
import { EventList } from './EventList';
import { SportList } from './SportList';

const SEARCH_DEBOUNCE_MS = 200;

/** Cotes: sports on the left, events grouped by day, a row expands into its grids and chart. */
export function BoardPage() {
  const { t, tp } = useI18n();
  const search = useBoardStore((s) => s.search);
  const includeStarted = useBoardStore((s) => s.includeStarted);
  const count = useBoardStore((s) => s.events.length);
  const setFilter = useBoardStore((s) => s.setFilter);
  const focusTick = useUiStore((s) => s.searchFocusTick);
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(search);

  useEffect(() => {
    if (focusTick > 0) input.current?.focus();
  }, [focusTick]);

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
          <label className="check">
            <input
              type="checkbox"
              checked={includeStarted}
              onChange={(e) => setFilter({ includeStarted: e.target.checked })}
            />
            {t('board.includeStarted')}
          </label>
          <span className="muted">{tp('board.events', count)}</span>
        </div>
        <EventList />
      </section>
    </div>
  );
}
