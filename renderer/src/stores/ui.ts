import { create } from 'zustand';
import type { Language, Theme } from '../../../shared/domain/collector';
import type { ConnectionState } from '../api';

/** A page id from the registry in app/pages.ts (kept a string so adding a page is one line). */
export type PageId = string;

interface UiState {
  page: PageId;
  language: Language;
  theme: Theme;
  /** What is on screen: `theme` resolved against the system preference. */
  effectiveTheme: 'dark' | 'light';
  connection: ConnectionState;
  /** Message of the last failed full load, shown in the frame until a load succeeds. */
  loadError: string | null;
  /** Bumped to ask the board's search box to take focus (the `/` shortcut). */
  searchFocusTick: number;
  setPage(page: PageId): void;
  setPrefs(p: { language: Language; theme: Theme }): void;
  setConnection(c: ConnectionState): void;
  setEffectiveTheme(t: 'dark' | 'light'): void;
  setLoadError(message: string | null): void;
  focusSearch(): void;
}

export const useUiStore = create<UiState>()((set) => ({
  page: 'board',
  language: 'fr',
  theme: 'system',
  effectiveTheme: 'dark',
  connection: 'connecting',
  loadError: null,
  searchFocusTick: 0,
  setPage: (page) => set({ page }),
  setPrefs: ({ language, theme }) => set({ language, theme }),
  setConnection: (connection) => set({ connection }),
  setEffectiveTheme: (effectiveTheme) => set({ effectiveTheme }),
  setLoadError: (loadError) => set({ loadError }),
  focusSearch: () => set((s) => ({ page: 'board', searchFocusTick: s.searchFocusTick + 1 })),
}));
