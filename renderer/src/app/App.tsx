import { useI18n } from '../i18n/use-i18n';
import { useUiStore } from '../stores/ui';
import { ConnectionBanner } from './ConnectionBanner';
import { Nav } from './Nav';
import { findPage } from './pages';
import { StatusStrip } from './StatusStrip';
import { useDocumentPrefs } from './use-document-prefs';
import { useShortcuts } from './use-shortcuts';

/** The frame: navigation on the left, status strip on top, the current page below. */
export function App() {
  useDocumentPrefs();
  useShortcuts();
  const { t } = useI18n();
  const page = findPage(useUiStore((s) => s.page));
  const Page = page.Component;
  return (
    <div className="frame">
      <Nav />
      <div className="main">
        <StatusStrip />
        <ConnectionBanner />
        <main className="page" aria-label={t(page.label)} data-page={page.id}>
          <Page />
        </main>
      </div>
    </div>
  );
}
