/**
 * Feature modules (opportunities, bankroll, alerts…) plug into the core here. A module is
 * built for one workspace (the real or the demo database) and rebuilt when the workspace
 * changes; it answers its own contract channels, hears every collection, and may offer data
 * to other modules through `providers` (the alert rules read the bankroll and the scanner
 * there, and stay inactive while a provider is missing).
 */
import type { CollectionRun, CollectorStatus } from '../../shared/domain/collector';
import type { AlertResponses } from '../../shared/ipc/channels/alerts';
import type { BackupResponses } from '../../shared/ipc/channels/backup';
import type { BankrollResponses } from '../../shared/ipc/channels/bankroll';
import type { CoreResponses } from '../../shared/ipc/channels/core';
import type { OpportunityResponses } from '../../shared/ipc/channels/opportunities';
import type { Channel, EmitEvent, Handlers } from '../../shared/ipc/contract';
import type { Snapshot } from './ingest/odds-store';
import type { DesktopNotifier } from './notify/desktop';
import type { OddsApiClient } from './providers/odds-api/client';
import type { JobSpec } from './scheduler/job';
import type { SettingsBackend, SettingsService } from './settings/settings-service';
import type { SecretStore } from './settings/secret-store';
import type { Clock, Scheduler } from './util/clock';
import type { Logger } from './util/logger';
import type { Workspace } from './workspace';

/** What the opportunities module offers the others (the alert rules read it). */
export interface OpportunitySource {
  /** Open opportunities (not gone, not started), newest first. */
  open(): Array<{
    id: number;
    kind: 'surebet' | 'value' | 'drop' | 'gap' | 'middle';
    /** Edge as a fraction (0.023 = 2.3 %): arbitrage margin, EV per unit, or drop size. */
    edge: number;
    suspicious: boolean;
    eventId: string;
    sportKey: string;
    homeTeam: string;
    awayTeam: string;
    commenceTime: number;
    market: string;
    point: number | null;
    bookmakers: string[];
    firstSeenAt: number;
    /** One line for a notification, e.g. "Surebet 2.1 % — Lens v Lille (h2h): Lens 2.30 @ betclic_fr, …". */
    summary: string;
    /** Its legs, for an alert message rendered in the reader's language (optional: older sources). */
    legs?: Array<{ outcome: string; point: number | null; price: number; bookmaker: string; bookmakerTitle?: string }>;
  }>;
  /** Records whether the user bet an opportunity (a bet logged from it, or deleted). */
  markBet?(id: number, bet: boolean): void;
}

/** What the bankroll module offers the others (the alert rules and the status strip read it). */
export interface BankrollSource {
  summary(): {
    /** Deposits − withdrawals + settled profit, in cents. */
    bankrollCents: number;
    /** Settled profit / deposits (null before any deposit). */
    roiOnBankroll: number | null;
    /** Wins / settled bets (null before any). */
    winRate: number | null;
    nSettled: number;
    pending: number;
  };
}

/** Data one module offers the others, filled in module order; a missing one is simply absent. */
export interface Providers {
  opportunities?: OpportunitySource;
  bankroll?: BankrollSource;
}

export interface ModuleContext {
  ws: Workspace;
  clock: Clock;
  scheduler: Scheduler;
  log: Logger;
  emit: EmitEvent;
  settings: SettingsService;
  /** Where feature settings live (see createFeatureSettings). */
  settingsBackend: SettingsBackend;
  secrets: SecretStore;
  /** The host's desktop notifier (Electron's Notification, node-notifier headless), from CoreOptions. */
  desktopNotifier: DesktopNotifier;
  dataDir: string;
  host: 'electron' | 'headless';
  collectorStatus(): CollectorStatus;
  /** A client of the current provider (the simulator in demo mode), e.g. for /scores. */
  oddsClient(): OddsApiClient;
  /** True in demo mode: credits are not real. */
  isDemo(): boolean;
  /** What the modules built so far offer (filled in module order). */
  providers: Providers;
  /**
   * Closes the workspace for `during` (e.g. a restore swapping the file), then reopens it and
   * rebuilds every module: collection stops and waits, modules stop, the file closes; after
   * `during` everything is rebuilt and restarted as it was.
   */
  reopenWorkspace?(during: (databaseFile: string) => Promise<void>): Promise<void>;
}

/**
 * The channels each feature module owns: a module named `backup` must answer exactly the
 * channels of shared/ipc/channels/backup.ts, no more, no fewer. The foundation's channels
 * (`CoreChannel`) are answered by handlers/create-handlers.ts. A module with another name owns
 * no channel (e.g. one that only runs jobs).
 */
export interface ChannelOwners {
  backup: keyof BackupResponses;
  bankroll: keyof BankrollResponses;
  opportunities: keyof OpportunityResponses;
  alerts: keyof AlertResponses;
}

/** The foundation's channels (app, settings, collector, odds). */
export type CoreChannel = keyof CoreResponses;

/** The channels a module called N answers (none for a name absent from ChannelOwners). */
export type OwnedChannels<N extends string> = N extends keyof ChannelOwners ? ChannelOwners[N] : never;

/** Exactly these channels' handlers, each required and typed by the contract. */
export type HandlersOf<C extends Channel> = Pick<Handlers, C>;

/** A feature module built for one workspace (see defineModule in module-kit/define-module.ts). */
export interface FeatureModule<N extends string = string> {
  readonly name: N;
  /** One handler per channel the module owns (ChannelOwners[N]). */
  readonly handlers: HandlersOf<OwnedChannels<N>>;
  /**
   * Scheduled work, handed to the core's one job scheduler (backup.auto, bankroll.settle,
   * alerts.evaluate); a module never sets timers of its own.
   */
  readonly jobs?: readonly JobSpec[];
  /** What it offers the modules built after it (copied into ModuleContext.providers). */
  readonly provides?: Partial<Providers>;
  /** After each collection run, with the snapshots it stored (empty when it stored nothing). */
  onCollected?(run: CollectionRun, stored: Snapshot[]): void;
  /** Starts the module's scheduled jobs (called once the core starts). */
  start?(): void;
  /** Stops its jobs and releases what it holds; the workspace closes after. */
  stop?(): void | Promise<void>;
  /** The machine went to sleep / woke up. */
  pause?(): void;
  resume?(): void;
}

export type ModuleFactory<N extends string = string, M extends FeatureModule<N> = FeatureModule<N>> = (ctx: ModuleContext) => M;
