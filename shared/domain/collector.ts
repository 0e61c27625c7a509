/** Collector, quota and settings types shared by the main side and the renderer. */

export type RunTrigger = 'schedule' | 'manual' | 'cli' | 'replay';
export type RunStatus = 'running' | 'ok' | 'partial' | 'failed' | 'skipped';

/** One collection run, as recorded in SQLite. Times are UTC epoch ms. */
export interface CollectionRun {
  id: number;
  startedAt: number;
  endedAt: number | null;
  trigger: RunTrigger;
  status: RunStatus;
  sports: string[];
  httpStatus: number | null;
  /** Typed error code (INVALID_KEY, OUT_OF_USAGE_CREDITS, ...) or null. */
  errorCode: string | null;
  /** The reason in words, safe to show (never contains the key). */
  errorMessage: string | null;
  creditsUsed: number | null;
  creditsRemaining: number | null;
  requests: number;
  events: number;
  pricesSeen: number;
  pricesChanged: number;
  /** Prices dropped at ingest as absurd (≤ 1.0, above the sanity ceiling). */
  pricesDropped: number;
}

export interface QuotaState {
  remaining: number | null;
  used: number | null;
  /** When the quota was last read from a response header. */
  at: number | null;
}

export type CollectorHealth = 'ok' | 'warning' | 'error' | 'idle';

export interface CollectorStatus {
  health: CollectorHealth;
  running: boolean;
  paused: boolean;
  demo: boolean;
  intervalMs: number;
  lastRun: CollectionRun | null;
  lastSuccessAt: number | null;
  nextRunAt: number | null;
  quota: QuotaState;
  /** The last error in words with what to do, or null when the last run succeeded. */
  lastError: { code: string; message: string; action: string; at: number } | null;
  /** Newest observation stored (any sport), for "data age". */
  dataAsOf: number | null;
  /** Credits a month of runs at this interval and configuration would spend. */
  projectedMonthlyCredits: number;
  /** Credits one run costs with the current configuration. */
  creditsPerRun: number;
  /** With a real key: credits are used up (or below the reserve) and paid calls resume at this time (the reset). */
  creditsBackAt?: number | null;
  /**
   * Scheduled runs follow the credit plan (not the fixed interval); `intervalMs` is then the
   * longest gap the plan allows between two runs (6 h), which the "collector late" alert uses.
   */
  planned?: boolean;
}

export type Language = 'fr' | 'en';
export type Theme = 'system' | 'dark' | 'light';

/** Settings as the renderer sees them: the API key itself never leaves the main side. */
export interface Settings {
  apiKeySet: boolean;
  /** e.g. "••••••••••••3f9a" — only the last 4 characters. */
  apiKeyMasked: string | null;
  /**
   * Where a saved key is kept: the OS keychain, the data folder's 0600 file (no keychain), or
   * this session only (no keychain and the user did not accept the file), or not stored at all
   * (ODDS_API_KEY from the environment). Absent: not known.
   */
  keyStorage?: 'keychain' | 'file' | 'session' | 'env';
  /** True when no key is set or the user chose demo mode: data comes from the simulator. */
  demoMode: boolean;
  /** The user asked for demo mode even with a key. */
  forceDemo: boolean;
  baseUrl: string;
  sports: string[];
  regions: string[];
  /** When non-empty, sent instead of regions (billed per started group of 10). */
  bookmakers: string[];
  markets: string[];
  intervalMinutes: number;
  language: Language;
  theme: Theme;
}

/** A partial update; `apiKey: null` clears the key, a string sets it. */
export interface SettingsUpdate {
  apiKey?: string | null;
  forceDemo?: boolean;
  baseUrl?: string;
  sports?: string[];
  regions?: string[];
  bookmakers?: string[];
  markets?: string[];
  intervalMinutes?: number;
  language?: Language;
  theme?: Theme;
}

export interface KeyTestResult {
  ok: boolean;
  message: string;
  quota: QuotaState;
}

export interface AppInfo {
  version: string;
  host: 'electron' | 'headless';
  dataDir: string;
  dbSizeBytes: number;
  demo: boolean;
}
