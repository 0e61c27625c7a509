/**
 * Middles on hand-made boards stored through the real ingest and scanned by the real engine:
 * a totals middle (Over 2.5 at one book, Under 3.5 at another) and a spreads middle (home −0.5
 * at one book, away +1.5 at another), each checked against a hand computation; a pair whose
 * worst case costs more than `middleMaxLoss` is refused (and an open one goes); and migration
 * 0100 keeps the stored opportunities while it widens the kind constraint.
 */
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { OPPORTUNITY_DEFAULTS, type OpportunitySettings } from '../../shared/domain/opportunities';
import { createOpportunityEngine } from '../../electron/core/opportunities/engine';
import type { NormalizedEvent } from '../../electron/core/providers/types';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { openWorkspace } from '../../electron/core/workspace';
import { migrate } from '../../electron/core/db/migrate';
import type { WritableDb } from '../../electron/core/db/open-database';
import { tempDir } from '../helpers/fixtures';

const log = createLogger('test', { sinks: [silentSink] });
const T0 = Date.UTC(2026, 10, 20, 12);
const KICKOFF = T0 + 3 * 86_400_000;
const ID = 'f'.repeat(32);

/** Per book: the market and its outcomes [name, point, price]. */
type Board = Record<string, { market: 'totals' | 'spreads'; outcomes: [string, number, number][] }>;

function event(board: Board): NormalizedEvent {
  return {
    id: ID,
    sportKey: 'soccer_france_ligue_one',
    sportTitle: 'Ligue 1',
    commenceTime: KICKOFF,
    homeTeam: 'Lens',
    awayTeam: 'Lille',
    bookmakers: Object.entries(board).map(([key, m]) => ({
      key,
      title: key.toUpperCase(),
      lastUpdate: null,
      markets: [
        {
          key: m.market,
          lastUpdate: null,
          outcomes: m.outcomes.map(([name, point, price]) => ({ name, price, point, description: null })),
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
  const middles = () => engine.repo.list({ status: 'all', limit: 100 }).filter((o) => o.kind === 'middle');
  return { collect, middles, ws };
}

/** b1 deals only the 2.5 line, b2 and b3 only the 3.5 line: b2's Under 3.5 is the soft price. */
const totals = (under35AtB2: number): Board => ({
  b1: {
    market: 'totals',
    outcomes: [
      ['Over', 2.5, 2.0],
      ['Under', 2.5, 1.8],
    ],
  },
  b2: {
    market: 'totals',
    outcomes: [
      ['Over', 3.5, 2.9],
      ['Under', 3.5, under35AtB2],
    ],
  },
  b3: {
    market: 'totals',
    outcomes: [
      ['Over', 3.5, 3.6],
      ['Under', 3.5, 1.28],
    ],
  },
});

describe('middles', () => {
  it('finds Over 2.5 @ 2.00 (b1) / Under 3.5 @ 1.96 (b2): a 1-goal window for a 1.01 % worst case', () => {
    const { collect, middles } = setup();
    const r = collect(T0, totals(1.96));
    expect(r.summary.found.middle).toBe(1);
    const [m] = middles();
    // by hand: Σ = 1/2 + 1/1.96 = 1.010204; worst case 1/Σ − 1 = −1.0101 %; in the window 2/Σ − 1 = 97.98 %
    const booksum = 0.5 + 1 / 1.96;
    expect(m).toMatchObject({ market: 'totals', point: 2.5, status: 'open', suspicious: null });
    expect(m.legs.map((l) => [l.outcome, l.point, l.bookmaker, l.price])).toEqual([
      ['Over', 2.5, 'b1', 2.0],
      ['Under', 3.5, 'b2', 1.96],
    ]);
    expect(m.math.booksum).toBeCloseTo(1.010204, 6);
    expect(m.edge).toBeCloseTo(-0.010101, 6);
    expect(m.math.middle).toMatchObject({ from: 2.5, to: 3.5, width: 1 });
    expect(m.math.middle!.worstCase).toBeCloseTo(1 / booksum - 1, 12);
    expect(m.math.middle!.hitReturn).toBeCloseTo(0.979798, 6);
    // equal payout: 100 € → 49.49 € on Over (pays 98.99 €), 50.51 € on Under (pays 98.99 €)
    const [so, su] = m.math.middle!.stakeShares;
    expect(so * 100).toBeCloseTo(49.495, 3);
    expect(su * 100).toBeCloseTo(50.505, 3);
    expect(so * 100 * 2.0).toBeCloseTo(su * 100 * 1.96, 9);
  });

  it('refuses a pair whose worst case costs more than middleMaxLoss, and closes the middle that went', () => {
    const { collect, middles } = setup();
    collect(T0, totals(1.96));
    expect(middles()[0].status).toBe('open');
    // Under 3.5 @ 1.90: Σ = 0.5 + 0.526316 = 1.026316, worst case −2.564 % > 2 %
    const r = collect(T0 + 60_000, totals(1.9));
    expect(r.summary.found.middle).toBe(0);
    expect(middles()).toHaveLength(1);
    expect(middles()[0].status).toBe('gone');
    // the same pair is a middle for a user who accepts 3 %
    const loose = setup({ middleMaxLoss: 0.03 });
    loose.collect(T0, totals(1.9));
    expect(loose.middles()).toHaveLength(1);
    expect(loose.middles()[0].edge).toBeCloseTo(1 / (0.5 + 1 / 1.9) - 1, 12);
  });

  it('finds Lens −0.5 @ 2.05 (b1) / Lille +1.5 @ 1.95 (b2): both win when Lens wins by exactly one goal', () => {
    const { collect, middles } = setup();
    const board: Board = {
      b1: {
        market: 'spreads',
        outcomes: [
          ['Lens', -0.5, 2.05],
          ['Lille', 0.5, 1.8],
        ],
      },
      b2: {
        market: 'spreads',
        outcomes: [
          ['Lens', -1.5, 3.1],
          ['Lille', 1.5, 1.95],
        ],
      },
      b3: {
        market: 'spreads',
        outcomes: [
          ['Lens', -1.5, 3.2],
          ['Lille', 1.5, 1.33],
        ],
      },
    };
    const r = collect(T0, board);
    expect(r.summary.found.middle).toBe(1);
    const [m] = middles();
    // by hand: Σ = 1/2.05 + 1/1.95 = 0.487805 + 0.512821 = 1.000625; worst case −0.0625 %
    expect(m).toMatchObject({ market: 'spreads', point: -0.5 });
    expect(m.legs.map((l) => [l.outcome, l.point, l.bookmaker])).toEqual([
      ['Lens', -0.5, 'b1'],
      ['Lille', 1.5, 'b2'],
    ]);
    expect(m.math.booksum).toBeCloseTo(1.000625, 6);
    expect(m.edge).toBeCloseTo(-0.000625, 6);
    expect(m.math.middle).toMatchObject({ from: 0.5, to: 1.5, width: 1 });
    // no middle the other way round: Lens −1.5 with Lille +0.5 leaves no window (a margin of 1 loses both)
    expect(middles().every((o) => o.legs[0].point === -0.5)).toBe(true);
  });

  it('migration 0100 keeps every stored opportunity and accepts the middle kind', () => {
    const db = new Database(':memory:') as unknown as WritableDb;
    db.pragma('foreign_keys = OFF');
    migrate(db, undefined, 95);
    const insert = (key: string, kind: string) =>
      db
        .prepare(
          `INSERT INTO opportunities (key, kind, event_ref, market, point, books, legs, math, edge, peak_edge, first_seen_at, last_seen_at, status)
           VALUES (?, ?, 1, 'h2h', NULL, 'a,b', '[]', '{}', 0.02, 0.03, 1, 2, 'gone')`,
        )
        .run(key, kind);
    insert('k1', 'surebet');
    insert('k2', 'value');
    expect(() => insert('k3', 'middle')).toThrow(/CHECK/);
    migrate(db);
    expect(db.prepare(`SELECT id, key, kind, edge, peak_edge, status FROM opportunities ORDER BY id`).all()).toEqual([
      { id: 1, key: 'k1', kind: 'surebet', edge: 0.02, peak_edge: 0.03, status: 'gone' },
      { id: 2, key: 'k2', kind: 'value', edge: 0.02, peak_edge: 0.03, status: 'gone' },
    ]);
    insert('k3', 'middle');
    expect(() => insert('k4', 'other')).toThrow(/CHECK/);
    const indexes = (
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'opportunities'`).all() as { name: string }[]
    )
      .map((r) => r.name)
      .filter((n) => !n.startsWith('sqlite_autoindex'))
      .sort();
    expect(indexes).toEqual(['opportunities_event', 'opportunities_status']);
    expect((db.prepare(`PRAGMA foreign_key_list(opportunities)`).all() as { table: string }[]).map((f) => f.table)).toEqual(['events']);
  });
});
