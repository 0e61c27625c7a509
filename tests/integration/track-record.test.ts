/**
 * The track record of a small recording against a hand computation. The recording is rebuilt
 * from the real EPL snapshot (2024-10-13): its first event with four of its real books
 * (Pinnacle, Unibet, William Hill, Marathon Bet), two polls —
 *   T1 = kick-off − 2 h: Unibet's home price 10 % above its real one (a value bet against
 *        Pinnacle, and a surebet resting on that leg);
 *   T2 = kick-off − 5 min: Unibet back to its real price, Pinnacle's real prices (the close).
 * `monps replay --json` and `monps export opportunities` must give, for both kinds, CLV =
 * bumped / real − 1 and no-vig CLV = p_fair(Pinnacle close, power devig) × bumped − 1, computed
 * here by bisection independently of shared/oddsmath.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResponse, tempDir } from '../helpers/fixtures';
import { runCli } from '../helpers/run-cli';
import { trackRecordBreakdown } from '../../electron/core/opportunities/track-record';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { openWorkspace } from '../../electron/core/workspace';

interface Wire {
  id: string;
  commence_time: string;
  home_team: string;
  away_team: string;
  bookmakers: { key: string; markets: { key: string; outcomes: { name: string; price: number }[] }[] }[];
}
const BOOKS = ['pinnacle', 'unibet_eu', 'williamhill', 'marathonbet'];
const ENV = { ODDS_API_KEY: 'trackrecordtrackrecordtrackrec00', ODDS_API_BASE_URL: 'http://127.0.0.1:9' };

/** Power devig by bisection: p_i = (1/o_i)^k with Σ p_i = 1. */
function powerFair(odds: number[]): number[] {
  let lo = 0.5;
  let hi = 2;
  for (let i = 0; i < 200; i++) {
    const k = (lo + hi) / 2;
    const s = odds.reduce((a, o) => a + (1 / o) ** k, 0);
    if (s > 1) lo = k;
    else hi = k;
  }
  const k = (lo + hi) / 2;
  return odds.map((o) => (1 / o) ** k);
}

describe('track record', () => {
  it('replay --json and the export score the opportunities at their close, as computed by hand', async () => {
    const all = readResponse('odds_soccer_epl_eu_h2h_2024-10-13.json') as Wire[];
    const ev = all.find((e) => BOOKS.every((b) => e.bookmakers.some((x) => x.key === b)))!;
    const real = { ...ev, bookmakers: ev.bookmakers.filter((b) => BOOKS.includes(b.key)) };
    const price = (w: Wire, book: string, outcome: string) =>
      w.bookmakers.find((b) => b.key === book)!.markets[0]!.outcomes.find((o) => o.name === outcome)!.price;
    const bumped: Wire = structuredClone(real);
    const unibetHome = price(real, 'unibet_eu', ev.home_team);
    const bump = Math.round(unibetHome * 1.1 * 100) / 100;
    bumped.bookmakers.find((b) => b.key === 'unibet_eu')!.markets[0]!.outcomes.find((o) => o.name === ev.home_team)!.price = bump;
    const ko = Date.parse(ev.commence_time);
    const dir = tempDir();
    const file = join(dir, 'small.jsonl');
    writeFileSync(
      file,
      [
        { fetched_at: new Date(ko - 2 * 3600_000).toISOString(), sport_key: 'soccer_epl', body: [bumped] },
        { fetched_at: new Date(ko - 5 * 60_000).toISOString(), sport_key: 'soccer_epl', body: [real] },
        // a poll after kick-off: the recording goes on, the close stays the T2 price
        { fetched_at: new Date(ko + 10 * 60_000).toISOString(), sport_key: 'soccer_epl', body: [bumped] },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n') + '\n',
    );

    const r = await runCli(['--data-dir', dir, 'replay', file, '--json'], ENV);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      snapshots: number;
      track_record: Record<string, { n: number; with_close: number; mean_clv: number; mean_clv_novig: number; beat_close_rate: number }>;
    };
    expect(out.snapshots).toBe(3);

    const clv = bump / unibetHome - 1;
    const outcomes = [ev.home_team, ev.away_team, 'Draw'].sort();
    const fair = powerFair(outcomes.map((o) => price(real, 'pinnacle', o)));
    const clvNovig = fair[outcomes.indexOf(ev.home_team)]! * bump - 1;
    for (const kind of ['value', 'surebet']) {
      const t = out.track_record[kind]!;
      expect(t, kind).toBeDefined();
      expect(t.n).toBe(1);
      expect(t.with_close).toBe(1);
      expect(t.mean_clv).toBeCloseTo(clv, 9);
      expect(t.mean_clv_novig).toBeCloseTo(clvNovig, 6);
      expect(t.beat_close_rate).toBe(1);
    }

    const csv = join(dir, 'opps.csv');
    const e = await runCli(['--data-dir', dir, 'export', 'opportunities', '--out', csv], ENV);
    expect(e.code, e.stderr).toBe(0);
    const [head, ...rows] = readFileSync(csv, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    const col = (row: string[], name: string) => row[head!.indexOf(name)]!;
    const value = rows.find((row) => col(row, 'kind') === 'value')!;
    expect(Number(col(value, 'close_price'))).toBe(unibetHome);
    expect(Number(col(value, 'clv'))).toBeCloseTo(clv, 9);
    expect(Number(col(value, 'clv_novig'))).toBeCloseTo(clvNovig, 6);
    expect(col(value, 'beat_close')).toBe('1');

    // the page's view: the same figures by kind, and by the scored leg's book (Unibet for both)
    const ws = openWorkspace(dir, 'real', createLogger('t', { sinks: [silentSink] }));
    try {
      const view = trackRecordBreakdown(ws.db, Date.now(), { referenceBook: 'pinnacle', devigMethod: 'power' });
      expect(view.byKind.value!.mean_clv).toBeCloseTo(clv, 9);
      expect(view.byBook.unibet_eu).toMatchObject({ n: 2, with_close: 2, beat_close_rate: 1 });
      expect(Object.keys(view.byEdge).every((k) => /^(surebet|value)\|/.test(k))).toBe(true);
    } finally {
      ws.close();
    }
  }, 60_000);
});
