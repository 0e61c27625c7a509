import type { ComponentType } from 'react';
import { AlertsPage } from '../features/alerts/AlertsPage';
import { AnalyticsPage } from '../features/analytics/AnalyticsPage';
import { BetsPage } from '../features/bets/BetsPage';
import { BoardPage } from '../features/board/BoardPage';
import { OpportunitiesPage } from '../features/opportunities/OpportunitiesPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StatusPage } from '../features/status/StatusPage';
import type { DictKey } from '../i18n/fr';

export interface PageDef {
  /** Also the test id suffix: `nav-<id>`. */
  id: string;
  label: DictKey;
  /** A glyph shown in the narrow navigation. */
  icon: string;
  Component: ComponentType;
}

/**
 * The navigation, in order; Alt/Ctrl+1..9 follow this order. Adding a page is one line here
 * (plus its `nav.<id>` label in i18n/fr.ts and en.ts).
 */
export const PAGES: readonly PageDef[] = [
  { id: 'board', label: 'nav.board', icon: '▦', Component: BoardPage },
  { id: 'opportunities', label: 'nav.opportunities', icon: '◆', Component: OpportunitiesPage },
  { id: 'bets', label: 'nav.bets', icon: '€', Component: BetsPage },
  { id: 'analytics', label: 'nav.analytics', icon: '%', Component: AnalyticsPage },
  { id: 'alerts', label: 'nav.alerts', icon: '!', Component: AlertsPage },
  { id: 'status', label: 'nav.status', icon: '◉', Component: StatusPage },
  { id: 'settings', label: 'nav.settings', icon: '⚙', Component: SettingsPage },
];

export const findPage = (id: string): PageDef => PAGES.find((p) => p.id === id) ?? (PAGES[0] as PageDef);
