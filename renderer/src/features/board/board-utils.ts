import type { BestPrice, BoardEvent, MarketGrid } from '../../../../shared/domain/odds';
import type { Formatters } from '../../i18n/format';
import type { DictKey } from '../../i18n/fr';
import type { Translator } from '../../i18n/translate';
import { marketRank } from '../../../../shared/domain/markets';

export interface DayGroup {
  key: string;
  start: number;
  events: BoardEvent[];
}

const localDayKey = (d: Date): string => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;

/** Events sorted by kick-off and grouped by local calendar day. */
export function groupByDay(events: readonly BoardEvent[]): DayGroup[] {
  const groups = new Map<string, DayGroup>();
  for (const e of [...events].sort((a, b) => a.commenceTime - b.commenceTime)) {
    const d = new Date(e.commenceTime);
    const key = localDayKey(d);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, start: new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime(), events: [] }));
    g.events.push(e);
  }
  return [...groups.values()];
}

export function dayTitle(start: number, now: number, t: Translator['t'], fmt: Formatters): string {
  const today = new Date(now);
  const todayKey = localDayKey(today);
  const tomorrowKey = localDayKey(new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1));
  const key = localDayKey(new Date(start));
  const day = fmt.day(start);
  if (key === todayKey) return `${t('board.today')} · ${day}`;
  if (key === tomorrowKey) return `${t('board.tomorrow')} · ${day}`;
  return day;
}

export type AgeClass = 'fresh' | 'ageing' | 'stale';
const FRESH_MS = 15 * 60_000;
const AGEING_MS = 2 * 3600_000;

/** Fresh under 15 min, ageing under 2 h, stale beyond (from when the quote was last seen). */
export const ageClass = (seenAt: number, now: number): AgeClass =>
  now - seenAt < FRESH_MS ? 'fresh' : now - seenAt < AGEING_MS ? 'ageing' : 'stale';

/** The three 1 / N / 2 slots of a board row, matched by outcome name. */
export function bestSlots(e: BoardEvent): [BestPrice | null, BestPrice | null, BestPrice | null] {
  const find = (name: string) => e.best.find((b) => b.outcome === name) ?? null;
  const draw = e.best.find((b) => b.outcome !== e.homeTeam && b.outcome !== e.awayTeam) ?? null;
  return [find(e.homeTeam), draw, find(e.awayTeam)];
}

const MARKET_KEYS: Record<string, DictKey> = {
  h2h: 'market.h2h',
  spreads: 'market.spreads',
  totals: 'market.totals',
  outrights: 'market.outrights',
  h2h_lay: 'market.h2h_lay',
};

export const gridKey = (g: Pick<MarketGrid, 'market' | 'point'>): string => `${g.market}|${g.point ?? ''}`;

export function marketLabel(g: Pick<MarketGrid, 'market' | 'point'>, t: Translator['t'], fmt: Formatters): string {
  const name = MARKET_KEYS[g.market] ? t(MARKET_KEYS[g.market] as DictKey) : g.market;
  if (g.point === null) return name;
  const sign = g.market === 'spreads' && g.point > 0 ? '+' : '';
  return `${name} ${sign}${fmt.number(g.point, 2)}`;
}

export const outcomeLabel = (name: string, t: Translator['t']): string => (name === 'Draw' ? t('outcome.draw') : name);

/** Grids in a stable order: h2h first, then by market and line. */
export function sortGrids(grids: readonly MarketGrid[]): MarketGrid[] {
  return [...grids].sort(
    (a, b) => marketRank(a.market) - marketRank(b.market) || a.market.localeCompare(b.market) || (a.point ?? 0) - (b.point ?? 0),
  );
}
