/**
 * The scanners on real data — the recorded Odds API responses and the 2026 World Cup
 * group-stage replay — checked against an independent count written here from the raw JSON
 * (not the scanner's code): the surebets of every snapshot, with the default guards.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { OPPORTUNITY_DEFAULTS } from '../../shared/domain/opportunities';
import { createOpportunityEngine } from '../../electron/core/opportunities/engine';
import { replayRecording } from '../../electron/core/replay/replay';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { openWorkspace } from '../../electron/core/workspace';
import { readOddsResponse, readResponse, tempDir, WORLD_CUP_REPLAY } from '../helpers/fixtures';

const log = createLogger('test', { sinks: [silentSink] });
type Wire = {
  id: string;
  commence_time: string;
  home_team: string;
  away_team: string;
  bookmakers: { key: string; markets: { key: string; outcomes: { name: string; price: number; point?: number }[] }[] }[];
};

/** Independent surebet count over raw /odds JSON: the rules of the issue, written out plainly. */
function independentSurebets(events: Wire[], now: number, american: boolean): Set<string> {
  const out = new Set<string>();
  const commission = (b: string) => (b.startsWith('betfair_ex') ? 0.05 : b.startsWith('matchbook') || b.startsWith('smarkets') ? 0.02 : 0);
  const dec = (p: number) => (!american ? p : p > 0 ? 1 + p / 100 : 1 + 100 / -p);
  for (const ev of events) {
    if (Date.parse(ev.commence_time) <= now) continue;
    const lines = new Map<
      string,
      { market: string; line: number | null; books: Set<string>; prices: Map<string, { price: number; book: string }[]> }
    >();
    for (const b of ev.bookmakers) {
      for (const m of b.markets) {
        if (!['h2h', 'spreads', 'totals'].includes(m.key)) continue;
        const ok = m.outcomes.every((o) =>
          m.key === 'totals'
            ? o.name === 'Over' || o.name === 'Under'
            : o.name === ev.home_team || o.name === ev.away_team || (m.key === 'h2h' && o.name === 'Draw'),
        );
        if (!ok) continue;
        for (const o of m.outcomes) {
          const price = dec(o.price);
          if (!(price > 1.01)) continue;
          const line = m.key === 'h2h' ? null : m.key === 'totals' ? o.point! : o.name === ev.home_team ? o.point! : -o.point!;
          const k = `${m.key}|${line}`;
          let g = lines.get(k);
          if (!g) lines.set(k, (g = { market: m.key, line, books: new Set(), prices: new Map() }));
          g.books.add(b.key);
          const list = g.prices.get(o.name) ?? [];
          list.push({ price: 1 + (price - 1) * (1 - commission(b.key)), book: b.key });
          g.prices.set(o.name, list);
        }
      }
    }
    for (const g of lines.values()) {
      if (g.books.size < 3) continue;
      const names =
        g.market === 'totals'
          ? ['Over', 'Under']
          : g.market === 'spreads'
            ? [ev.home_team, ev.away_team]
            : g.prices.has('Draw')
              ? [ev.home_team, 'Draw', ev.away_team]
              : [ev.home_team, ev.away_team];
      if (!names.every((n) => g.prices.has(n))) continue;
      const best = names.map((n) => g.prices.get(n)!.sort((a, b) => b.price - a.price || a.book.localeCompare(b.book))[0]);
      if (new Set(best.map((x) => x.book)).size < 2) continue;
      if (best.reduce((a, x) => a + 1 / x.price, 0) >= 1) continue;
      out.add(
        `surebet|${ev.id}|${g.market}|${g.line ?? ''}|${names
          .map((n, i) => `${n}@${best[i].book}`)
          .sort()
          .join(',')}`,
      );
    }
  }
  return out;
}

const surebetKeys = (ws: ReturnType<typeof openWorkspace>) =>
  new Set(ws.db.prepare(`SELECT key FROM opportunities WHERE kind = 'surebet'`).pluck().all() as string[]);

describe('scanners on real data', () => {
  it.each([
    ['odds_soccer_epl_eu_h2h_2024-10-13.json', Date.UTC(2024, 9, 13, 12), false],
    ['odds_soccer_epl_uk_h2h_spreads_2024-03-08.json', Date.UTC(2024, 2, 8, 12), false],
    ['odds_americanfootball_nfl_us_h2h_spreads_totals_american_2026-06-06.json', Date.UTC(2026, 5, 6, 12), true],
  ] as const)('%s: surebets match the independent count; value bets are consistent', (file, at, american) => {
    const ws = openWorkspace(tempDir(), 'real', log);
    const wire = readResponse(file) as Wire[];
    const events = readOddsResponse(file, american ? 'american' : 'decimal');
    ws.odds.ingest({ sportKey: events[0].sportKey, observedAt: at, events });
    const engine = createOpportunityEngine({ db: ws.db, odds: ws.odds, settings: () => OPPORTUNITY_DEFAULTS, bankroll: () => 1000 });
    const { summary } = engine.scan(at);
    expect(surebetKeys(ws)).toEqual(independentSurebets(wire, at, american));
    expect(summary.events).toBe(wire.filter((e) => Date.parse(e.commence_time) > at).length);
    for (const o of engine.open()) {
      expect(Number.isFinite(o.edge)).toBe(true);
      if (o.kind === 'value') {
        const leg = o.legs[0];
        expect(o.math.probability! * leg.effectivePrice - 1).toBeCloseTo(o.edge, 12);
        expect(o.edge).toBeGreaterThanOrEqual(OPPORTUNITY_DEFAULTS.minValueEv);
        expect(Object.values(o.math.fair!).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      }
    }
    ws.close();
  });

  it('the World Cup replay, scanned per snapshot, finds exactly the independently counted surebets', async () => {
    const ws = openWorkspace(tempDir(), 'real', log);
    const engine = createOpportunityEngine({ db: ws.db, odds: ws.odds, settings: () => OPPORTUNITY_DEFAULTS, bankroll: () => 1000 });
    await replayRecording(ws, WORLD_CUP_REPLAY, {
      onSnapshot: (snap) =>
        engine.scan(
          snap.observedAt,
          snap.events.map((e) => e.id),
        ),
    });
    const expected = new Set<string>();
    for (const line of gunzipSync(readFileSync(WORLD_CUP_REPLAY)).toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      const snap = JSON.parse(line) as { fetched_at: string; body: Wire[] };
      for (const k of independentSurebets(snap.body, Date.parse(snap.fetched_at), true)) expected.add(k);
    }
    expect(expected.size).toBeGreaterThan(0);
    expect(surebetKeys(ws)).toEqual(expected);
    // every record's lifecycle is coherent
    const bad = ws.db.prepare(`SELECT count(*) FROM opportunities WHERE last_seen_at < first_seen_at OR peak_edge < edge`).pluck().get();
    expect(bad).toBe(0);
    ws.close();
  });
});
