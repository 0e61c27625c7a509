/**
 * The alert engine speaks the user's language (Settings → language): summaries, desktop
 * notifications, e-mail subjects and bodies, the digest, the tray tooltip, default rule names.
 */
import { describe, expect, it } from 'vitest';
import { makeAlertsModule } from '../../electron/core/alerts/alerts-module';
import { DEFAULT_RULES } from '../../electron/core/alerts/default-rules';
import { openDatabase } from '../../electron/core/db/open-database';
import type { ModuleContext, Providers } from '../../electron/core/modules';
import type { DesktopNotifier } from '../../electron/core/notify/desktop';
import type { Mailer } from '../../electron/core/notify/mailer';
import { createMemorySecretStore } from '../../electron/core/settings/secret-store';
import { createSettingsService } from '../../electron/core/settings/settings-service';
import { ManualTime } from '../../electron/core/util/clock';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import type { Workspace } from '../../electron/core/workspace';
import type { Events } from '../../shared/ipc/contract';
import { startModuleJobs } from '../helpers/module-jobs';
import { HOUR, MIN, newWorld, okRun, T0, type World } from './alerts-harness';

/** The harness's bench, but with a real settings service on the world's backend (language). */
function benchWithSettings(w: World) {
  const time = new ManualTime(T0);
  const db = openDatabase(w.file);
  const secrets = createMemorySecretStore();
  const notifier: DesktopNotifier = {
    availability: () => ({ available: true, reason: null }),
    notify: async (n) => void w.desktop.push(n),
  };
  const mailer: Mailer = { send: async (_c, m) => void w.mails.push(m), verify: async () => undefined };
  const providers: Providers = { opportunities: { open: () => w.opps }, bankroll: { summary: () => w.bankroll } };
  const ctx = {
    ws: { db, mode: 'real' } as unknown as Workspace,
    clock: time,
    scheduler: time,
    log: createLogger('t', { sinks: [silentSink] }),
    emit: (<E extends keyof Events>(name: E, payload: Events[E]) => void w.events.push({ name, payload })) as ModuleContext['emit'],
    settings: createSettingsService({ backend: w.backend, secrets }),
    settingsBackend: w.backend,
    secrets,
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
    env: { MONPS_SMTP_URL: 'smtp://u:p@127.0.0.1:2525', MONPS_EMAIL_TO: 'me@example.com', MONPS_EMAIL_FROM: 'monps@example.com' },
    mailer,
    desktop: notifier,
  })(ctx);
  const jobs = startModuleJobs(mod, time);
  const advance = async (ms: number, step = MIN) => {
    const end = time.now() + ms;
    while (time.now() < end) {
      await time.set(Math.min(end, time.now() + step));
      w.collector = { ...w.collector, lastRun: okRun(time.now()), lastSuccessAt: time.now() };
    }
  };
  return {
    time,
    mod,
    advance,
    close: async () => {
      await jobs.stop();
      await mod.stop?.();
      db.close();
    },
  };
}

const critical = (lang: 'fr' | 'en') => {
  const w = newWorld();
  w.backend.store.language = lang;
  w.bankroll.bankrollCents = 85_000;
  return w;
};

describe('alerts follow the language setting', () => {
  it("'en': the bankroll-critical e-mail and desktop notification are in English", async () => {
    const w = critical('en');
    const b = benchWithSettings(w);
    await b.advance(2 * MIN);
    expect(w.mails.map((m) => m.subject)).toEqual(['[MON_PS] CRITICAL · Critical bankroll']);
    const m = w.mails[0]!;
    expect(m.text).toContain('Firing:');
    expect(m.text).toContain('- [CRITICAL] Bankroll €850.00 below €900.00 (since 25 Nov 2026');
    expect(m.text).toContain('Sent on 25 Nov 2026');
    expect(m.text).toContain('set up alerts in the app');
    expect(m.html).toContain('<html lang="en">');
    expect(m.html).toContain('Bankroll €850.00 below €900.00');
    expect(m.html).not.toMatch(/CRITIQUE|En cours|Envoyé|sous/);
    expect(w.desktop).toEqual([
      expect.objectContaining({ title: 'Critical bankroll', body: 'Bankroll €850.00 below €900.00', severity: 'critical' }),
    ]);
    expect(w.events.find((e) => e.name === 'alerts:notified')?.payload).toMatchObject({ title: 'Critical bankroll' });
    // the alert centre, the rule list and the tray speak English too
    const ov = await b.mod.handlers['alerts:get-overview']({ historyLimit: 10 });
    expect(ov.firing[0]).toMatchObject({ ruleName: 'Critical bankroll', summary: 'Bankroll €850.00 below €900.00' });
    const s = await b.mod.handlers['alerts:get-settings']({});
    expect(s.rules.find((r) => r.id === 'bankroll-critical')?.name).toBe('Critical bankroll');
    expect(b.mod.healthSummary().tooltip).toMatch(/^MON_PS — critical\nBankroll €850.00 below €900.00\nLast collection: /);
    await b.close();
  });

  it("'fr': the same alert is in French (Intl fr-FR numbers and dates)", async () => {
    const w = critical('fr');
    const b = benchWithSettings(w);
    await b.advance(2 * MIN);
    expect(w.mails.map((m) => m.subject)).toEqual(['[MON_PS] CRITIQUE · Bankroll critique']);
    const m = w.mails[0]!;
    expect(m.text).toContain('En cours :');
    expect(m.text).toMatch(/- \[CRITIQUE\] Bankroll 850,00\u00a0€ sous 900,00\u00a0€ \(depuis 25 nov\. 2026/);
    expect(m.text).toContain('Envoyé le 25 nov. 2026');
    expect(m.html).toContain('<html lang="fr">');
    expect(w.desktop).toEqual([expect.objectContaining({ title: 'Bankroll critique', body: 'Bankroll 850,00\u00a0€ sous 900,00\u00a0€' })]);
    expect(b.mod.healthSummary().tooltip).toMatch(/^MON_PS — critique\n/);
    await b.close();
  });

  it('the digest is written in the language of the moment it is sent', async () => {
    const w = critical('en');
    const b = benchWithSettings(w);
    await b.advance(24 * HOUR, 10 * MIN);
    const digest = w.mails.find((m) => m.subject.startsWith('[MON_PS] Daily summary'));
    expect(digest?.subject).toBe('[MON_PS] Daily summary · 1 critical · 1 alert · 0 opportunities');
    expect(digest?.text).toContain('Collector: OK · last successful collection: ');
    expect(digest?.text).toContain('Bankroll €850.00 · ROI 5.0% · win rate 55.0% · 40 settled bets, 0 pending');
    expect(w.mails.some((m) => /Résumé du jour/.test(m.subject))).toBe(false);
    await b.close();
  });

  it('a language switch applies at the next evaluation; an edited rule name is kept as typed', async () => {
    const w = critical('fr');
    w.backend.store.alerts = {
      ...(w.backend.store.alerts as object),
      rules: DEFAULT_RULES.map((r) => (r.id === 'bankroll-critical' ? { ...r, name: 'Ma bankroll' } : r)),
    };
    const b = benchWithSettings(w);
    await b.advance(2 * MIN);
    expect(w.mails.map((m) => m.subject)).toEqual(['[MON_PS] CRITIQUE · Ma bankroll']);
    w.backend.store.language = 'en';
    await b.advance(MIN);
    const ov = await b.mod.handlers['alerts:get-overview']({ historyLimit: 10 });
    expect(ov.firing[0]).toMatchObject({ ruleName: 'Ma bankroll', summary: 'Bankroll €850.00 below €900.00' });
    // the history keeps the text it was written with
    expect(ov.history.some((h) => h.summary.includes('sous 900,00'))).toBe(true);
    const s = await b.mod.handlers['alerts:get-settings']({});
    expect(s.rules.map((r) => r.name)).toContain('Ma bankroll');
    expect(s.rules.find((r) => r.id === 'roi-negative')?.name).toBe('Negative ROI');
    await b.close();
  });
});
