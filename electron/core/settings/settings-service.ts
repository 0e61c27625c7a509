/**
 * Settings: plain values in a SettingsBackend (electron-store in the desktop host, conf
 * headless — a JSON file beside the databases, shared by the real and the demo database),
 * secrets in the SecretStore. Validates every update with the contract's schema and refuses nonsense
 * with a message naming the field; nothing is saved when any field is wrong.
 */
import type { Settings, SettingsUpdate } from '../../../shared/domain/collector';
import { requestSchemas } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import { formatZodError } from '../util/zod-error';
import { maskSecret, type SecretStore } from './secret-store';

export const DEFAULT_BASE_URL = 'https://api.the-odds-api.com';

/** Stored (non-secret) settings: what the renderer sees, less what is derived from the key. */
export type StoredSettings = Omit<Settings, 'apiKeySet' | 'apiKeyMasked' | 'demoMode'>;

/**
 * Defaults chosen for the free plan: Ligue 1 and the EPL, h2h, one region, every 2 h costs
 * 2 credits × 12 × 30 = 720 a month — over 500 — so only Ligue 1 is on by default (360).
 */
export const DEFAULT_SETTINGS: StoredSettings = {
  forceDemo: false,
  baseUrl: DEFAULT_BASE_URL,
  sports: ['soccer_france_ligue_one'],
  regions: ['eu'],
  bookmakers: [],
  markets: ['h2h'],
  intervalMinutes: 120,
  language: 'fr',
  theme: 'system',
};

/** Where plain settings live: electron-store and conf both fit (`store` getter/setter). */
export interface SettingsBackend {
  store: Record<string, unknown>;
}

export function createMemorySettingsBackend(initial: Partial<StoredSettings> = {}): SettingsBackend {
  return { store: { ...initial } };
}

export interface SettingsServiceOptions {
  backend: SettingsBackend;
  secrets: SecretStore;
  /** ODDS_API_BASE_URL: wins over the stored base URL when set. */
  envBaseUrl?: string;
}

export function createSettingsService(opts: SettingsServiceOptions) {
  const { backend, secrets } = opts;

  function stored(): StoredSettings {
    const saved = backend.store as Partial<StoredSettings>;
    const out = { ...DEFAULT_SETTINGS };
    for (const k of Object.keys(DEFAULT_SETTINGS) as (keyof StoredSettings)[]) {
      if (saved[k] !== undefined) (out as Record<string, unknown>)[k] = saved[k];
    }
    return out;
  }

  function view(): Settings {
    const s = stored();
    const key = secrets.get('oddsApiKey');
    return {
      apiKeySet: key !== null,
      apiKeyMasked: key ? maskSecret(key) : null,
      ...(secrets.location ? { keyStorage: secrets.location() } : {}),
      demoMode: key === null || s.forceDemo,
      forceDemo: s.forceDemo,
      baseUrl: opts.envBaseUrl || s.baseUrl,
      sports: s.sports,
      regions: s.regions,
      bookmakers: s.bookmakers,
      markets: s.markets,
      intervalMinutes: s.intervalMinutes,
      language: s.language,
      theme: s.theme,
    };
  }

  return {
    get: view,
    stored,
    apiKey: (): string | null => secrets.get('oddsApiKey'),
    /** Applies a validated partial update; throws INVALID_REQUEST naming the bad field. */
    update(raw: unknown): Settings {
      const parsed = requestSchemas['settings:update'].safeParse(raw);
      if (!parsed.success) throw new AppError('INVALID_REQUEST', formatZodError(parsed.error));
      const u: SettingsUpdate = parsed.data;
      if (u.sports && u.sports.length === 0) throw new AppError('INVALID_REQUEST', 'sports: choose at least one sport');
      if (u.regions && u.regions.length === 0 && (u.bookmakers ?? stored().bookmakers).length === 0) {
        throw new AppError('INVALID_REQUEST', 'regions: choose at least one region, or list bookmakers');
      }
      if (u.apiKey !== undefined) {
        if (u.apiKey !== null && !/^[A-Za-z0-9_-]{8,100}$/.test(u.apiKey)) {
          throw new AppError('INVALID_REQUEST', 'apiKey: expected the 32-character key from your The Odds API account');
        }
        secrets.set('oddsApiKey', u.apiKey || null);
      }
      const { apiKey: _ignored, ...rest } = u;
      void _ignored;
      backend.store = { ...backend.store, ...stored(), ...rest };
      return view();
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
