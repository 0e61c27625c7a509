/**
 * A bet logged from an opportunity keeps its link, and the opportunity is marked as bet when
 * the bet is saved (not when the form opens), through the real core in demo mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/create-core';
import { dispatch } from '../../electron/core/handlers/dispatch';
import { createMemorySecretStore } from '../../electron/core/settings/secret-store';
import { createMemorySettingsBackend } from '../../electron/core/settings/settings-service';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { tempDir } from '../helpers/fixtures';

const log = createLogger('test', { sinks: [silentSink] });
let core: Core;

beforeAll(async () => {
  core = await createCore({
    dataDir: tempDir(),
    host: 'headless',
    version: 'test',
    log,
    secrets: createMemorySecretStore(),
    settingsBackend: createMemorySettingsBackend(),
    simulator: { minRequestIntervalMs: 0 },
    requestGapMs: 0,
  });
  await core.collector().runNow('manual');
});
afterAll(() => core.close());

describe('opportunity → bet', () => {
  it('every contract channel has a handler', () => {
    expect(core.unhandledChannels()).toEqual([]);
  });

  it('marks the opportunity as bet when the bet from it is saved', async () => {
    const list = await dispatch(core.handlers, 'opportunities:list', { status: 'open' });
    expect(list.ok).toBe(true);
    const items = (
      list as {
        ok: true;
        value: {
          items: {
            id: number;
            bet: boolean;
            kind: string;
            eventId: string;
            sportKey: string;
            homeTeam: string;
            awayTeam: string;
            commenceTime: number;
            market: string;
            point: number | null;
            legs: { outcome: string; bookmaker: string; price: number }[];
          }[];
        };
      }
    ).value.items;
    const o = items.find((x) => x.kind === 'surebet' || x.kind === 'value')!;
    expect(o).toBeDefined();
    expect(o.bet).toBe(false);
    const leg = o.legs[0];
    const saved = await dispatch(core.handlers, 'bankroll:create-bet', {
      eventId: o.eventId,
      sportKey: o.sportKey,
      homeTeam: o.homeTeam,
      awayTeam: o.awayTeam,
      commenceTime: o.commenceTime,
      market: o.market,
      selection: leg.outcome,
      point: o.point,
      bookmaker: leg.bookmaker,
      odds: leg.price,
      stakeCents: 1000,
      placedAt: Date.now(),
      opportunityId: o.id,
    });
    expect(saved.ok).toBe(true);
    const after = await dispatch(core.handlers, 'opportunities:list', { status: 'open' });
    const again = (after as { ok: true; value: { items: { id: number; bet: boolean }[] } }).value.items.find((x) => x.id === o.id)!;
    expect(again.bet).toBe(true);
  });
});
