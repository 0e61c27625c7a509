/**
 * The alerts feature module: builds the repos, the outbox and the engine for one workspace,
 * answers the `alerts:*` channels, and offers the hosts `healthSummary` (the tray). Desktop
 * notifications go to the host's notifier (CoreOptions.desktopNotifier, via the context). Rules read `ctx.providers` lazily: a missing provider leaves its
 * rules inactive.
 */
import type { AlertsHealthSummary } from '../../../shared/domain/alerts';
import { alertSettingsSchema } from '../../../shared/ipc/channels/alerts';
import type { FeatureModule, ModuleContext } from '../modules';
import { defineModule } from '../module-kit/define-module';
import type { DesktopNotifier } from '../notify/desktop';
import { smtpMailer, type Mailer } from '../notify/mailer';
import { createOutbox } from '../notify/outbox';
import { resolveSmtp, type SmtpEnv } from '../notify/smtp-config';
import { createFeatureSettings } from '../settings/feature-settings';
import { createAlertsHandlers } from './alerts-handlers';
import { createAlertsRepo } from './alerts-repo';
import { DEFAULT_ALERT_SETTINGS } from './default-rules';
import { AlertEngine } from './engine';
import { healthSummary } from './overview';
import { createSilencesRepo } from './silences-repo';
import { langOf, type Lang } from './texts';

/** What the hosts may call on the alerts module (beyond FeatureModule). */
export interface AlertsModule extends FeatureModule<'alerts'> {
  /** Tray icon colour and tooltip. */
  healthSummary(): AlertsHealthSummary;
  engine: AlertEngine;
}

export interface AlertsModuleOptions {
  /** MONPS_SMTP_URL, MONPS_EMAIL_FROM, MONPS_EMAIL_TO (default: process.env). */
  env?: SmtpEnv;
  mailer?: Mailer;
  /** Default: the host's notifier (ctx.desktopNotifier). */
  desktop?: DesktopNotifier;
}

/** The alerts module among the core's modules, if present. */
export function findAlertsModule(modules: readonly FeatureModule[]): AlertsModule | undefined {
  return modules.find((m): m is AlertsModule => m.name === 'alerts' && 'healthSummary' in m);
}

/** A factory with injected SMTP environment, mailer or notifier (tests). */
export function makeAlertsModule(opts: AlertsModuleOptions = {}): (ctx: ModuleContext) => AlertsModule {
  return (ctx: ModuleContext): AlertsModule => {
    const env = opts.env ?? (process.env as SmtpEnv);
    const log = ctx.log.child('alerts');
    const settings = createFeatureSettings(ctx.settingsBackend, 'alerts', alertSettingsSchema, DEFAULT_ALERT_SETTINGS);
    const desktop: DesktopNotifier = opts.desktop ?? ctx.desktopNotifier;
    const desktopOf = (): DesktopNotifier => desktop;
    const smtp = () => resolveSmtp(settings.get().email, ctx.secrets.get('smtpPassword'), env);
    // The user's language (Settings → language), read at each use so a switch applies at once.
    // A context without a settings service (some test benches) gets French, the app's default.
    const language = (): Lang => {
      try {
        return langOf(ctx.settings.get().language);
      } catch {
        return 'fr';
      }
    };
    const repo = createAlertsRepo(ctx.ws.db);
    const silences = createSilencesRepo(ctx.ws.db);
    let engine: AlertEngine;
    const emitChanged = () => ctx.emit('alerts:changed', summary());
    const outbox = createOutbox({
      db: ctx.ws.db,
      mailer: opts.mailer ?? smtpMailer,
      log,
      now: () => ctx.clock.now(),
      config: () => smtp().config,
      onResult: (id, ok, error) => {
        if (id !== null) repo.setNotificationStatus(id, ok ? 'sent' : 'failed', error, ctx.clock.now());
      },
    });
    const summary = (): AlertsHealthSummary =>
      healthSummary(engine.instances(), ctx.collectorStatus(), ctx.providers.opportunities?.open().length ?? null, language());
    const collectorWords = () => {
      const c = ctx.collectorStatus();
      return { collector: c.health, lastSuccessAt: c.lastSuccessAt, creditsRemaining: c.quota.remaining };
    };

    repo.prune(ctx.clock.now());
    engine = new AlertEngine({
      clock: ctx.clock,
      log,
      repo,
      silences,
      outbox,
      get desktop() {
        return desktopOf();
      },
      settings: () => settings.get(),
      language,
      gather: () => {
        const c = ctx.collectorStatus();
        const s = settings.get();
        return {
          bankroll: ctx.providers.bankroll?.summary() ?? null,
          opportunities: ctx.providers.opportunities?.open() ?? null,
          collector: c,
          demo: ctx.isDemo(),
          emailConfigured: s.email.enabled && smtp().config !== null,
        };
      },
      intervalMs: () => ctx.collectorStatus().intervalMs,
      emailReady: () => settings.get().email.enabled && smtp().config !== null,
      onChanged: emitChanged,
      onNotified: (n) => ctx.emit('alerts:notified', n),
      get bankroll() {
        return ctx.providers.bankroll;
      },
      get opportunities() {
        return ctx.providers.opportunities;
      },
      health: collectorWords,
    });

    return defineModule(
      {
        name: 'alerts',
        handlers: createAlertsHandlers({
          ctx,
          engine,
          repo,
          silences,
          outbox,
          settings,
          smtp,
          summary,
          emitChanged,
          language,
          desktop: desktopOf,
          mailer: opts.mailer ?? smtpMailer,
          smtpFromEnv: () => Boolean(env.MONPS_SMTP_URL),
        }),
        jobs: [engine.job()],
        onCollected: () => engine.poke(),
        start() {
          // a configuration that cannot be used says why at start, not only in `alerts --json`
          const { problem } = smtp();
          // (no server given at all is the default, not a problem: the alerts page says it)
          const given = Boolean(env.MONPS_SMTP_URL) || settings.get().email.host !== '';
          if (settings.get().email.enabled) {
            if (problem && given) log.warn(`e-mail alerts cannot be sent: ${problem}`);
          } else if (env.MONPS_SMTP_URL) log.info('MONPS_SMTP_URL is set, but e-mail alerts are turned off (Alerts → E-mail)');
          engine.start();
        },
        stop: () => engine.stop(),
        pause: () => engine.pause(),
        resume: () => engine.resume(),
      },
      { engine, healthSummary: summary },
    );
  };
}

/** The module as registered in MODULES: process.env, real SMTP, the host's notifier. */
export const createAlertsModule = makeAlertsModule();
