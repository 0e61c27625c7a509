/**
 * The lifecycle table and the guards on hand-made boards stored through the real ingest:
 * one record per opportunity, reopened as the same record, gone, started; placeholders,
 * stale quotes, books without an account, too few books, suspicious edges, exchange
 * commission, value bets against Pinnacle, price drops; and the module's handlers.
 */
import { describe, expect, it } from 'vitest';
import { OPPORTUNITY_DEFAULTS, type OpportunitySettings } from '../../shared/domain/opportunities';
import { createCore } from '../../electron/core/create-core';
import { dispatch } from '../../electron/core/handlers/dispatch';
import { createOpportunityEngine } from '../../electron/core/opportunities/engine';
import { someModules } from '../../electron/core/module-kit/combine';
import { createOpportunitiesModule } from '../../electron/core/opportunities/module';
import type { NormalizedEvent } from '../../electron/core/providers/types';
import { createMemorySecretStore } from '../../electron/core/settings/secret-store';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { openWorkspace } from '../../electron/core/workspace';
import { tempDir } from '../helpers/fixtures';

const log = createLogger('test', { sinks: [silentSink] });
const T0 = Date.UTC(2026, 10, 20, 12);
const KICKOFF = T0 + 3 * 86_400_000;
const MIN = 60_000;
const ID = 'e'.repeat(32);

/** h2h prices per book: [home, draw, away]. */
type Board = Record<string, [number, number, number]>;
const FAIR: Board = { b1: [2.0, 3.2, 3.5], b2: [2.0, 3.3, 3.5], b3: [2.0, 3.2, 3.6], b4: [1.95, 3.3, 3.6] };
/** b1 home 2.30, b2 draw 3.70, b3 away 4.40: Σ 1/odds = 0.9323, a 6.8 % surebet. */
const SUREBET: Board = { ...FAIR, b1: [2.3, 3.2, 3.5], b2: [2.0, 3.7, 3.5], b3: [2.0, 3.2, 4.4] };

function event(board: Board, home = 'Lens'): NormalizedEvent {
  return {
    id: ID,
    sportKey: 'soccer_france_ligue_one',
    sportTitle: 'Ligue 1',
    commenceTime: KICKOFF,
    homeTeam: home,
    awayTeam: 'Lille',
    bookmakers: Object.entries(board).map(([key, [h, d, a]]) => ({
      key,
      title: key.toUpperCase(),
      lastUpdate: null,
      markets: [
        {
          key: 'h2h',
          lastUpdate: null,
          outcomes: [
            { name: home, price: h, point: null, description: null },
            { name: 'Draw', price: d, point: null, description: null },
            { name: 'Lille', price: a, point: null, description: null },
          ],
        },
      ],
    })),
  };
}

function setup(settings: Partial<OpportunitySettings> = {}) {
  const ws = openWorkspace(tempDir(), 'real', log);
  const s = { ...OPPORTUNITY_DEFAULTS, ...settings };
  const engine = createOpportunityEngine({ db: ws.db, odds: ws.odds, settings: () => s, bankroll: () => 1000 });
  const collect = (at: number, board: Board) => {
    ws.odds.ingest({ sportKey: 'soccer_france_ligue_one', observedAt: at, events: [event(board)] });
    return engine.scan(at, [ID]);
  };
  const all = () => engine.repo.list({ status: 'all', limit: 100 });
  const surebets = () => all().filter((o) => o.kind === 'surebet');
  return { ws, engine, collect, all, surebets, s };
}

describe('lifecycle', () => {
  it('stores a surebet once, closes it when it goes, reopens the same record, marks it started at kick-off', () => {
    const { collect, surebets, engine } = setup();
    collect(T0, SUREBET);
    expect(surebets()).toHaveLength(1);
    const first = surebets()[0];
    expect(first).toMatchObject({ status: 'open', openings: 1, firstSeenAt: T0, lastSeenAt: T0, suspicious: null });
    expect(first.edge).toBeCloseTo(1 - (1 / 2.3 + 1 / 3.7 + 1 / 4.4), 12);
    expect(first.legs.map((l) => `${l.outcome}@${l.bookmaker}`)).toEqual(['Lens@b1', 'Draw@b2', 'Lille@b3']);

    collect(T0 + 5 * MIN, SUREBET); // seen again: same record, nothing twice
    expect(surebets()).toHaveLength(1);
    expect(surebets()[0].lastSeenAt).toBe(T0 + 5 * MIN);

    const gone = collect(T0 + 10 * MIN, FAIR);
    expect(surebets()[0].status).toBe('gone');
    expect(gone.changedIds).toContain(first.id);

    collect(T0 + 20 * MIN, { ...SUREBET, b1: [2.4, 3.2, 3.5] }); // back, bigger
    const again = surebets();
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ id: first.id, status: 'open', openings: 2, firstSeenAt: T0, lastSeenAt: T0 + 20 * MIN });
    expect(again[0].peakEdge).toBeGreaterThan(first.edge);

    engine.scan(KICKOFF + MIN, [ID]);
    expect(surebets()[0].status).toBe('started');
    expect(engine.open()).toHaveLength(0);
  });

  it('an event no longer collected ages out as gone; mark-bet sets the flag', () => {
    const { collect, surebets, engine } = setup();
    collect(T0, SUREBET);
    const id = surebets()[0].id;
    expect(engine.repo.setBet(id, true)?.bet).toBe(true);
    const { summary } = engine.scan(T0 + 31 * MIN); // the whole board, nothing collected for 31 min
    expect(surebets()[0].status).toBe('gone');
    expect(summary.skipped.stale).toBeGreaterThan(0);
    expect(engine.repo.setBet(999, true)).toBeNull();
  });
});

describe('guards', () => {
  it('holds an arbitrage above 10 % as suspicious', () => {
    const { collect, surebets } = setup();
    collect(T0, { ...SUREBET, b3: [2.0, 3.2, 6.0] });
    expect(surebets()[0].suspicious).toBe('arb_too_high');
  });

  it('ignores 1.01 placeholders, books without an account, and markets with too few books', () => {
    const placeholder = setup();
    // 1.01 is a placeholder the scan skips; 1.0 never reaches it (dropped at ingest as absurd).
    const r = placeholder.collect(T0, { ...FAIR, b5: [1.01, 1.01, 1.0] });
    expect(r.summary.skipped.placeholders).toBe(2);
    expect(placeholder.surebets()).toHaveLength(0);
    const mine = setup({ myBookmakers: ['b1', 'b4'] });
    const m = mine.collect(T0, SUREBET);
    expect(mine.surebets()).toHaveLength(0);
    expect(m.summary.skipped.otherBooks).toBe(6);
    const few = setup({ minBooks: 5 });
    expect(few.collect(T0, SUREBET).summary.skipped.fewBooks).toBe(1);
    expect(few.surebets()).toHaveLength(0);
  });

  it('applies exchange commission to a leg: a thin surebet on Betfair disappears after 5 %', () => {
    const thin: Board = { ...FAIR, b1: [2.12, 3.2, 3.5], b2: [2.0, 3.45, 3.5], betfair_ex_eu: [2.0, 3.2, 4.25] };
    const gross = setup({ commissions: {}, otherExchangeCommission: 0 });
    gross.collect(T0, thin);
    expect(gross.surebets()).toHaveLength(1);
    const net = setup();
    net.collect(T0, thin);
    expect(net.surebets()).toHaveLength(0);
  });

  it('finds a value bet against Pinnacle with its Kelly stake, and a price drop within the window', () => {
    const { collect, all } = setup();
    const withPinnacle: Board = { ...FAIR, pinnacle: [2.05, 3.4, 3.75] };
    collect(T0, withPinnacle);
    collect(T0 + 10 * MIN, { ...withPinnacle, b1: [2.25, 3.2, 3.5], b2: [2.0, 2.9, 3.5] });
    const value = all().find((o) => o.kind === 'value')!;
    expect(value.legs[0]).toMatchObject({ outcome: 'Lens', bookmaker: 'b1', price: 2.25 });
    expect(value.math.reference).toEqual({ kind: 'sharp', books: ['pinnacle'], method: 'power' });
    expect(value.edge).toBeCloseTo(value.math.probability! * 2.25 - 1, 12);
    expect(value.math.kellyStake).toBe(Math.floor(0.25 * ((value.math.probability! * 2.25 - 1) / 1.25) * 1000));
    const drop = all().find((o) => o.kind === 'drop')!;
    expect(drop.legs[0]).toMatchObject({ outcome: 'Draw', bookmaker: 'b2', price: 2.9 });
    expect(drop.math.previousPrice).toBe(3.3);
    expect(drop.edge).toBeCloseTo(1 - 2.9 / 3.3, 12);
  });
});

describe('the module in the core', () => {
  it('answers its channels, refuses a bad setting, and offers open opportunities to the alerts', async () => {
    const core = await createCore({
      dataDir: tempDir(),
      host: 'headless',
      version: 'test',
      log,
      secrets: createMemorySecretStore(),
      settingsBackend: { store: {} },
      noSimulator: true,
      modules: someModules(createOpportunitiesModule),
    });
    expect(core.unhandledChannels().filter((c) => c.startsWith('opportunities:'))).toEqual([]);
    const bad = await dispatch(core.handlers, 'opportunities:update-settings', { minBooks: 1 });
    expect(bad.ok).toBe(false);
    const good = await dispatch(core.handlers, 'opportunities:update-settings', { minBooks: 4, devigMethod: 'shin' });
    expect(good.ok && (good.value as OpportunitySettings).minBooks).toBe(4);
    const list = await dispatch(core.handlers, 'opportunities:list', {});
    expect(list.ok && (list.value as { items: unknown[] }).items).toEqual([]);
    await core.close();
  });
});
