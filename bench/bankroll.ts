/** Bankroll aggregates over 10,000 bets: load from SQLite + every statistic and chart series of the Analytics page. */
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { buildAnalytics } from '../electron/core/bankroll/analytics';
import { createBetsRepo } from '../electron/core/bankroll/bets-repo';
import { loadLedger, summarize, toLedgerJson } from '../electron/core/bankroll/ledger';
import { createLogger, silentSink } from '../electron/core/util/logger';
import { openWorkspace } from '../electron/core/workspace';
import type { BetInput, BetStatus } from '../shared/domain/bets';

const DAY = 86_400_000;

/** Median milliseconds of `bankroll:get-analytics` + `stats --json` work over 10k seeded bets. */
export function benchBankrollStats(tmp: string): { statsMs: number; analyticsMs: number } {
  const ws = openWorkspace(mkdtempSync(join(tmp, 'bankroll-')), 'real', createLogger('bench', { sinks: [silentSink] }));
  const repo = createBetsRepo(ws.db);
  let seed = 42;
  const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const start = Date.UTC(2024, 0, 1);
  ws.db.transaction(() => {
    repo.addTransaction('deposit', 500_000, start - DAY, '', start);
    for (let i = 0; i < 10_000; i++) {
      const placed = start + i * 0.07 * DAY;
      const market = (['h2h', 'totals', 'spreads'] as const)[i % 3]!;
      const quarter = i % 4 === 0;
      const point = market === 'h2h' ? null : market === 'totals' ? (quarter ? 2.25 : 3) : quarter ? -0.75 : -1;
      const pool: BetStatus[] =
        market === 'h2h' ? ['won', 'lost', 'void'] : quarter ? ['won', 'lost', 'half_won', 'half_lost'] : ['won', 'lost', 'push'];
      const status = i > 9_950 ? 'pending' : pool[Math.floor(rnd() * pool.length)]!;
      const odds = Math.round((1.4 + rnd() * 3) * 100) / 100;
      const b: BetInput = {
        eventId: null,
        sportKey: ['soccer_epl', 'soccer_france_ligue_one', 'basketball_nba'][i % 3]!,
        homeTeam: `Home ${i % 40}`,
        awayTeam: `Away ${i % 37}`,
        commenceTime: placed + DAY,
        market,
        selection: market === 'totals' ? 'Over' : `Home ${i % 40}`,
        point,
        bookmaker: ['pinnacle', 'bet365', 'unibet_eu', 'betclic_fr'][i % 4]!,
        odds,
        stakeCents: 500 + Math.floor(rnd() * 5000),
        placedAt: placed,
        status,
        cashoutCents: null,
        settledAt: status === 'pending' ? null : placed + 1.1 * DAY,
        closingOdds: rnd() < 0.8 ? Math.round(odds * (0.9 + rnd() * 0.2) * 100) / 100 : null,
        tags: i % 5 === 0 ? ['value'] : [],
        notes: '',
        opportunityId: null,
      };
      repo.create(b, placed + 2 * DAY, 'manual');
    }
  })();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const stats: number[] = [];
  const analytics: number[] = [];
  for (let k = 0; k < 15; k++) {
    let t = performance.now();
    const l = loadLedger(ws.db);
    toLedgerJson(summarize(l.bets, l.tx));
    stats.push(performance.now() - t);
    t = performance.now();
    const m = loadLedger(ws.db);
    buildAnalytics(m.bets, m.tx);
    analytics.push(performance.now() - t);
  }
  ws.close();
  return { statsMs: median(stats), analyticsMs: median(analytics) };
}
