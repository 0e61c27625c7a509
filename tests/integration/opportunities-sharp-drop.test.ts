/**
 * Drops measured against the sharp reference: Pinnacle shortens the home side 2.00 → 1.85
 * (−7.5 %) between two collections while three soft books stay at 2.00, 2.02 and 1.98; one book
 * (b4) follows to 1.86. One drop record names the books that have not followed, best first —
 * also when Pinnacle is not one of "my books" (it stays the reference, never a leg).
 */
import { describe, expect, it } from 'vitest';
import { createOpportunityEngine } from '../../electron/core/opportunities/engine';
import type { NormalizedEvent } from '../../electron/core/providers/types';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { openWorkspace } from '../../electron/core/workspace';
import { OPPORTUNITY_DEFAULTS } from '../../shared/domain/opportunities';
import { tempDir } from '../helpers/fixtures';

const T0 = Date.UTC(2026, 10, 20, 12);
const ID = 'd'.repeat(32);
type Board = Record<string, [number, number, number]>;
const event = (board: Board): NormalizedEvent => ({
  id: ID,
  sportKey: 'soccer_epl',
  sportTitle: 'EPL',
  commenceTime: T0 + 2 * 86_400_000,
  homeTeam: 'Leeds',
  awayTeam: 'Hull',
  bookmakers: Object.entries(board).map(([key, [h, d, a]]) => ({
    key,
    title: key.toUpperCase(),
    lastUpdate: null,
    markets: [
      {
        key: 'h2h',
        lastUpdate: null,
        outcomes: [
          { name: 'Leeds', price: h, point: null, description: null },
          { name: 'Draw', price: d, point: null, description: null },
          { name: 'Hull', price: a, point: null, description: null },
        ],
      },
    ],
  })),
});
const BEFORE: Board = {
  pinnacle: [2.0, 3.4, 3.9],
  b1: [2.0, 3.3, 3.7],
  b2: [2.02, 3.25, 3.6],
  b3: [1.98, 3.3, 3.75],
  b4: [1.97, 3.3, 3.7],
};
const AFTER: Board = { ...BEFORE, pinnacle: [1.85, 3.6, 4.4], b4: [1.86, 3.4, 4.0] };

describe('drops against the sharp reference', () => {
  it('a Pinnacle move the soft books have not followed is one drop listing them', () => {
    const ws = openWorkspace(tempDir(), 'real', createLogger('t', { sinks: [silentSink] }));
    const engine = createOpportunityEngine({ db: ws.db, odds: ws.odds, settings: () => OPPORTUNITY_DEFAULTS, bankroll: () => 0 });
    ws.odds.ingest({ sportKey: 'soccer_epl', observedAt: T0, events: [event(BEFORE)] });
    engine.scan(T0, [ID]);
    ws.odds.ingest({ sportKey: 'soccer_epl', observedAt: T0 + 10 * 60_000, events: [event(AFTER)] });
    engine.scan(T0 + 10 * 60_000, [ID]);
    const drops = engine.repo.list({ status: 'open', kinds: ['drop'], limit: 100 });
    const sharp = drops.filter((o) => o.math.sharpMove);
    expect(sharp).toHaveLength(1);
    expect(sharp[0]!.math.sharpMove).toEqual({ book: 'pinnacle', from: 2.0, to: 1.85 });
    expect(sharp[0]!.edge).toBeCloseTo(0.075, 12);
    expect(sharp[0]!.legs.map((l) => [l.bookmaker, l.price])).toEqual([
      ['b2', 2.02],
      ['b1', 2.0],
      ['b3', 1.98],
    ]);
    ws.close();
  });

  it('with "my books" set, Pinnacle stays the reference (drops, value bets) but is never a leg', () => {
    const ws = openWorkspace(tempDir(), 'real', createLogger('t', { sinks: [silentSink] }));
    const s = { ...OPPORTUNITY_DEFAULTS, myBookmakers: ['b1', 'b2', 'b4'], minBooks: 2 };
    const engine = createOpportunityEngine({ db: ws.db, odds: ws.odds, settings: () => s, bankroll: () => 0 });
    ws.odds.ingest({ sportKey: 'soccer_epl', observedAt: T0, events: [event(BEFORE)] });
    engine.scan(T0, [ID]);
    ws.odds.ingest({ sportKey: 'soccer_epl', observedAt: T0 + 10 * 60_000, events: [event(AFTER)] });
    const r = engine.scan(T0 + 10 * 60_000, [ID]);
    const open = engine.repo.list({ status: 'open', limit: 100 });
    const sharp = open.find((o) => o.math.sharpMove)!;
    expect(sharp.legs.map((l) => l.bookmaker)).toEqual(['b2', 'b1']);
    // the home side at 2.02 against Pinnacle's new fair price: a value bet at one of my books, its reference Pinnacle
    const value = open.filter((o) => o.kind === 'value');
    expect(value.length).toBeGreaterThan(0);
    for (const v of value) {
      expect(v.math.reference).toMatchObject({ kind: 'sharp', books: ['pinnacle'] });
      expect(['b1', 'b2', 'b4']).toContain(v.legs[0]!.bookmaker);
    }
    expect(open.every((o) => o.legs.every((l) => l.bookmaker !== 'pinnacle' && l.bookmaker !== 'b3'))).toBe(true);
    expect(r.summary.skipped.otherBooks).toBe(3); // b3's prices; Pinnacle's are read as the reference
    ws.close();
  });
});
