import { useEffect } from 'react';
import { useUiStore } from '../stores/ui';
import { PAGES } from './pages';

const isTyping = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/** `/` focuses the board search; Alt+1..9 or Ctrl+1..9 switch pages (registry order). */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === '/' && !e.ctrlKey && !e.altKey && !e.metaKey && !isTyping(e.target)) {
        e.preventDefault();
        useUiStore.getState().focusSearch();
        return;
      }
      if ((e.altKey || e.ctrlKey) && !e.shiftKey && !e.metaKey && /^Digit[1-9]$/.test(e.code)) {
        const page = PAGES[Number(e.code.slice(5)) - 1];
        if (page) {
          e.preventDefault();
          useUiStore.getState().setPage(page.id);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
