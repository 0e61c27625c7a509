/**
 * The composition root of the main side. Both hosts (Electron and headless) call createCore
 * and only wire its handlers and events to their transport. Never imports electron.
 */
import { mkdirSync, statSync } from 'node:fs';
import type { Handlers } from '../../shared/ipc/contract';
import type { CollectorConfig } from './collector/collector-config';
import { createCollector, type Collector } from './collector/collector';
import { createEventsHub } from './events-hub';
import { createHandlers } from './handlers/create-handlers';
import { createSettingsService, type SettingsBackend } from './settings/settings-service';
import type { SecretStore } from './settings/secret-store';
import { startSimulator, type Simulator } from './simulator';
import { systemClock, systemScheduler, type Clock, type Scheduler } from './util/clock';
import { createLogger, type Logger } from './util/logger';
import { openWorkspace, type Workspace, type WorkspaceMode } from './workspace';

export interface CoreOptions {
  dataDir: string;
  host: 'electron' | 'headless';
  version: string;
  secrets: SecretStore;
  settingsBackend: SettingsBackend;
  clock?: Clock;
  scheduler?: Scheduler;
  log?: Logger;
  /** ODDS_API_BASE_URL */
  envBaseUrl?: string;
  /** better-sqlite3 addon built for Electron. */
  nativeBinding?: string;
  /** Demo collection interval (default 1 min). */
  demoIntervalMs?: number;
  /** Simulator options in demo mode (tests). */
  simulator?: { seed?: number; minRequestIntervalMs?: number };
  /** Pause between the requests of a run (default 250 ms, the API asks for spacing). */
  requestGapMs?: number;
  /** Commands that only read or import (replay, export) do not need the demo simulator. */
  noSimulator?: boolean;
}

export const DEMO_API_KEY = 'demo';

export async function createCore(opts: CoreOptions) {
  mkdirSync(opts.dataDir, { recursive: true });
  const clock = opts.clock ?? systemClock;
  const scheduler = opts.scheduler ?? systemScheduler;
  const log = opts.log ?? createLogger('core');
  const hub = createEventsHub();
  const settings = createSettingsService({ backend: opts.settingsBackend, secrets: opts.secrets, envBaseUrl: opts.envBaseUrl });

  let simulator: Simulator | null = null;
  let demoSports: string[] = [];
  let ws: Workspace = openWorkspace(opts.dataDir, modeOf(), log, opts.nativeBinding);
  let collector: Collector = makeCollector();
  let running = false;

  function modeOf(): WorkspaceMode {
    return settings.get().demoMode ? 'demo' : 'real';
  }

  /** What the user configured for a real key (the credit projection is always about it). */
  function plannedConfig(): CollectorConfig {
    const s = settings.get();
    return {
      baseUrl: s.baseUrl,
      apiKey: settings.apiKey() ?? '',
      demo: false,
      sports: s.sports,
      regions: s.regions,
      bookmakers: s.bookmakers,
      markets: s.markets,
      intervalMs: s.intervalMinutes * 60_000,
    };
  }

  function config(): CollectorConfig {
    const s = settings.get();
    if (s.demoMode) {
      return {
        baseUrl: simulator?.url ?? 'http://127.0.0.1:9',
        apiKey: DEMO_API_KEY,
        demo: true,
        sports: demoSports,
        regions: ['eu', 'uk', 'fr'],
        bookmakers: [],
        markets: ['h2h', 'spreads', 'totals'],
        intervalMs: opts.demoIntervalMs ?? 60_000,
      };
    }
    return plannedConfig();
  }

  function makeCollector(): Collector {
    return createCollector({
      db: ws.db, clock, scheduler, log: log.child('collector'), runs: ws.runs, odds: ws.odds, config, plannedConfig,
      requestGapMs: opts.requestGapMs ?? 250,
      onRunFinished(run, stored) {
        hub.emit('collector:run-finished', run);
        if (stored.length) hub.emit('odds:updated', { sportKeys: stored.map((s) => s.sportKey), at: clock.now() });
      },
      onStatusChange() {
        hub.emit('collector:status', collector.status());
      },
    });
  }

  async function ensureSimulator(): Promise<void> {
    if (!settings.get().demoMode || simulator || opts.noSimulator) return;
    simulator = await startSimulator({
      host: '127.0.0.1',
      apiKeys: [DEMO_API_KEY],
      monthlyCredits: 1_000_000,
      seed: opts.simulator?.seed,
      // the real API's limit is 30 requests/s; the demo spaces its calls by requestGapMs anyway
      minRequestIntervalMs: opts.simulator?.minRequestIntervalMs ?? 20,
      now: () => clock.now(),
    });
    const res = await fetch(`${simulator.url}/v4/sports?apiKey=${DEMO_API_KEY}`);
    demoSports = ((await res.json()) as { key: string; active: boolean; has_outrights: boolean }[])
      .filter((s) => s.active && !s.has_outrights)
      .map((s) => s.key);
    log.info('demo mode: simulator started', { url: simulator.url, sports: demoSports.length });
  }

  /** Re-opens the right database and restarts collection after the mode changed. */
  async function applyMode(): Promise<void> {
    const mode = modeOf();
    if (mode === ws.mode) return;
    collector.stop();
    await collector.idle();
    ws.close();
    ws = openWorkspace(opts.dataDir, mode, log, opts.nativeBinding);
    if (mode === 'demo') await ensureSimulator();
    else if (simulator) {
      await simulator.close();
      simulator = null;
    }
    collector = makeCollector();
    if (running) collector.start(0);
  }

  const handlers: Handlers = createHandlers({
    clock,
    version: opts.version,
    host: opts.host,
    dataDir: opts.dataDir,
    settings,
    workspace: () => ws,
    collector: () => collector,
    config,
    dbSize: () => fileSize(ws.file) + fileSize(ws.file + '-wal'),
    async afterSettingsChange(before, after) {
      if (before.demoMode !== after.demoMode) await applyMode();
      else if (before.intervalMinutes !== after.intervalMinutes || before.apiKeyMasked !== after.apiKeyMasked) collector.reschedule(0);
      hub.emit('settings:changed', after);
      hub.emit('collector:status', collector.status());
    },
  });

  await ensureSimulator();

  return {
    handlers,
    subscribe: hub.subscribe,
    emit: hub.emit,
    settings,
    workspace: () => ws,
    collector: () => collector,
    simulatorUrl: () => simulator?.url ?? null,
    /** Starts the scheduled jobs (idempotent). */
    start(): void {
      running = true;
      collector.start(0);
    },
    pause(): void {
      collector.setPaused(true);
    },
    resume(): void {
      collector.setPaused(false);
      collector.reschedule(0);
    },
    async close(): Promise<void> {
      running = false;
      collector.stop();
      await collector.idle();
      ws.close();
      await simulator?.close();
      simulator = null;
    },
  };
}

export type Core = Awaited<ReturnType<typeof createCore>>;

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
