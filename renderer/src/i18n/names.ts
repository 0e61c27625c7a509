/**
 * Human names for the keys the core stores: sports (the collected catalogue, else the usual
 * name, else the key made readable), bookmakers (their titles), markets (translated).
 */
import { useBankrollStore } from '../features/bets/bankroll-store';
import { COMMON_SPORTS } from '../features/settings/settings-draft';
import { useBoardStore } from '../stores/board';
import type { DictKey } from './fr';
import { useI18n } from './use-i18n';

/** soccer_france_ligue_one → "France Ligue One" when nothing better is known. */
export function readableKey(key: string): string {
  const parts = key.split('_');
  const rest = parts.length > 1 ? parts.slice(1) : parts;
  return rest.map((w) => (w.length <= 3 && w !== 'one' && w !== 'two' ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1))).join(' ');
}

export interface Names {
  sport(key: string): string;
  book(key: string): string;
  market(key: string): string;
}

export function useNames(): Names {
  const { t } = useI18n();
  const sports = useBoardStore((s) => s.sports);
  const books = useBankrollStore((s) => s.bookmakers);
  return {
    sport: (k) => sports.find((s) => s.key === k)?.title ?? COMMON_SPORTS[k] ?? readableKey(k),
    book: (k) => books.find((b) => b.key === k)?.title ?? k,
    market: (k) => {
      const key = `market.${k}` as DictKey;
      const s = t(key);
      return s === undefined || s === key ? k : s;
    },
  };
}
