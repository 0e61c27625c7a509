import { getFormatters, type Formatters } from './format';
import { getTranslator, type Translator } from './translate';
import { useUiStore } from '../stores/ui';

export type I18n = Translator & { fmt: Formatters; lang: 'fr' | 'en' };

/** Current language's translator and Intl formatters; re-renders when the language changes. */
export function useI18n(): I18n {
  const lang = useUiStore((s) => s.language);
  return { ...getTranslator(lang), fmt: getFormatters(lang), lang };
}
