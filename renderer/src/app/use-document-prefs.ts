import { useEffect, useState } from 'react';
import { useUiStore } from '../stores/ui';

const lightQuery = (): MediaQueryList | null =>
  typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: light)') : null;

/** Puts the effective theme and the language on <html> (`data-theme`, `lang`). */
export function useDocumentPrefs(): void {
  const theme = useUiStore((s) => s.theme);
  const language = useUiStore((s) => s.language);
  const [systemLight, setSystemLight] = useState(() => lightQuery()?.matches ?? false);

  useEffect(() => {
    const mq = lightQuery();
    if (!mq) return;
    const on = (e: MediaQueryListEvent): void => setSystemLight(e.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);

  // Dark unless the user chose light, or follows a light system.
  const effective = theme === 'light' || (theme === 'system' && systemLight) ? 'light' : 'dark';
  useEffect(() => {
    document.documentElement.dataset.theme = effective;
    useUiStore.getState().setEffectiveTheme(effective);
  }, [effective]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}
