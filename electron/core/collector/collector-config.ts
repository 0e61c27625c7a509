/** What one collection needs, resolved from the settings at the start of each run. */
import { estimateOddsCost } from '../providers/odds-api/client';

export interface CollectorConfig {
  baseUrl: string;
  apiKey: string;
  demo: boolean;
  sports: string[];
  regions: string[];
  bookmakers: string[];
  markets: string[];
  intervalMs: number;
}

/** Credits one run costs: markets × regions (or started groups of 10 books) per sport. */
export function creditsPerRun(cfg: Pick<CollectorConfig, 'sports' | 'markets' | 'regions' | 'bookmakers'>): number {
  const perSport = estimateOddsCost({ markets: cfg.markets, regions: cfg.regions, bookmakers: cfg.bookmakers });
  return perSport * cfg.sports.length;
}

/** Credits a 30-day month at this interval would spend (upper bound: empty leagues are free). */
export function projectedMonthlyCredits(cfg: CollectorConfig): number {
  const runs = Math.floor((30 * 24 * 3600_000) / cfg.intervalMs);
  return runs * creditsPerRun(cfg);
}

/** Codes after which the rest of the run is pointless: every other sport would fail the same way. */
export const FATAL_CODES = new Set([
  'INSECURE_BASE_URL',
  'MISSING_KEY',
  'INVALID_KEY',
  'DEACTIVATED_KEY',
  'OUT_OF_USAGE_CREDITS',
  'ABORTED',
]);

/** What the user should do about an error code, in words. */
export function actionFor(code: string): string {
  switch (code) {
    case 'INSECURE_BASE_URL':
      return 'Use an https:// address for The Odds API in Settings (or in ODDS_API_BASE_URL)';
    case 'MISSING_KEY':
    case 'INVALID_KEY':
    case 'DEACTIVATED_KEY':
      return 'Open Settings and check the API key';
    case 'OUT_OF_USAGE_CREDITS':
      return 'Wait for the monthly reset on the 1st, or reduce sports, markets or frequency in Settings';
    case 'QUOTA_RESERVE':
      return 'Collection pauses to keep a reserve of credits; reduce sports or frequency in Settings';
    case 'UNKNOWN_SPORT':
      return 'Remove or fix this league in Settings';
    case 'INVALID_MARKET':
    case 'INVALID_REGION':
    case 'INVALID_PARAMETER':
      return 'Check the markets, regions and bookmakers in Settings';
    case 'EXCEEDED_FREQ_LIMIT':
    case 'SERVER_ERROR':
    case 'TIMEOUT':
    case 'NETWORK':
      return 'Temporary: the next run retries automatically';
    case 'ABORTED':
      return 'The run was stopped (stop, quit, a settings change or its time limit); the next run starts afresh';
    case 'RESPONSE_TOO_LARGE':
    case 'MALFORMED_RESPONSE':
      return 'The answer was damaged; nothing was stored and the next run retries';
    default:
      return 'See the collector runs on the Status page';
  }
}
