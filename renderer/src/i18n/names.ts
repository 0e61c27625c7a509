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

/** Usual names of books a bettor may log without the collector having seen them (imports). */
const COMMON_BOOKS: Record<string, string> = {
  bet365: 'Bet365',
  williamhill: 'William Hill',
  pinnacle: 'Pinnacle',
  betfair_ex_eu: 'Betfair',
  betfair_ex_uk: 'Betfair',
  unibet_eu: 'Unibet',
  unibet_fr: 'Unibet',
  betclic: 'Betclic',
  betclic_fr: 'Betclic',
  winamax_fr: 'Winamax',
  parionssport_fr: 'Parions Sport',
  pmu_fr: 'PMU',
  zebet_fr: 'ZEbet',
  bwin: 'Bwin',
  marathonbet: 'Marathon Bet',
  onexbet: '1xBet',
  betonlineag: 'BetOnline.ag',
  draftkings: 'DraftKings',
  fanduel: 'FanDuel',
  betmgm: 'BetMGM',
  ladbrokes_uk: 'Ladbrokes',
  coral: 'Coral',
  skybet: 'Sky Bet',
  paddypower: 'Paddy Power',
  betway: 'Betway',
  betvictor: 'Bet Victor',
  interwetten: 'Interwetten',
};

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
    book: (k) => {
      const title = books.find((b) => b.key === k)?.title;
      return title && title !== k ? title : (COMMON_BOOKS[k] ?? title ?? k);
    },
    market: (k) => {
      const key = `market.${k}` as DictKey;
      const s = t(key);
      return s === undefined || s === key ? k : s;
    },
  };
}
