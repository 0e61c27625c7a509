/** Binds every request channel of the contract to the core's services. */
import type { Settings } from '../../../shared/domain/collector';
import type { Handlers } from '../../../shared/ipc/contract';
import type { CoreResponses } from '../../../shared/ipc/channels/core';
import { AppError } from '../../../shared/ipc/result';
import type { Collector } from '../collector/collector';
import type { CollectorConfig } from '../collector/collector-config';
import { createEconomyHandlers, type EconomyHandlerDeps } from '../collector/economy-handlers';
import { createOddsApiClient } from '../providers/odds-api/client';
import { OddsApiError } from '../providers/odds-api/errors';
import type { SettingsService } from '../settings/settings-service';
import type { Clock } from '../util/clock';
import type { Workspace } from '../workspace';

export interface HandlerDeps {
  clock: Clock;
  version: string;
  host: 'electron' | 'headless';
  dataDir: string;
  settings: SettingsService;
  workspace(): Workspace;
  collector(): Collector;
  config(): CollectorConfig;
  dbSize(): number;
  afterSettingsChange(before: Settings, after: Settings): Promise<void>;
  /** The credit plan's settings and what to do after an override (economy:* channels). */
  economy: Omit<EconomyHandlerDeps, 'collector' | 'clock'>;
}

/** The foundation's channels; feature modules answer theirs (see modules.ts). */
export function createHandlers(d: HandlerDeps): Pick<Handlers, keyof CoreResponses> {
  return {
    ...createEconomyHandlers({ ...d.economy, collector: d.collector, clock: d.clock }),
    'app:get-info': () => ({
      version: d.version,
      host: d.host,
      dataDir: d.dataDir,
      dbSizeBytes: d.dbSize(),
      demo: d.settings.get().demoMode,
    }),
    'settings:get': () => d.settings.get(),
    'settings:update': async (req) => {
      const before = d.settings.get();
      const after = d.settings.update(req);
      await d.afterSettingsChange(before, after);
      return after;
    },
    'settings:test-key': async (req) => {
      const key = req.apiKey ?? d.settings.apiKey();
      if (!key) return { ok: false, message: 'No API key is set', quota: { remaining: null, used: null, at: null } };
      const client = createOddsApiClient({ baseUrl: d.settings.get().baseUrl, apiKey: key, maxRetries: 1, timeoutMs: 10_000 });
      try {
        const res = await client.getSports();
        const q = res.quota;
        return {
          ok: true,
          message: `The key works: ${res.data.length} sports in season` + (q.remaining !== null ? `, ${q.remaining} credits left` : ''),
          quota: { remaining: q.remaining, used: q.used, at: d.clock.now() },
        };
      } catch (e) {
        const err = e instanceof OddsApiError ? e : null;
        return {
          ok: false,
          message: err?.message ?? 'The key could not be checked',
          quota: { remaining: err?.quota.remaining ?? null, used: err?.quota.used ?? null, at: d.clock.now() },
        };
      }
    },
    'collector:get-status': () => d.collector().status(),
    'collector:run-now': () => d.collector().runNow('manual'),
    'collector:list-runs': (req) => d.workspace().runs.list(req.limit),
    'collector:set-paused': (req) => {
      d.collector().setPaused(req.paused);
      if (!req.paused) d.collector().reschedule(0);
      return d.collector().status();
    },
    'odds:list-sports': () => d.workspace().board.listSports(d.clock.now()),
    'odds:list-events': (req) => d.workspace().board.listEvents(req, d.clock.now()),
    'odds:get-event': (req) => {
      const ev = d.workspace().board.getEvent(req.eventId, d.clock.now());
      if (!ev) throw new AppError('NOT_FOUND', `No event with id ${req.eventId}`);
      return ev;
    },
    'odds:get-history': (req) => d.workspace().board.getHistory(req),
  };
}
