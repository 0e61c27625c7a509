import { useI18n } from '../i18n/use-i18n';
import { useUiStore } from '../stores/ui';
import { PAGES } from './pages';

export function Nav() {
  const { t } = useI18n();
  const page = useUiStore((s) => s.page);
  const setPage = useUiStore((s) => s.setPage);
  return (
    <nav className="nav" aria-label="MON_PS">
      <div className="nav-brand">{t('app.title')}</div>
      {PAGES.map((p, i) => (
        <button
          key={p.id}
          type="button"
          className={`nav-item${page === p.id ? ' active' : ''}`}
          data-testid={`nav-${p.id}`}
          aria-current={page === p.id ? 'page' : undefined}
          title={`${t(p.label)} (${t('nav.shortcut', { n: i + 1 })})`}
          onClick={() => setPage(p.id)}
        >
          <span className="nav-icon" aria-hidden="true">
            {p.icon}
          </span>
          <span className="nav-label">{t(p.label)}</span>
        </button>
      ))}
    </nav>
  );
}
