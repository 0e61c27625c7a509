/**
 * The engine on a manual clock against alerting.md's cases: for, reset, resolve, repeat,
 * dedup per channel, inhibition, silences, opportunities once, restart, sleep. Days of
 * alerting run in milliseconds.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../electron/core/alerts/default-rules';
import type { AlertRule } from '../../shared/domain/alerts';
import { advance, bench, HOUR, MIN, newWorld, opp, T0 } from './alerts-harness';

const rulesWith = (...extra: AlertRule[]) => ({ rules: [...DEFAULT_RULES, ...extra] });
const titles = (xs: { title: string }[]) => xs.map((x) => x.title);

describe('alert engine', () => {
  it('bankroll below 900 €: one e-mail and one desktop notification, repeated after 24 h only', async () => {
    const w = newWorld();
    w.bankroll.bankrollCents = 85_000;
    const b = bench(w);
    await advance(b, w, 2 * MIN);
    expect(w.mails.map((m) => m.subject)).toEqual(['[MON_PS] CRITIQUE · Bankroll critique']);
    expect(titles(w.desktop)).toEqual(['Bankroll critique']);
    const alertMails = () => w.mails.filter((m) => m.subject.includes('Bankroll critique'));
    await advance(b, w, 23 * HOUR, { step: 10 * MIN });
    expect(alertMails()).toHaveLength(1);
    expect(w.mails.map((m) => m.subject)).toContainEqual(expect.stringMatching(/Résumé du jour · 1 critique/)); // the 08:00 digest
    await advance(b, w, 90 * MIN, { step: 5 * MIN });
    expect(alertMails()).toHaveLength(2); // repeat interval elapsed (rounded up to a group interval)
    const ov = await b.mod.handlers['alerts:get-overview']({ historyLimit: 50 });
    expect(ov.health).toBe('critical');
    expect(ov.notifications.filter((n) => n.channel === 'email').every((n) => n.status === 'sent')).toBe(true);
    await b.close();
  });

  it('for: negative ROI must hold 10 min; one good evaluation resets it; nothing is sent while pending', async () => {
    const w = newWorld();
    w.bankroll.roiOnBankroll = -0.04;
    const b = bench(w);
    await advance(b, w, 6 * MIN);
    w.bankroll.roiOnBankroll = 0.01;
    await advance(b, w, MIN);
    w.bankroll.roiOnBankroll = -0.04;
    await advance(b, w, 9 * MIN);
    expect(w.desktop).toHaveLength(0);
    expect(b.mod.engine.instances().find((a) => a.ruleId === 'roi-negative')?.state).toBe('pending');
    await advance(b, w, 2 * MIN);
    expect(titles(w.desktop)).toEqual(['ROI négatif']);
    expect(w.mails).toHaveLength(0); // a warning goes to the digest, not an immediate e-mail
    const ov = await b.mod.handlers['alerts:get-overview']({ historyLimit: 50 });
    expect(ov.history.map((t) => `${t.from}>${t.to}`).reverse()).toEqual([
      'inactive>pending',
      'pending>inactive',
      'inactive>pending',
      'pending>firing',
    ]);
    await b.close();
  });

  it('too few settled bets: ROI and win rate stay inactive', async () => {
    const w = newWorld();
    Object.assign(w.bankroll, { roiOnBankroll: -0.5, winRate: 0.1, nSettled: 3 });
    const b = bench(w);
    await advance(b, w, HOUR, { step: 5 * MIN });
    expect(b.mod.engine.instances()).toEqual([]);
    await b.close();
  });

  it('resolve: keep_firing_for 1 h, then a resolved desktop notification but no resolved e-mail', async () => {
    const w = newWorld();
    w.bankroll.bankrollCents = 85_000;
    const b = bench(w);
    await advance(b, w, 2 * MIN);
    w.bankroll.bankrollCents = 95_000;
    await advance(b, w, 50 * MIN, { step: 5 * MIN });
    expect(b.mod.engine.instances()[0]?.state).toBe('firing');
    await advance(b, w, 15 * MIN, { step: 1 * MIN });
    expect(b.mod.engine.instances()[0]?.state).toBe('resolved');
    expect(titles(w.desktop)).toEqual(['Bankroll critique', 'Résolu · Bankroll critique']);
    expect(w.mails).toHaveLength(1);
    await b.close();
  });

  it('collector down fires after 1 min, mutes "no data" (inhibition), and its recovery is e-mailed', async () => {
    const w = newWorld();
    const b = bench(w);
    await advance(b, w, MIN);
    w.collector = {
      ...w.collector,
      lastRun: { ...w.collector.lastRun!, status: 'failed', errorCode: 'INVALID_KEY', errorMessage: 'The Odds API key was refused' },
    };
    await advance(b, w, 5 * HOUR, { collect: false, step: 5 * MIN });
    const ov = await b.mod.handlers['alerts:get-overview']({ historyLimit: 50 });
    expect(ov.firing.map((a) => `${a.ruleId}:${a.muted}`).sort()).toEqual(['collector-down:null', 'no-data:inhibited']);
    // repeated every 30 min on both channels; "no data" never notified
    expect(new Set(titles(w.desktop))).toEqual(new Set(['Collecteur en panne']));
    expect(w.desktop.length).toBeGreaterThanOrEqual(8);
    expect(new Set(w.mails.map((m) => m.subject))).toEqual(new Set(['[MON_PS] CRITIQUE · Collecteur en panne']));
    // the collector's code in the mail's language (the core's English detail stays in the log)
    expect(w.mails[0]!.text).toContain('Clé The Odds API refusée');
    await advance(b, w, 20 * MIN, { step: MIN }); // collecting again
    expect(w.mails.map((m) => m.subject)).toContain('[MON_PS] RÉSOLU · Collecteur en panne');
    await b.close();
  });

  it('no run started in 2× the interval counts as collector down', async () => {
    const w = newWorld();
    const b = bench(w);
    await advance(b, w, 2 * HOUR + 2 * MIN, { collect: false, step: 10 * MIN });
    expect(b.mod.engine.instances().map((a) => `${a.ruleId}:${a.state}`)).toEqual(['collector-down:firing']);
    await b.close();
  });

  it('bankroll critical mutes a user-added bankroll warning at 950 €', async () => {
    const warn: AlertRule = {
      ...(DEFAULT_RULES[0] as AlertRule),
      id: 'bankroll-warning',
      name: 'Bankroll basse',
      severity: 'warning',
      threshold: 950,
      keepFiringForMs: 0,
      email: 'digest',
    };
    const w = newWorld(rulesWith(warn));
    w.bankroll.bankrollCents = 85_000;
    const b = bench(w);
    await advance(b, w, 5 * MIN);
    expect(titles(w.desktop)).toEqual(['Bankroll critique']);
    expect(b.mod.engine.instances().find((a) => a.ruleId === 'bankroll-warning')?.muted).toBe('inhibited');
    await b.close();
  });

  it('new opportunities: once each, never repeated, never after kick-off; per-sport rules', async () => {
    const nba: AlertRule = {
      ...(DEFAULT_RULES.find((r) => r.id === 'new-opportunity') as AlertRule),
      id: 'opp-nba',
      name: 'Opportunité NBA',
      sport: 'basketball_nba',
      threshold: 1,
    };
    const w = newWorld(rulesWith(nba));
    const b = bench(w);
    w.opps = [opp(1, T0), opp(2, T0, { commenceTime: T0 + 30_000 }), opp(3, T0, { edge: 0.01 })];
    await advance(b, w, 2 * MIN);
    expect(w.desktop.map((n) => n.body)).toEqual(['Surebet 3,0 % — Lens v Lille #1']);
    expect(w.desktop[0]!.page).toBe('opportunities');
    await advance(b, w, 2 * 24 * HOUR, { step: 30 * MIN });
    expect(w.desktop).toHaveLength(1);
    w.opps = [
      opp(1, T0, { commenceTime: b.time.now() + HOUR }),
      opp(4, b.time.now(), { sportKey: 'basketball_nba', edge: 0.015, commenceTime: b.time.now() + HOUR, summary: 'NBA #4' }),
    ];
    await advance(b, w, 2 * MIN);
    expect(w.desktop.map((n) => n.body)).toEqual(['Surebet 3,0 % — Lens v Lille #1', 'NBA #4']);
    expect(w.mails.every((m) => m.subject.includes('Résumé du jour'))).toBe(true); // opportunities only in the digest
    await b.close();
  });

  it('silences: one rule, one bookmaker, one event; expiry notifies what is still firing; history kept', async () => {
    const w = newWorld();
    const b = bench(w);
    const h = b.mod.handlers;
    await h['alerts:create-silence']({ ruleId: null, eventId: null, bookmaker: 'betclic_fr', durationMs: HOUR, comment: '' });
    expect(() => h['alerts:create-silence']({ ruleId: null, eventId: 'ev2', bookmaker: null, untilKickoff: true, comment: '' })).toThrow(
      /kick-off time unknown/,
    );
    w.opps = [opp(1, T0), opp(2, T0, { bookmakers: ['pinnacle', 'winamax_fr'] })];
    await advance(b, w, 2 * MIN);
    expect(w.desktop.map((n) => n.body)).toEqual(['Surebet 3,0 % — Lens v Lille #2']);
    const s = await h['alerts:create-silence']({
      ruleId: 'bankroll-critical',
      eventId: null,
      bookmaker: null,
      durationMs: 24 * HOUR,
      comment: 'je sais',
    });
    w.bankroll.bankrollCents = 80_000;
    await advance(b, w, 30 * MIN, { step: 5 * MIN });
    expect(w.mails).toHaveLength(0);
    expect(b.mod.engine.instances().find((a) => a.ruleId === 'bankroll-critical')?.muted).toBe('silenced');
    await h['alerts:expire-silence']({ id: s.id });
    await advance(b, w, 2 * MIN);
    expect(w.mails.map((m) => m.subject)).toEqual(['[MON_PS] CRITIQUE · Bankroll critique']);
    await advance(b, w, HOUR, { step: 5 * MIN }); // the bookmaker silence ended: #1 is new to the log
    expect(w.desktop.map((n) => n.body)).toContain('Surebet 3,0 % — Lens v Lille #1');
    const ov = await h['alerts:get-overview']({ historyLimit: 10 });
    expect(ov.silences.map((x) => [x.bookmaker ?? x.ruleId, x.active])).toEqual([
      ['bankroll-critical', false],
      ['betclic_fr', false],
    ]);
    await b.close();
  });

  it('restart: never sends twice, never forgets (outbox written while the server was down)', async () => {
    const w = newWorld();
    w.bankroll.bankrollCents = 85_000;
    w.mailDown = true;
    const b1 = bench(w);
    await advance(b1, w, 3 * MIN);
    expect(w.mails).toHaveLength(0);
    await b1.close();
    w.mailDown = false;
    const b2 = bench(w, b1.time.now() + 10 * MIN);
    await advance(b2, w, 5 * MIN);
    expect(w.mails).toHaveLength(1);
    await b2.close();
    const b3 = bench(w, b2.time.now() + 2 * MIN);
    await advance(b3, w, 2 * HOUR, { step: 10 * MIN });
    expect(w.mails).toHaveLength(1);
    // the outbox failing 3 times raised "e-mail delivery failing" (desktop only); it resolved once sent
    expect(titles(w.desktop)).toEqual(['Bankroll critique', 'Envoi des e-mails en échec', 'Résolu · Envoi des e-mails en échec']);
    await b3.close();
  });

  it('sleep: after a resume "no data" is muted for one interval, and never sent if data comes back', async () => {
    const w = newWorld();
    const b = bench(w);
    await advance(b, w, 2 * MIN);
    b.mod.pause?.();
    await b.time.set(b.time.now() + 5 * HOUR); // the laptop slept: no collection, no evaluation
    b.mod.resume?.();
    await b.time.advance(10_000);
    const noData = b.mod.engine.instances().find((a) => a.ruleId === 'no-data');
    expect(noData?.muted).toBe('resumed');
    await advance(b, w, 3 * MIN); // the collector catches up
    expect(w.desktop.filter((n) => n.title.includes('donnée'))).toHaveLength(0);
    await b.close();
  });

  it('a long close behaves like a resume; pending `for` clocks restart after more than 1 h', async () => {
    const w = newWorld();
    w.bankroll.roiOnBankroll = -0.1;
    const b1 = bench(w);
    await advance(b1, w, 5 * MIN);
    await b1.close();
    const b2 = bench(w, b1.time.now() + 5 * HOUR);
    w.collector = { ...w.collector, lastSuccessAt: b1.time.now() };
    await b2.time.advance(10_000);
    const byRule = new Map(b2.mod.engine.instances().map((a) => [a.ruleId, a]));
    expect(byRule.get('no-data')?.muted).toBe('resumed');
    expect(byRule.get('roi-negative')?.activeAt).toBe(b2.time.now() - 10_000);
    await b2.close();
  });

  it('a rule whose provider is missing stays inactive, and the others go on', async () => {
    const w = newWorld();
    w.hasBankroll = false;
    const b = bench(w);
    await advance(b, w, 3 * HOUR, { collect: false, step: 10 * MIN });
    const ov = await b.mod.handlers['alerts:get-overview']({ historyLimit: 10 });
    expect(ov.inactiveRules).toEqual(['bankroll-critical', 'roi-negative', 'winrate-low']);
    expect(ov.firing.map((a) => a.ruleId)).toEqual(['collector-down']);
    await b.close();
  });
});
