/**
 * The credit economy on the simulator (whose market is known): 30 simulated days for a user who
 * follows the simulator's 3 soccer leagues and 3 other sports with h2h and totals (region eu,
 * 2 credits per /odds call), on a 500-credit month, with a bet on every 3rd soccer event.
 *
 * - planner arm: the real collector in planned mode against the real simulator over HTTP, on a
 *   manual clock; its credits are the simulator's own accounting, its /odds calls the ledger's.
 * - reference: a 5-minute poll of every sport (about 100 × the budget), evaluated on the model.
 * - uniform arm: a fixed-interval poll of every sport spending the same credits as the planner.
 * An opportunity is a surebet (Σ 1/best < 1 over the region's books) or a value price (a price
 * above the fair odds), identified by event, market, outcome and the stale window that made it.
 * A poll of a sport at time t sees what the simulator served at t (its answer is a pure function
 * of seed and time), so each arm's sightings are computed from the model at its call times.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createCollector } from '../electron/core/collector/collector';
import type { CollectorConfig } from '../electron/core/collector/collector-config';
import { createCreditLedger } from '../electron/core/collector/credit-ledger';
import { DEFAULT_ECONOMY } from '../electron/core/collector/planned-collection';
import { createOddsApiClient } from '../electron/core/providers/odds-api/client';
import { startSimulator } from '../electron/core/simulator';
import { findSport } from '../electron/core/simulator/catalogue';
import { eventsBetween, eventStatus, HORIZON_MS, type SimEvent } from '../electron/core/simulator/market-model';
import { bestOf, quoteEvent, truthAt } from '../electron/core/simulator/quotes';
import { activeWindow } from '../electron/core/simulator/stale';
import { ManualTime } from '../electron/core/util/clock';
import { createLogger, silentSink } from '../electron/core/util/logger';
import { openWorkspace } from '../electron/core/workspace';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const KEY = 'bench0a1b2c3d4e5f60718293a4b5c6d';
const SEED = 42;
const SPORTS = [
  'soccer_epl',
  'soccer_france_ligue_one',
  'soccer_uefa_champs_league',
  'basketball_nba',
  'icehockey_nhl',
  'tennis_atp_paris_masters',
];
const REGION = 'eu';
const MARKETS = ['h2h', 'totals'];

export interface EconomyFigures {
  creditsUsed: number;
  budget: number;
  recallPlanner: number;
  recallUniform: number;
  closingPlanner: number;
  closingUniform: number;
  referenceOpportunities: number;
  plannerOddsCalls: number;
  uniformIntervalMin: number;
  betEvents: number;
  days: number;
}

/** The opportunities a poll of `sport` at `t` sees, as stable keys. */
function sightings(events: SimEvent[], t: number): string[] {
  const out: string[] = [];
  for (const ev of events) {
    const st = eventStatus(ev, t);
    if (st !== 'upcoming') continue; // pre-match only (the app's scanners skip started events)
    const w = activeWindow(SEED, ev, t);
    if (!w) continue; // fair markets are never arbitrage nor above the fair price (simulator README)
    const fair = new Map(truthAt(SEED, ev, t).map((m) => [`${m.market}:${m.point}`, m]));
    for (const mq of quoteEvent(SEED, ev, t)) {
      if (!MARKETS.includes(mq.market)) continue;
      const quotes = mq.quotes.filter((q) => q.book.regions.includes(REGION));
      const { booksum } = bestOf(mq.names, quotes);
      if (booksum < 1) out.push(`sure:${ev.id}:${mq.market}:${mq.point}:${w.start}`);
      const f = fair.get(`${mq.market}:${mq.point}`);
      if (!f) continue;
      for (const q of quotes) {
        q.prices.forEach((p, i) => {
          if (p * f.probs[i]! > 1.0) out.push(`value:${ev.id}:${mq.market}:${mq.names[i]}:${q.book.key}:${w.start}`);
        });
      }
    }
  }
  return out;
}

export async function benchEconomy(tmp: string, days = 30): Promise<EconomyFigures> {
  const T0 = Date.UTC(2026, 2, 1, 0, 0); // a whole credit month
  const END = T0 + days * DAY;
  const time = new ManualTime(T0);
  const sim = await startSimulator({ apiKeys: [KEY], seed: SEED, now: () => time.now(), minRequestIntervalMs: 0, monthlyCredits: 500 });
  const dir = mkdtempSync(join(tmp, 'economy-'));
  const log = createLogger('bench', { sinks: [silentSink] });
  const ws = openWorkspace(dir, 'real', log);
  const byS = new Map(SPORTS.map((k) => [k, eventsBetween(SEED, findSport(k)!, T0 - DAY, END + HORIZON_MS)]));

  // bets: every 3rd soccer event kicking off in the month (placed up front, settled 3 h after kick-off)
  const bets: SimEvent[] = [];
  for (const k of SPORTS.filter((s) => s.startsWith('soccer_'))) {
    byS
      .get(k)!
      .filter((e) => e.commence > T0 + HOUR && e.commence < END)
      .forEach((e, i) => i % 3 === 0 && bets.push(e));
  }
  const insert = ws.db.prepare(
    `INSERT INTO bets (event_id, sport_key, home_team, away_team, commence_time, market, selection, bookmaker, odds, stake_cents, placed_at, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'h2h', ?, 'pinnacle', 2.0, 1000, ?, 'pending', ?, ?)`,
  );
  for (const e of bets) insert.run(e.id, e.sport.key, e.home, e.away, e.commence, e.home, T0, T0, T0);
  const settle = ws.db.prepare(`UPDATE bets SET status = 'won', settled_at = ? WHERE status = 'pending' AND commence_time < ?`);

  const cfg: CollectorConfig = {
    baseUrl: sim.url,
    apiKey: KEY,
    demo: false,
    sports: SPORTS,
    regions: [REGION],
    bookmakers: [],
    markets: MARKETS,
    intervalMs: 2 * HOUR,
  };
  const collector = createCollector({
    db: ws.db,
    clock: time,
    scheduler: time,
    log,
    runs: ws.runs,
    odds: ws.odds,
    config: () => cfg,
    economy: () => DEFAULT_ECONOMY,
    makeClient: (c, signal) =>
      createOddsApiClient({ baseUrl: c.baseUrl, apiKey: c.apiKey, maxRetries: 0, timeoutMs: 10_000, sleep: async () => {}, signal }),
  });
  const used0 = sim.credits(KEY).used;
  collector.start(0);
  while (time.now() < END) {
    await time.set(Math.min(END, time.now() + MIN));
    await collector.idle();
    if (time.now() % HOUR === 0) settle.run(time.now(), time.now() - 3 * HOUR);
  }
  collector.stop();
  await collector.idle();
  const creditsUsed = sim.credits(KEY).used - used0;
  const ledger = createCreditLedger(ws.db);
  const calls = ledger.recent(100_000).filter((r) => r.kind === 'odds' && r.ok && r.at < END);
  await sim.close();
  ws.close();
  rmSync(dir, { recursive: true, force: true });

  // reference: every sport every 5 minutes
  const ref = new Set<string>();
  for (let t = T0; t < END; t += 5 * MIN) for (const k of SPORTS) for (const s of sightings(byS.get(k)!, t)) ref.add(s);
  const seenAt = (polls: Array<{ at: number; sport: string }>) => {
    const seen = new Set<string>();
    for (const p of polls) for (const s of sightings(byS.get(p.sport)!, p.at)) seen.add(s);
    return seen;
  };
  const recall = (seen: Set<string>) => (ref.size === 0 ? 1 : [...ref].filter((s) => seen.has(s)).length / ref.size);

  const plannerPolls = calls.map((c) => ({ at: c.at, sport: c.sport! }));
  // uniform: the same credits, every sport at a fixed interval (2 credits per sport per round)
  const rounds = Math.max(1, Math.floor(creditsUsed / (2 * SPORTS.length)));
  const interval = (END - T0) / rounds;
  const uniformPolls = Array.from({ length: rounds }, (_, i) =>
    SPORTS.map((sport) => ({ at: Math.round(T0 + i * interval), sport })),
  ).flat();
  const closing = (polls: Array<{ at: number; sport: string }>) => {
    const done = bets.filter(
      (e) => e.commence < END && polls.some((p) => p.sport === e.sport.key && p.at < e.commence && e.commence - p.at <= 10 * MIN),
    );
    return bets.length ? done.length / bets.filter((e) => e.commence < END).length : 1;
  };
  return {
    creditsUsed,
    budget: 500,
    recallPlanner: recall(seenAt(plannerPolls)),
    recallUniform: recall(seenAt(uniformPolls)),
    closingPlanner: closing(plannerPolls),
    closingUniform: closing(uniformPolls),
    referenceOpportunities: ref.size,
    plannerOddsCalls: plannerPolls.length,
    uniformIntervalMin: Math.round(interval / MIN),
    betEvents: bets.length,
    days,
  };
}
