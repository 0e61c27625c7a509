/**
 * Logging a surebet from its opportunity, through the real core and a real SQLite file: every
 * leg in one form and one transaction (a bad leg writes nothing), the half-placed state the page
 * shows (placed legs), the stake above the bankroll refused until confirmed, and Kelly sized
 * from the real bankroll rather than an invented one.
 */
import { describe, expect, it } from 'vitest';
import { createBankrollModule } from '../../electron/core/bankroll/module';
import { createCore } from '../../electron/core/create-core';
import { dispatch } from '../../electron/core/handlers/dispatch';
import { createOpportunitiesModule } from '../../electron/core/opportunities/module';
import type { NormalizedEvent } from '../../electron/core/providers/types';
import { createMemorySecretStore } from '../../electron/core/settings/secret-store';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import type { Opportunity } from '../../shared/domain/opportunities';
import { tempDir } from '../helpers/fixtures';
import { someModules } from '../../electron/core/module-kit/combine';

const log = createLogger('test', { sinks: [silentSink] });
const KICKOFF = Date.now() + 3 * 86_400_000;
const ID = 'f'.repeat(32);
// b1 home 2.30, b2 draw 3.70, b3 away 4.40 (Σ 1/odds = 0.9323): a 6.8 % surebet; b4 prices value too
const BOARD: Record<string, [number, number, number]> = {
  b1: [2.3, 3.2, 3.5],
  b2: [2.0, 3.7, 3.5],
  b3: [2.0, 3.2, 4.4],
  b4: [1.95, 3.3, 3.6],
};
const event = (): NormalizedEvent => ({
  id: ID,
  sportKey: 'soccer_france_ligue_one',
  sportTitle: 'Ligue 1',
  commenceTime: KICKOFF,
  homeTeam: 'Lens',
  awayTeam: 'Lille',
  bookmakers: Object.entries(BOARD).map(([key, [h, d, a]]) => ({
    key,
    title: key.toUpperCase(),
    lastUpdate: null,
    markets: [
      {
        key: 'h2h',
        lastUpdate: null,
        outcomes: [
          { name: 'Lens', price: h, point: null, description: null },
          { name: 'Draw', price: d, point: null, description: null },
          { name: 'Lille', price: a, point: null, description: null },
        ],
      },
    ],
  })),
});

async function setup() {
  const core = await createCore({
    dataDir: tempDir(),
    host: 'headless',
    version: 'test',
    log,
    secrets: createMemorySecretStore(),
    settingsBackend: { store: {} },
    noSimulator: true,
    modules: someModules(createBankrollModule, createOpportunitiesModule),
  });
  core.workspace().odds.ingest({ sportKey: 'soccer_france_ligue_one', observedAt: Date.now(), events: [event()] });
  await dispatch(core.handlers, 'opportunities:rescan', {});
  const call = async <T>(channel: string, req: unknown): Promise<T> => {
    const r = await dispatch(core.handlers, channel as never, req as never);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.value as T;
  };
  const list = await call<{ items: Opportunity[] }>('opportunities:list', {});
  const sure = list.items.find((o) => o.kind === 'surebet')!;
  const bets = () => (core.workspace().db.prepare('SELECT count(*) AS n FROM bets').get() as { n: number }).n;
  return { core, call, sure, list: list.items, bets };
}

const legsOf = (o: Opportunity, stakes: number[]) =>
  o.legs.map((l, i) => ({ selection: l.outcome, bookmaker: l.bookmaker, odds: l.price, stakeCents: stakes[i]! }));

describe('logging bets from an opportunity', () => {
  it('logs every leg of a surebet in one transaction, or none when one leg is bad', async () => {
    const { core, call, sure, bets } = await setup();
    expect(sure.legs).toHaveLength(3);
    await call('bankroll:add-transaction', { kind: 'deposit', amountCents: 100_000 });
    // a bad third leg (a selection the opportunity does not have): nothing written
    const bad = legsOf(sure, [4000, 2500, 2100]);
    bad[2] = { ...bad[2]!, selection: 'Nobody' };
    await expect(call('opportunities:log-bets', { id: sure.id, legs: bad })).rejects.toThrow(/Nobody/);
    expect(bets()).toBe(0);
    const r = await call<{ bets: unknown[]; opportunity: Opportunity }>('opportunities:log-bets', {
      id: sure.id,
      legs: legsOf(sure, [4000, 2500, 2100]),
    });
    expect(r.bets).toHaveLength(3);
    expect(bets()).toBe(3);
    expect(r.opportunity.bet).toBe(true);
    expect(r.opportunity.placed.map((p) => p.selection).sort()).toEqual(['Draw', 'Lens', 'Lille']);
    await core.close();
  });

  it('a half-placed surebet lists the legs placed; a stake above the bankroll needs a confirmation', async () => {
    const { core, call, sure, bets } = await setup();
    await call('bankroll:add-transaction', { kind: 'deposit', amountCents: 5000 });
    const two = legsOf(sure, [4000, 2500, 2100]).slice(0, 2);
    await expect(call('opportunities:log-bets', { id: sure.id, legs: two })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(bets()).toBe(0);
    const r = await call<{ opportunity: Opportunity }>('opportunities:log-bets', { id: sure.id, legs: two, confirmOverBankroll: true });
    expect(r.opportunity.placed).toHaveLength(2);
    expect(r.opportunity.legs).toHaveLength(3);
    await core.close();
  });

  it('Kelly stakes come from the real bankroll: none before a deposit, a share of it after', async () => {
    const { core, call, list } = await setup();
    const value = list.find((o) => o.kind === 'value')!;
    expect(value.math.bankroll).toBe(0);
    expect(value.math.kellyStake).toBe(0);
    await call('bankroll:add-transaction', { kind: 'deposit', amountCents: 200_000 });
    await call('opportunities:rescan', {});
    const again = (await call<{ items: Opportunity[] }>('opportunities:list', {})).items.find((o) => o.id === value.id)!;
    expect(again.math.bankroll).toBe(2000);
    expect(again.math.kellyStake).toBeGreaterThan(0);
    await core.close();
  });
});
