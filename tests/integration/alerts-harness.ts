/**
 * A test bench for the alerts module on a manual clock: a real SQLite file, fake providers
 * (bankroll, opportunities), a settable collector status, a recording desktop notifier and a
 * recording (and breakable) mailer. Restart = a second bench on the same file and settings.
 */
import { join } from 'node:path';
import type { CollectionRun, CollectorStatus } from '../../shared/domain/collector';
import type { AlertSettings } from '../../shared/domain/alerts';
import type { Events } from '../../shared/ipc/contract';
import { makeAlertsModule, type AlertsModule } from '../../electron/core/alerts/alerts-module';
import { DEFAULT_ALERT_SETTINGS } from '../../electron/core/alerts/default-rules';
import { openDatabase, type WritableDb } from '../../electron/core/db/open-database';
import type { ModuleContext, OpportunitySource, Providers } from '../../electron/core/modules';
import type { DesktopNotification, DesktopNotifier } from '../../electron/core/notify/desktop';
import type { MailMessage, Mailer } from '../../electron/core/notify/mailer';
import type { SmtpEnv } from '../../electron/core/notify/smtp-config';
import { createMemorySecretStore } from '../../electron/core/settings/secret-store';
import type { SettingsBackend } from '../../electron/core/settings/settings-service';
import { ManualTime } from '../../electron/core/util/clock';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import type { Workspace } from '../../electron/core/workspace';
import { tempDir } from '../helpers/fixtures';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const T0 = Date.UTC(2026, 10, 25, 12, 0, 0);

export type Opp = ReturnType<OpportunitySource['open']>[number];

/** The shared world of one scenario (survives restarts). */
export interface World {
  file: string;
  backend: SettingsBackend;
  collector: CollectorStatus;
  bankroll: { bankrollCents: number; roiOnBankroll: number | null; winRate: number | null; nSettled: number; pending: number };
  opps: Opp[];
  desktop: DesktopNotification[];
  mails: MailMessage[];
  mailDown: boolean;
  events: { name: string; payload: unknown }[];
  hasBankroll: boolean;
}

export function okRun(at: number): CollectionRun {
  return {
    id: 1,
    startedAt: at,
    endedAt: at + 1000,
    trigger: 'schedule',
    status: 'ok',
    sports: [],
    httpStatus: 200,
    errorCode: null,
    errorMessage: null,
    creditsUsed: 1,
    creditsRemaining: 400,
    requests: 1,
    events: 10,
    pricesSeen: 10,
    pricesChanged: 1,
    pricesDropped: 0,
  };
}

/** A fresh world: healthy collector (interval 1 h), bankroll 1 000 €, no opportunity. */
export function newWorld(settings: Partial<AlertSettings> = {}): World {
  return {
    file: join(tempDir('monps-alerts-'), 'a.sqlite'),
    backend: { store: { alerts: { ...DEFAULT_ALERT_SETTINGS, ...settings } } },
    collector: {
      health: 'ok',
      running: false,
      paused: false,
      demo: false,
      intervalMs: HOUR,
      lastRun: okRun(T0),
      lastSuccessAt: T0,
      nextRunAt: null,
      quota: { remaining: 400, used: 100, at: T0 },
      lastError: null,
      dataAsOf: T0,
      projectedMonthlyCredits: 0,
      creditsPerRun: 1,
    },
    bankroll: { bankrollCents: 100_000, roiOnBankroll: 0.05, winRate: 0.55, nSettled: 40, pending: 0 },
    opps: [],
    desktop: [],
    mails: [],
    mailDown: false,
    events: [],
    hasBankroll: true,
  };
}

export interface Bench {
  time: ManualTime;
  mod: AlertsModule;
  db: WritableDb;
  /** Keeps the collector healthy: a successful run "now". */
  collected(): void;
  close(): Promise<void>;
}

/** Starts the alerts module on the world's file at `start`. */
export function bench(w: World, start = T0, opts: { mailer?: Mailer; env?: SmtpEnv } = {}): Bench {
  const time = new ManualTime(start);
  const db = openDatabase(w.file);
  const notifier: DesktopNotifier = {
    availability: () => ({ available: true, reason: null }),
    notify: async (n) => void w.desktop.push(n),
  };
  const mailer: Mailer = {
    send: async (_c, m) => {
      if (w.mailDown) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      w.mails.push(m);
    },
    verify: async () => undefined,
  };
  const providers: Providers = {
    opportunities: { open: () => w.opps },
  };
  if (w.hasBankroll) providers.bankroll = { summary: () => w.bankroll };
  const ctx = {
    ws: { db, mode: 'real' } as unknown as Workspace,
    clock: time,
    scheduler: time,
    log: createLogger('t', { sinks: [silentSink] }),
    emit: (<E extends keyof Events>(name: E, payload: Events[E]) => void w.events.push({ name, payload })) as ModuleContext['emit'],
    settings: null as unknown as ModuleContext['settings'],
    settingsBackend: w.backend,
    secrets: createMemorySecretStore(),
    desktopNotifier: notifier,
    dataDir: '',
    host: 'headless',
    collectorStatus: () => w.collector,
    oddsClient: () => {
      throw new Error('no client');
    },
    isDemo: () => false,
    providers,
  } satisfies ModuleContext;
  const mod = makeAlertsModule({
    env: opts.env ?? {
      MONPS_SMTP_URL: 'smtp://bettor:hunter2-secret@127.0.0.1:2525',
      MONPS_EMAIL_TO: 'me@example.com',
      MONPS_EMAIL_FROM: 'monps@example.com',
    },
    mailer: opts.mailer ?? mailer,
    desktop: notifier,
  })(ctx);
  mod.start?.();
  return {
    time,
    mod,
    db,
    collected() {
      w.collector = { ...w.collector, lastRun: okRun(time.now()), lastSuccessAt: time.now() };
    },
    async close() {
      await mod.stop?.();
      db.close();
    },
  };
}

/** An opportunity that kicks off in `inMs`. */
export function opp(id: number, now: number, over: Partial<Opp> = {}): Opp {
  return {
    id,
    kind: 'surebet',
    edge: 0.03,
    suspicious: false,
    eventId: `ev${id}`,
    sportKey: 'soccer_france_ligue_one',
    homeTeam: 'Lens',
    awayTeam: 'Lille',
    commenceTime: now + 6 * HOUR,
    market: 'h2h',
    point: null,
    bookmakers: ['betclic_fr', 'unibet_fr'],
    firstSeenAt: now,
    summary: `Surebet 3,0 % — Lens v Lille #${id}`,
    ...over,
  };
}

/** Advances time in collection-sized steps, keeping the collector healthy unless told not to. */
export async function advance(b: Bench, w: World, ms: number, opts: { collect?: boolean; step?: number } = {}): Promise<void> {
  const end = b.time.now() + ms;
  while (b.time.now() < end) {
    await b.time.set(Math.min(end, b.time.now() + (opts.step ?? MIN)));
    if (opts.collect !== false) {
      w.collector = { ...w.collector, lastRun: okRun(b.time.now()), lastSuccessAt: b.time.now() };
    }
  }
}
