/**
 * The settings form as pure functions: the draft holds only the fields the user touched, over
 * the saved settings, so a `settings:changed` arriving mid-edit never clobbers typing.
 */
import type { Settings } from '../../../../shared/domain/collector';
import { requestSchemas } from '../../../../shared/ipc/contract';
import type { DictKey } from '../../i18n/fr';
import type { Vars } from '../../i18n/translate';
import type { SettingsPatch } from '../../stores/settings';
import { MAIN_MARKETS } from '../../../../shared/domain/markets';

const updateShape = requestSchemas['settings:update'].shape;
/** Regions the host accepts, straight from the contract. */
export const REGION_OPTIONS: readonly string[] = updateShape.regions.unwrap().element.options;
export const MARKET_OPTIONS: readonly string[] = MAIN_MARKETS;
/** Common The Odds API sport keys and their usual names (proper nouns, same in both languages). */
export const COMMON_SPORTS: Readonly<Record<string, string>> = {
  soccer_france_ligue_one: 'Ligue 1',
  soccer_france_ligue_two: 'Ligue 2',
  soccer_epl: 'Premier League',
  soccer_spain_la_liga: 'LaLiga',
  soccer_germany_bundesliga: 'Bundesliga',
  soccer_italy_serie_a: 'Serie A',
  soccer_uefa_champs_league: 'UEFA Champions League',
  soccer_uefa_europa_league: 'UEFA Europa League',
  basketball_nba: 'NBA',
  basketball_euroleague: 'EuroLeague',
  americanfootball_nfl: 'NFL',
  icehockey_nhl: 'NHL',
  rugbyunion_six_nations: 'Six Nations',
  tennis_atp_french_open: 'Roland-Garros (ATP)',
};
export const SPORT_KEY_RE = /^[a-z0-9_]{2,80}$/;
const BOOK_KEY_RE = /^[a-z0-9_]{2,60}$/;
const MAX_INTERVAL = 7 * 24 * 60;
const MONTH_MINUTES = 30 * 24 * 60;

export interface FormValues {
  forceDemo: boolean;
  sports: string[];
  regions: string[];
  bookmakersText: string;
  markets: string[];
  intervalText: string;
}
export type Draft = Partial<FormValues>;
export type Field = keyof FormValues;
export type FieldErrors = Partial<Record<Field, { key: DictKey; vars?: Vars }>>;

export function formValues(s: Settings, d: Draft): FormValues {
  return {
    forceDemo: d.forceDemo ?? s.forceDemo,
    sports: d.sports ?? s.sports,
    regions: d.regions ?? s.regions,
    bookmakersText: d.bookmakersText ?? s.bookmakers.join(', '),
    markets: d.markets ?? s.markets,
    intervalText: d.intervalText ?? String(s.intervalMinutes),
  };
}

export const parseBookmakers = (text: string): string[] =>
  text
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);

/** A whole number of minutes in range, or null. */
export function parseInterval(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= MAX_INTERVAL ? n : null;
}

export function validate(v: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (parseInterval(v.intervalText) === null) errors.intervalText = { key: 'valid.interval' };
  const badBooks = parseBookmakers(v.bookmakersText).filter((b) => !BOOK_KEY_RE.test(b));
  if (badBooks.length > 0) errors.bookmakersText = { key: 'valid.bookmakers', vars: { list: badBooks.join(', ') } };
  if (v.markets.length === 0) errors.markets = { key: 'valid.markets' };
  if (v.regions.length === 0 && parseBookmakers(v.bookmakersText).length === 0) errors.regions = { key: 'valid.regions' };
  return errors;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** Only what differs from the saved settings (call after `validate` found nothing). */
export function toPatch(s: Settings, v: FormValues, apiKey: string): SettingsPatch {
  const patch: SettingsPatch = {};
  if (apiKey.trim()) patch.apiKey = apiKey.trim();
  if (v.forceDemo !== s.forceDemo) patch.forceDemo = v.forceDemo;
  if (!sameList(v.sports, s.sports)) patch.sports = v.sports;
  if (!sameList(v.regions, s.regions)) patch.regions = v.regions as SettingsPatch['regions'];
  const books = parseBookmakers(v.bookmakersText);
  if (!sameList(books, s.bookmakers)) patch.bookmakers = books;
  if (!sameList(v.markets, s.markets)) patch.markets = v.markets as SettingsPatch['markets'];
  const interval = parseInterval(v.intervalText);
  if (interval !== null && interval !== s.intervalMinutes) patch.intervalMinutes = interval;
  return patch;
}

/**
 * The Odds API bills markets × regions per sport call (bookmakers: per started group of 10).
 * An estimate for the draft; the host's own figure is shown once saved.
 */
export function estimateCredits(v: FormValues): { perRun: number; monthly: number } | null {
  const interval = parseInterval(v.intervalText);
  if (interval === null) return null;
  const books = parseBookmakers(v.bookmakersText).length;
  const groups = books > 0 ? Math.ceil(books / 10) : v.regions.length;
  const perRun = v.sports.length * v.markets.length * groups;
  return { perRun, monthly: Math.round(perRun * (MONTH_MINUTES / interval)) };
}

/** Adds (at the end) or removes a value. */
export function toggle(list: readonly string[], value: string, on: boolean): string[] {
  return on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((x) => x !== value);
}
