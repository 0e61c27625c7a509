/** The `alerts:*` channels: overview, settings, silences, channel tests. */
import type {
  AlertInstance,
  AlertSettings,
  AlertSettingsView,
  AlertsHealthSummary,
  AlertsOverview,
  ChannelTestResult,
  Silence,
} from '../../../shared/domain/alerts';
import type { Handlers, Req } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import type { ModuleContext } from '../modules';
import type { DesktopNotifier } from '../notify/desktop';
import type { Mailer } from '../notify/mailer';
import type { Outbox } from '../notify/outbox';
import { emailStatusOf, smtpErrorMessage, smtpErrorMsg, type ResolvedSmtp } from '../notify/smtp-config';
import type { FeatureSettings } from '../settings/feature-settings';
import { redact } from '../util/logger';
import type { AlertsRepo } from './alerts-repo';
import type { AlertEngine } from './engine';
import { ALL_RULES } from './mute';
import type { SilencesRepo } from './silences-repo';
import { testMail } from './test-mail';
import { ruleDisplayName, t, type Lang } from './texts';

export interface AlertsHandlerDeps {
  ctx: ModuleContext;
  engine: AlertEngine;
  repo: AlertsRepo;
  silences: SilencesRepo;
  outbox: Outbox;
  settings: FeatureSettings<AlertSettings>;
  smtp(): ResolvedSmtp;
  summary(): AlertsHealthSummary;
  emitChanged(): void;
  desktop(): DesktopNotifier;
  mailer: Mailer;
  smtpFromEnv(): boolean;
  /** The user's language (Settings). */
  language(): Lang;
}

const WEEK = 7 * 86_400_000;
const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;

type AlertHandlers = Pick<Handlers, Extract<keyof Handlers, `alerts:${string}`>>;

/** Handlers of the alerts domain. */
export function createAlertsHandlers(d: AlertsHandlerDeps): AlertHandlers {
  const now = () => d.ctx.clock.now();
  // Unedited default rule names are shown in the user's language; what the renderer saves
  // back (a default name in either language) is still recognised as unedited.
  const view = (): AlertSettingsView => {
    const s = d.settings.get();
    const lang = d.language();
    return {
      ...s,
      rules: s.rules.map((r) => ({ ...r, name: ruleDisplayName(r, lang) })),
      smtpPasswordSet: d.ctx.secrets.get('smtpPassword') !== null,
      smtpFromEnv: d.smtpFromEnv(),
    };
  };

  const overview = (historyLimit = 200): AlertsOverview => {
    const lang = d.language();
    const named = (a: AlertInstance): AlertInstance => ({ ...a, ruleName: ruleDisplayName({ id: a.ruleId, name: a.ruleName }, lang) });
    const all = d.engine.instances().map(named);
    const { config, problem, problemCode } = d.smtp();
    const enabled = d.settings.get().email.enabled;
    return {
      health: d.summary().health,
      firing: all
        .filter((a) => a.state === 'firing')
        .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (b.firedAt ?? 0) - (a.firedAt ?? 0)),
      pending: all.filter((a) => a.state === 'pending'),
      resolved: all.filter((a) => a.state === 'resolved'),
      silences: d.silences.recent(now(), WEEK),
      history: d.repo.history(historyLimit),
      notifications: d.repo.notifications(100),
      email: emailStatusOf(
        enabled ? config : null,
        enabled ? problem : 'e-mail alerts are turned off',
        d.ctx.secrets.get('smtpPassword') !== null || Boolean(config?.pass),
        d.outbox.stats(),
        enabled && (d.smtpFromEnv() || d.settings.get().email.host !== ''),
      ),
      desktop: d.desktop().availability(),
      emailProblemCode: !enabled ? 'EMAIL_OFF' : config ? null : (problemCode ?? 'SMTP_INVALID'),
      inactiveRules: d.engine.inactiveRules(),
      evaluatedAt: d.engine.lastEvaluatedAt(),
    };
  };

  const kickoffOf = (eventId: string): number | null => {
    const inst = d.engine.instances().find((a) => a.labels.eventId === eventId && a.startsAt !== null);
    if (inst?.startsAt) return inst.startsAt;
    const row = d.ctx.ws.db.prepare(`SELECT commence_time AS t FROM events WHERE id = ?`).get(eventId) as { t: number } | undefined;
    return row?.t ?? null;
  };

  const createSilence = (r: Req<'alerts:create-silence'>): Silence => {
    const t = now();
    let endsAt: number;
    if (r.durationMs !== undefined) endsAt = t + r.durationMs;
    else if (r.endsAt !== undefined) endsAt = r.endsAt;
    else {
      if (!r.eventId) throw new AppError('INVALID_REQUEST', 'untilKickoff: choose an event to silence until its kick-off');
      const k = kickoffOf(r.eventId);
      if (k === null) throw new AppError('NOT_FOUND', `event ${r.eventId}: kick-off time unknown`);
      endsAt = k;
    }
    if (endsAt <= t) throw new AppError('INVALID_REQUEST', 'the silence would end in the past');
    if (r.ruleId && r.ruleId !== ALL_RULES && !d.settings.get().rules.some((x) => x.id === r.ruleId)) {
      throw new AppError('NOT_FOUND', `no rule ${r.ruleId}`);
    }
    const s = d.silences.create(
      { ruleId: r.ruleId, eventId: r.eventId, bookmaker: r.bookmaker, startsAt: t, endsAt, comment: r.comment },
      t,
    );
    d.emitChanged();
    return s;
  };

  const testChannel = async (channel: 'desktop' | 'email' | 'inapp'): Promise<ChannelTestResult> => {
    const at = now();
    const lang = d.language();
    const record = (ok: boolean, subject: string, error: string | null) =>
      d.repo.addNotification({ channel, groupKey: 'test', subject, at, status: ok ? 'sent' : 'failed', error, firing: 0, resolved: 0 });
    if (channel === 'inapp') {
      d.ctx.emit('alerts:notified', { title: t(lang, 'test.title'), body: t(lang, 'test.inapp'), page: 'alerts', severity: 'info', at });
      record(true, 'Test in-app', null);
      d.emitChanged();
      return { ok: true, message: 'in-app notification sent', msg: { code: 'testResult.inapp' } };
    }
    if (channel === 'desktop') {
      try {
        await d.desktop().notify({ title: t(lang, 'test.title'), body: t(lang, 'test.desktop'), page: 'alerts', severity: 'info' });
        record(true, 'Test desktop', null);
        return { ok: true, message: 'desktop notification shown', msg: { code: 'testResult.desktop' } };
      } catch (e) {
        const message = redact(e instanceof Error ? e.message : String(e));
        record(false, 'Test desktop', message);
        return { ok: false, message };
      } finally {
        d.emitChanged();
      }
    }
    const { config, problem, problemCode } = d.smtp();
    if (!config)
      return {
        ok: false,
        message: problem ?? 'e-mail is not configured',
        msg: { code: problemCode ? `alerts.emailProblem.${problemCode}` : 'testResult.notConfigured' },
      };
    try {
      await d.mailer.verify(config);
      await d.mailer.send(config, testMail(at, lang));
      record(true, 'Test e-mail', null);
      d.outbox.retryNow(); // the server works: what waits in the outbox goes now
      void d.engine.runOnce();
      return { ok: true, message: `test e-mail sent to ${config.to}`, msg: { code: 'testResult.email', params: { to: config.to } } };
    } catch (e) {
      const message = redact(smtpErrorMessage(e, config));
      record(false, 'Test e-mail', message);
      return { ok: false, message, msg: smtpErrorMsg(e, config) };
    } finally {
      d.emitChanged();
    }
  };

  return {
    'alerts:get-overview': (r) => overview(r.historyLimit),
    'alerts:get-health': () => d.summary(),
    'alerts:get-settings': () => view(),
    'alerts:update-settings': (r) => {
      const { smtpPassword, desktop, email, ...rest } = r;
      const cur = d.settings.get();
      d.settings.update({
        ...rest,
        ...(desktop ? { desktop: { ...cur.desktop, ...desktop } } : {}),
        ...(email ? { email: { ...cur.email, ...email } } : {}),
      });
      if (smtpPassword !== undefined) d.ctx.secrets.set('smtpPassword', smtpPassword || null);
      d.outbox.retryNow();
      d.engine.poke();
      const v = view();
      d.ctx.emit('alerts:settings-changed', v);
      return v;
    },
    'alerts:create-silence': createSilence,
    'alerts:expire-silence': (r) => {
      const s = d.silences.expire(r.id, now());
      if (!s) throw new AppError('NOT_FOUND', `no silence ${r.id}`);
      d.emitChanged();
      d.engine.poke();
      return s;
    },
    'alerts:snooze-all': (r) => {
      const s = createSilence({ ruleId: ALL_RULES, eventId: null, bookmaker: null, durationMs: r.durationMs, comment: 'snooze all' });
      return { snoozedUntil: s.endsAt };
    },
    'alerts:test-channel': (r) => testChannel(r.channel),
    'alerts:evaluate-now': async () => {
      await d.engine.runOnce();
      return overview();
    },
  };
}
