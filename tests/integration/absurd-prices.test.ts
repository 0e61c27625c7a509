/**
 * Absurd prices (≤ 1.0, above the sanity ceiling) are dropped at ingest, counted in the run's
 * record, and never reach a scanner: a recording where two books answer 1.0 and 1e308 on the
 * second poll stores neither and makes no opportunity out of them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPPORTUNITY_DEFAULTS } from '../../shared/domain/opportunities';
import { createOpportunityEngine } from '../../electron/core/opportunities/engine';
import { replayRecording } from '../../electron/core/replay/replay';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { openWorkspace } from '../../electron/core/workspace';
import { readResponse, tempDir } from '../helpers/fixtures';

const log = createLogger('test', { sinks: [silentSink] });
type Wire = { id: string; bookmakers: { key: string; markets: { key: string; outcomes: { name: string; price: number }[] }[] }[] }[];

describe('absurd prices at ingest', () => {
  it('1.0 and 1e308 are dropped, counted in the run, and make no opportunity', async () => {
    const body = readResponse('odds_soccer_epl_eu_h2h_2024-10-13.json') as Wire;
    const second = JSON.parse(JSON.stringify(body)) as Wire;
    const [a, b] = second[0].bookmakers;
    a.markets[0].outcomes[0].price = 1.0;
    b.markets[0].outcomes[0].price = 1e308;
    // the same second poll without those two prices: what the scanners must see
    const clean = JSON.parse(JSON.stringify(body)) as Wire;
    clean[0].bookmakers[0].markets[0].outcomes.splice(0, 1);
    clean[0].bookmakers[1].markets[0].outcomes.splice(0, 1);
    const absurd = await replayTwoPolls(body, second);
    const expected = await replayTwoPolls(body, clean);
    expect(absurd.sum.skippedPrices).toBe(2);
    expect(absurd.run.pricesDropped).toBe(2);
    expect(absurd.bad).toEqual([0, 0]);
    expect(absurd.opportunities).toEqual(expected.opportunities);
    expect(absurd.opportunities.some((o) => o.includes('1e+308') || /"price":1[,}]/.test(o))).toBe(false);
  });
});

async function replayTwoPolls(first: Wire, second: Wire) {
  const file = join(tempDir(), 'polls.jsonl');
  writeFileSync(
    file,
    [
      JSON.stringify({ fetched_at: '2024-10-13T10:00:00Z', sport_key: 'soccer_epl', body: first }),
      JSON.stringify({ fetched_at: '2024-10-13T10:05:00Z', sport_key: 'soccer_epl', body: second }),
    ].join('\n') + '\n',
  );
  const ws = openWorkspace(tempDir(), 'real', log);
  const engine = createOpportunityEngine({ db: ws.db, odds: ws.odds, settings: () => OPPORTUNITY_DEFAULTS, bankroll: () => 1000 });
  const sum = await replayRecording(ws, file, {
    now: () => Date.parse('2024-10-13T10:06:00Z'),
    onSnapshot: (s) =>
      engine.scan(
        s.observedAt,
        s.events.map((e) => e.id),
      ),
  });
  const run = ws.runs.list(1)[0];
  const bad = [
    ws.db.prepare(`SELECT count(*) FROM price_history WHERE price <= 1 OR price > 1001`).pluck().get(),
    ws.db.prepare(`SELECT count(*) FROM quotes WHERE price <= 1 OR price > 1001`).pluck().get(),
  ];
  const opportunities = (ws.db.prepare(`SELECT key, kind, edge, legs FROM opportunities ORDER BY key`).raw().all() as unknown[]).map((r) =>
    JSON.stringify(r),
  );
  ws.close();
  return { sum, run, bad, opportunities };
}
