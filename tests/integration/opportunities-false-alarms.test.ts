/**
 * The false-alarm guards on the real EPL snapshot (19 EU books incl. Pinnacle, Betfair,
 * Matchbook, 2024-10-13), each case rebuilt from it by changing one price:
 * - the 9.6 % surebet made of one outlier price (one book's draw far above every other book):
 *   suspicious ("outlier") although below the 10 % plausibility limit;
 * - a value bet against Pinnacle above the confirmation edge that neither a second sharp book
 *   nor the consensus supports (Pinnacle's own price is the odd one, as Torino 5.75 vs 4.48):
 *   suspicious ("unconfirmed"); the same bet confirmed by a second sharp is not.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open-database';
import { createOddsStore } from '../../electron/core/ingest/odds-store';
import { createOpportunityEngine } from '../../electron/core/opportunities/engine';
import type { NormalizedEvent } from '../../electron/core/providers/types';
import { OPPORTUNITY_DEFAULTS, type OpportunitySettings } from '../../shared/domain/opportunities';
import { readOddsResponse, tempDir } from '../helpers/fixtures';

const T0 = Date.UTC(2024, 9, 13, 12, 0, 0);
const epl = () => readOddsResponse('odds_soccer_epl_eu_h2h_2024-10-13.json');
const net = (book: string, p: number) =>
  book.startsWith('betfair_ex') ? 1 + (p - 1) * 0.95 : book.startsWith('matchbook') ? 1 + (p - 1) * 0.98 : p;

function h2h(ev: NormalizedEvent, outcome: string): { book: string; price: number }[] {
  return ev.bookmakers.flatMap((b) =>
    b.markets
      .filter((m) => m.key === 'h2h')
      .flatMap((m) => m.outcomes.filter((o) => o.name === outcome).map((o) => ({ book: b.key, price: o.price }))),
  );
}
function setPrice(ev: NormalizedEvent, book: string, outcome: string, price: number): void {
  for (const b of ev.bookmakers)
    if (b.key === book) for (const m of b.markets) if (m.key === 'h2h') for (const o of m.outcomes) if (o.name === outcome) o.price = price;
}
const bestNet = (ev: NormalizedEvent, outcome: string) => Math.max(...h2h(ev, outcome).map((q) => net(q.book, q.price)));

function scan(events: NormalizedEvent[], patch: Partial<OpportunitySettings> = {}) {
  const db = openDatabase(join(tempDir(), 'o.sqlite'));
  const odds = createOddsStore(db);
  odds.ingest({ sportKey: 'soccer_epl', observedAt: T0, events });
  const engine = createOpportunityEngine({ db, odds, settings: () => ({ ...OPPORTUNITY_DEFAULTS, ...patch }), bankroll: () => 1000 });
  engine.scan(T0, null);
  return engine.repo.list({ status: 'open', limit: 1000 });
}

describe('false alarms on a real snapshot', () => {
  it('the 9.6 % surebet resting on one outlier price is suspicious, though under the 10 % limit', () => {
    const events = epl();
    const ev = events.find((e) => h2h(e, 'Draw').some((q) => q.book === 'marathonbet'))!;
    // the draw price that turns the best prices into a 9.6 % arbitrage
    const draw = 1 / (1 - 0.096 - 1 / bestNet(ev, ev.homeTeam) - 1 / bestNet(ev, ev.awayTeam));
    const others = h2h(ev, 'Draw')
      .filter((q) => q.book !== 'marathonbet')
      .map((q) => net(q.book, q.price))
      .sort((a, b) => a - b);
    expect(draw / others[others.length >> 1]! - 1).toBeGreaterThan(OPPORTUNITY_DEFAULTS.outlierRatio); // far from every other book
    setPrice(ev, 'marathonbet', 'Draw', Math.round(draw * 100) / 100);
    const sure = scan(events).find((o) => o.kind === 'surebet' && o.eventId === ev.id)!;
    expect(sure.edge).toBeGreaterThan(0.09);
    expect(sure.edge).toBeLessThan(OPPORTUNITY_DEFAULTS.suspiciousArb);
    expect(sure.suspicious).toBe('outlier');
    expect(sure.math.outlier).toMatchObject({ outcome: 'Draw', bookmaker: 'marathonbet', others: others.length });
  });

  it('a surebet whose legs sit near the other books is not called an outlier', () => {
    const events = epl();
    const ev = events.find((e) => h2h(e, 'Draw').some((q) => q.book === 'marathonbet'))!;
    // a 1 % arbitrage: the draw just above the best one
    const draw = 1 / (1 - 0.01 - 1 / bestNet(ev, ev.homeTeam) - 1 / bestNet(ev, ev.awayTeam));
    const others = h2h(ev, 'Draw')
      .filter((q) => q.book !== 'marathonbet')
      .map((q) => net(q.book, q.price))
      .sort((a, b) => a - b);
    expect(draw / others[others.length >> 1]! - 1).toBeLessThan(OPPORTUNITY_DEFAULTS.outlierRatio);
    setPrice(ev, 'marathonbet', 'Draw', Math.ceil(draw * 100) / 100);
    const sure = scan(events).find((o) => o.kind === 'surebet' && o.eventId === ev.id)!;
    expect(sure.suspicious).toBeNull();
    expect(sure.math.outlier).toBeUndefined();
  });

  it('a value bet against Pinnacle that no second sharp nor the consensus supports is unconfirmed', () => {
    const events = epl();
    const ev = events.find((e) => h2h(e, e.awayTeam).some((q) => q.book === 'pinnacle'))!;
    // Pinnacle alone makes the away side much likelier than every other book does
    const pin = h2h(ev, ev.awayTeam).find((q) => q.book === 'pinnacle')!.price;
    setPrice(ev, 'pinnacle', ev.awayTeam, Math.round(pin * 0.8 * 100) / 100);
    const found = scan(events, { secondSharps: [] }).filter(
      (o) => o.kind === 'value' && o.eventId === ev.id && o.legs[0]!.outcome === ev.awayTeam,
    );
    expect(found).toHaveLength(1);
    const v = found[0]!;
    expect(v.edge).toBeGreaterThan(OPPORTUNITY_DEFAULTS.confirmEdge);
    expect(v.math.confirmation).toMatchObject({ secondSharp: null, confirmed: false });
    expect(v.math.confirmation!.consensusEv!).toBeLessThan(OPPORTUNITY_DEFAULTS.minValueEv);
    expect(v.suspicious).toBe('unconfirmed');

    // a second sharp that agrees with Pinnacle confirms it (the same price change on Matchbook)
    const again = epl();
    const ev2 = again.find((e) => e.id === ev.id)!;
    setPrice(ev2, 'pinnacle', ev.awayTeam, Math.round(pin * 0.8 * 100) / 100);
    const mb = h2h(ev2, ev.awayTeam).find((q) => q.book === 'matchbook')!.price;
    setPrice(ev2, 'matchbook', ev.awayTeam, Math.round(mb * 0.8 * 100) / 100);
    const v2 = scan(again, { secondSharps: ['matchbook'] }).find(
      (o) => o.kind === 'value' && o.eventId === ev.id && o.legs[0]!.outcome === ev.awayTeam,
    )!;
    expect(v2.math.confirmation).toMatchObject({ secondSharp: { book: 'matchbook' }, confirmed: true });
    expect(v2.suspicious).not.toBe('unconfirmed');
  });
});
