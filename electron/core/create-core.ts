/**
 * The composition root of the main side. Both hosts (Electron and headless) call createCore
 * and only wire its handlers and events to their transport. Never imports electron.
 */
import { statSync } from 'node:fs';
import { CHANNELS, type Channel, type Handlers } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import type { CollectorConfig } from './collector/collector-config';
import { createCollector, type Collector } from './collector/collector';
import { createEconomySettings } from './collector/economy-settings';
import { createEventsHub } from './events-hub';
import { createHandlers } from './handlers/create-handlers';
import type { FeatureModule, ModuleContext, Providers } from './modules';
import { channelOwners, type ModuleSet } from './module-kit/combine';
import { MODULES } from './modules/index';
import { createNodeNotifier, nullNotifier, type DesktopNotifier } from './notify/desktop';
import type { JobScheduler } from './scheduler/job';
import { createScheduler } from './scheduler/scheduler';
import { createOddsApiClient } from './providers/odds-api/client';
import { createSettingsService, type SettingsBackend } from './settings/settings-service';
import type { SecretStore } from './settings/secret-store';
import { startSimulator, type Simulator } from './simulator';
import { systemClock, systemScheduler, type Clock, type Scheduler } from './util/clock';
import { createLogger, type Logger } from './util/logger';
import { preparePrivateFolder } from './util/private-files';
import { openWorkspace, type Workspace, type WorkspaceMode } from './workspace';
import { MAIN_MARKETS } from '../../shared/domain/markets';

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
  /** Feature modules (default: all of them, MODULES); a partial set comes from someModules(). */
  modules?: ModuleSet;
  /**
   * The host's desktop notifier: Electron's Notification in the Electron host; default
   * node-notifier on the headless host, none in Electron.
   */
  desktopNotifier?: DesktopNotifier;
  /**
   * The one job scheduler (scheduler/scheduler.ts): the modules' `jobs` are added to it when the
   * modules are built and removed when they stop. A module declaring jobs needs one.
   */
  jobs?: JobScheduler;
}

export const DEMO_API_KEY = 'demo';

export async function createCore(opts: CoreOptions) {
  const clock = opts.clock ?? systemClock;
  const scheduler = opts.scheduler ?? systemScheduler;
  const log = opts.log ?? createLogger('core');
  // the data folder 0700, every file in it 0600 (util/private-files.ts), also when made looser
  const modes = preparePrivateFolder(opts.dataDir);
  if (modes.fixed.length) log.info('data folder: made private again (0700 folder, 0600 files)', { paths: modes.fixed.length });
  for (const f of modes.failed) log.warn('data folder: could not make this private', { path: f.path, reason: f.reason });
  const hub = createEventsHub();
  const settings = createSettingsService({ backend: opts.settingsBackend, secrets: opts.secrets, envBaseUrl: opts.envBaseUrl });
  const economy = createEconomySettings(opts.settingsBackend);
  /** The one scheduler: the host's, else the core's own (its sleep check only on the real clock). */
  const ownJobs = opts.jobs
    ? null
    : createScheduler({ clock, timers: scheduler, log: log.child('scheduler'), heartbeatMs: opts.clock ? 0 : undefined });
  const jobs: JobScheduler = opts.jobs ?? ownJobs!;
  const moduleSet = opts.modules ?? MODULES;
  const desktopNotifier = opts.desktopNotifier ?? (opts.host === 'headless' ? createNodeNotifier() : nullNotifier);

  let simulator: Simulator | null = null;
  let demoSports: string[] = [];
  let running = false;
  let ws: Workspace = openWorkspace(opts.dataDir, modeOf(), log, opts.nativeBinding);
  let collector: Collector = makeCollector();
  let modules: FeatureModule[] = [];
  let owners = new Map<Channel, FeatureModule>();

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
    if (!settings.get().demoMode) return plannedConfig();
    return {
      baseUrl: simulator?.url ?? 'http://127.0.0.1:9',
      apiKey: DEMO_API_KEY,
      demo: true,
      sports: demoSports,
      regions: ['eu', 'uk', 'fr'],
      bookmakers: [],
      markets: [...MAIN_MARKETS],
      intervalMs: opts.demoIntervalMs ?? 60_000,
    };
  }

  function makeCollector(): Collector {
    return createCollector({
      db: ws.db,
      clock,
      scheduler,
      log: log.child('collector'),
      runs: ws.runs,
      odds: ws.odds,
      config,
      plannedConfig,
      economy: () => economy.get(),
      // the collector's runs are a job of the core's own scheduler (a host's generic one only takes modules' jobs)
      jobs: ownJobs ?? undefined,
      requestGapMs: opts.requestGapMs ?? 250,
      onRunFinished(run, stored) {
        for (const m of modules) {
          try {
            m.onCollected?.(run, stored);
          } catch (e) {
            log.error(`module ${m.name} failed after a collection`, { error: e instanceof Error ? e.message : String(e) });
          }
        }
        hub.emit('collector:run-finished', run);
        if (stored.length) hub.emit('odds:updated', { sportKeys: stored.map((s) => s.sportKey), at: clock.now() });
      },
      onStatusChange() {
        hub.emit('collector:status', collector.status());
      },
    });
  }

  function buildModules(): FeatureModule[] {
    const providers: Providers = {};
    const ctx: ModuleContext = {
      ws,
      clock,
      scheduler,
      log,
      emit: hub.emit,
      settings,
      settingsBackend: opts.settingsBackend,
      secrets: opts.secrets,
      desktopNotifier,
      dataDir: opts.dataDir,
      host: opts.host,
      providers,
      collectorStatus: () => collector.status(),
      oddsClient: () => {
        const c = config();
        // the modules' paid calls (settlement's /scores) go into the collector's credit ledger too
        return collector.metered(createOddsApiClient({ baseUrl: c.baseUrl, apiKey: c.apiKey, logger: log.child('odds-api') }), c.demo);
      },
      isDemo: () => settings.get().demoMode,
      reopenWorkspace: (during) => reopen(during),
    };
    const built: FeatureModule[] = [];
    for (const factory of moduleSet.factories) {
      const m = factory({ ...ctx, log: log.child('module') });
      Object.assign(providers, m.provides);
      for (const job of m.jobs ?? []) {
        if (!job.name.startsWith(`${m.name}.`)) throw new Error(`job ${job.name} of the ${m.name} module must be named ${m.name}.<job>`);
        const handle = jobs.add(job); // not inside onAdded?.(…): that would skip the add when there is no onAdded
        job.onAdded?.(handle);
      }
      built.push(m);
    }
    owners = channelOwners(built, moduleSet.complete);
    return built;
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

  async function stopModules(): Promise<void> {
    for (const m of [...modules].reverse()) {
      if (m.jobs?.length) await jobs.removeAll(`${m.name}.`);
      await m.stop?.();
    }
    modules = [];
  }

  /** Closes the workspace, runs `during`, opens the workspace of the current mode and rebuilds on it. */
  async function reopen(during?: (file: string) => Promise<void>): Promise<void> {
    collector.stop();
    collector.abort(); // a run hanging on the network must not hold the switch up
    await collector.idle();
    await stopModules();
    const file = ws.file;
    ws.close();
    try {
      await during?.(file);
    } finally {
      const mode = modeOf();
      ws = openWorkspace(opts.dataDir, mode, log, opts.nativeBinding);
      if (mode === 'demo') await ensureSimulator();
      else if (simulator) {
        await simulator.close();
        simulator = null;
      }
      collector = makeCollector();
      modules = buildModules();
      if (running) {
        for (const m of modules) m.start?.();
        collector.start(0);
      }
      hub.emit('collector:status', collector.status());
    }
  }

  /** Re-opens the right database and restarts collection after the mode changed. */
  async function applyMode(): Promise<void> {
    if (modeOf() !== ws.mode) await reopen();
  }

  const coreHandlers = createHandlers({
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
    economy: {
      settings: economy,
      emit: hub.emit,
      onChanged: () => {
        collector.reschedule();
        hub.emit('collector:status', collector.status());
      },
    },
  });

  /** Stable handlers for the hosts: each call goes to the current workspace's modules. */
  const handlers = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      (req: unknown) => {
        const own = (coreHandlers as Partial<Handlers>)[channel];
        const impl = own ?? (owners.get(channel)?.handlers as Partial<Handlers> | undefined)?.[channel];
        if (!impl) throw new AppError('UNAVAILABLE', `${channel} is not available`);
        return (impl as (r: unknown) => unknown)(req);
      },
    ]),
  ) as Handlers;

  await ensureSimulator();
  modules = buildModules();

  return {
    handlers,
    subscribe: hub.subscribe,
    emit: hub.emit,
    settings,
    workspace: () => ws,
    collector: () => collector,
    modules: () => modules,
    simulatorUrl: () => simulator?.url ?? null,
    /** The core's own scheduler (null when the host gave one): its jobs' state and run records. */
    scheduler: () => ownJobs,
    /** Channels no module answers (a wiring mistake; tests assert there are none). */
    unhandledChannels: (): Channel[] => CHANNELS.filter((c) => !(c in coreHandlers) && !owners.has(c)),
    /** Starts the scheduled jobs (idempotent). */
    start(): void {
      if (running) return;
      running = true;
      jobs.start();
      for (const m of modules) m.start?.();
      collector.start(0);
    },
    pause(): void {
      collector.setPaused(true);
      jobs.pause();
      for (const m of modules) m.pause?.();
    },
    resume(): void {
      collector.setPaused(false);
      collector.reschedule(0);
      // modules first: the alerts engine must know it woke up before its missed evaluation runs
      for (const m of modules) m.resume?.();
      jobs.resume();
    },
    async close(): Promise<void> {
      running = false;
      collector.stop();
      collector.abort(); // requests in flight are cancelled: closing never waits on the network
      await collector.idle();
      await stopModules();
      await ownJobs?.stop('the core closed');
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
