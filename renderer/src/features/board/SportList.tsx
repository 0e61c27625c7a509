import { useI18n } from '../../i18n/use-i18n';
import { useBoardStore } from '../../stores/board';

export function SportList() {
  const { t, fmt } = useI18n();
  const sports = useBoardStore((s) => s.sports);
  const current = useBoardStore((s) => s.sportKey);
  const setFilter = useBoardStore((s) => s.setFilter);
  const total = sports.reduce((n, s) => n + s.upcomingEvents, 0);

  const item = (key: string | null, title: string, n: number) => (
    <li key={key ?? '*'}>
      <button
        type="button"
        className={`sport${current === key ? ' active' : ''}`}
        data-testid="sport-item"
        data-sport={key ?? ''}
        aria-pressed={current === key}
        onClick={() => setFilter({ sportKey: key })}
      >
        <span className="sport-title">{title}</span>
        <span className="sport-count">{fmt.number(n)}</span>
      </button>
    </li>
  );

  return (
    <aside className="sports" aria-label={t('board.sports')}>
      <ul>
        {item(null, t('board.allSports'), total)}
        {sports.map((s) => item(s.key, s.title, s.upcomingEvents))}
      </ul>
    </aside>
  );
}
