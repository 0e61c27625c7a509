/**
 * Settlement against the simulator's /scores over real HTTP: bets on simulated events settle
 * once they are over, /scores is asked only for sports with pending bets on finished events
 * (one call, with daysFrom, 2 credits), a manual result survives, an unreported event is flagged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBetsRepo } from '../../electron/core/bankroll/bets-repo';
import { createBankrollModule } from '../../electron/core/bankroll/module';
import type { ModuleContext, Providers } from '../../electron/core/modules';
import { createClosingLines } from '../../electron/core/bankroll/closing-lines';
import { BANKROLL_DEFAULTS } from '../../electron/core/bankroll/settings';
import { settlePass } from '../../electron/core/bankroll/settle';
import { createCollector } from '../../electron/core/collector/collector';
import { createOddsApiClient } from '../../electron/core/providers/odds-api/client';
import { startSimulator, type Simulator } from '../../electron/core/simulator';
import { ManualTime } from '../../electron/core/util/clock';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { openWorkspace } from '../../electron/core/workspace';
import type { BetInput } from '../../shared/domain/bets';
import { tempDir } from '../helpers/fixtures';
import { startModuleJobs } from '../helpers/module-jobs';

const log = createLogger('test', { sinks: [silentSink] });
const KEY = 'b1b2c3d4e5f60718293a4b5c6d7e8f90';
const time = new ManualTime(Date.UTC(2026, 10, 25, 9, 0, 0));
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ apiKeys: [KEY], seed: 11, now: () => time.now(), minRequestIntervalMs: 0 });
});
afterAll(() => sim.close());

interface Ev {
  id: string;
  sport_key: string;
  commence_time: number;
  home_team: string;
  away_team: string;
}

describe('settlement from the simulator', () => {
  it('settles finished events from /scores, charges 2 credits per sport, keeps manual results', async () => {
    const ws = openWorkspace(tempDir(), 'real', log);
    const collector = createCollector({
      db: ws.db,
      clock: time,
      scheduler: time,
      log,
      runs: ws.runs,
      odds: ws.odds,
      requestGapMs: 0,
      config: () => ({
        baseUrl: sim.url,
        apiKey: KEY,
        demo: false,
        sports: ['soccer_epl', 'basketball_nba'],
        regions: ['eu'],
        bookmakers: [],
        markets: ['h2h', 'totals'],
        intervalMs: 3_600_000,
      }),
      makeClient: (c) => createOddsApiClient({ baseUrl: c.baseUrl, apiKey: c.apiKey, maxRetries: 0 }),
    } as Parameters<typeof createCollector>[0]);
    expect((await collector.runNow('manual')).status).toBe('ok');
    const evs = ws.db
      .prepare(`SELECT id, sport_key, commence_time, home_team, away_team FROM events WHERE commence_time > ? ORDER BY commence_time`)
      .all(time.now()) as Ev[];
    const epl = evs.filter((e) => e.sport_key === 'soccer_epl').slice(0, 3);
    const nbaLast = evs.filter((e) => e.sport_key === 'basketball_nba').at(-1)!;
    const repo = createBetsRepo(ws.db);
    const mk = (e: Ev, p: Partial<BetInput>): number =>
      repo.create(
        {
          eventId: e.id,
          sportKey: e.sport_key,
          homeTeam: e.home_team,
          awayTeam: e.away_team,
          commenceTime: e.commence_time,
          market: 'h2h',
          selection: e.home_team,
          point: null,
          bookmaker: 'pinnacle',
          odds: 2,
          stakeCents: 1000,
          placedAt: time.now(),
          status: 'pending',
          cashoutCents: null,
          settledAt: null,
          closingOdds: null,
          tags: ['test'],
          notes: '',
          opportunityId: null,
          ...p,
        },
        time.now(),
      ).bet.id;
    const totalsPoint = (e: Ev) =>
      (
        ws.db
          .prepare(
            `SELECT q.point FROM quotes q JOIN markets m ON m.id = q.market_id WHERE m.key = 'totals' AND q.event_ref = (SELECT ref FROM events WHERE id = ?) LIMIT 1`,
          )
          .get(e.id) as { point: number }
      ).point;
    const ids = {
      home: mk(epl[0]!, {}),
      draw: mk(epl[1]!, { selection: 'Draw' }),
      over: mk(epl[2]!, { market: 'totals', selection: 'Over', point: totalsPoint(epl[2]!) }),
      manual: mk(epl[0]!, { selection: epl[0]!.away_team }),
      nba: mk(nbaLast, {}),
    };
    repo.setStatus(ids.manual, 'void', null, null, time.now());
    const client = createOddsApiClient({ baseUrl: sim.url, apiKey: KEY, maxRetries: 0 });
    const pass = () => settlePass({ db: ws.db, closing: createClosingLines(ws.db), settings: BANKROLL_DEFAULTS, now: time.now(), client });

    // nothing has started: no call at all
    let used = sim.credits(KEY).used;
    expect((await pass()).scoresCalls).toEqual([]);
    expect(sim.credits(KEY).used).toBe(used);

    // the three EPL matches are over (the NBA one is days away): one EPL call with daysFrom, 2 credits
    await time.set(epl[2]!.commence_time + 4 * 3_600_000);
    used = sim.credits(KEY).used;
    const r = await pass();
    expect(r.scoresCalls.map((c) => [c.sport, c.credits])).toEqual([['soccer_epl', 2]]);
    expect(r.scoresCalls[0]!.daysFrom).toBe(Math.ceil((time.now() - epl[0]!.commence_time) / 86_400_000));
    expect(sim.credits(KEY).used - used).toBe(2);
    expect(r.fromScores).toBe(3);

    const score = (e: Ev) =>
      ws.db.prepare(`SELECT home_score AS h, away_score AS a, completed FROM events WHERE id = ?`).get(e.id) as {
        h: number;
        a: number;
        completed: number;
      };
    const s0 = score(epl[0]!),
      s1 = score(epl[1]!),
      s2 = score(epl[2]!);
    expect([s0.completed, s1.completed, s2.completed]).toEqual([1, 1, 1]);
    const home = repo.get(ids.home)!;
    expect(home.status).toBe(s0.h > s0.a ? 'won' : 'lost');
    expect(home.settledBy).toBe('auto');
    expect(home.profitCents).toBe(home.status === 'won' ? 1000 : -1000);
    expect(home.score).toEqual({ home: s0.h, away: s0.a });
    expect(repo.get(ids.draw)!.status).toBe(s1.h === s1.a ? 'won' : 'lost');
    const over = repo.get(ids.over)!;
    const total = s2.h + s2.a;
    expect(over.status).toBe(total > over.point! ? 'won' : total < over.point! ? 'lost' : 'push');
    // the manual result survives, the far NBA bet waits
    expect(repo.get(ids.manual)!).toMatchObject({ status: 'void', settledBy: 'manual' });
    expect(repo.get(ids.nba)!.status).toBe('pending');

    // a second pass has nothing left to ask about EPL
    const again = await pass();
    expect(again.scoresCalls).toEqual([]);
    expect(again.settled).toBe(0);
    ws.close();
  });

  it('flags a bet whose event never reports a score after the delay, without guessing', async () => {
    const ws = openWorkspace(tempDir(), 'real', log);
    const repo = createBetsRepo(ws.db);
    const ko = time.now() - 80 * 3_600_000;
    const id = repo.create(
      {
        eventId: null,
        sportKey: 'soccer_epl',
        homeTeam: 'Nowhere FC',
        awayTeam: 'Ghost Town',
        commenceTime: ko,
        market: 'h2h',
        selection: 'Draw',
        point: null,
        bookmaker: 'Ma Petite Maison',
        odds: 3.2,
        stakeCents: 500,
        placedAt: ko - 3_600_000,
        status: 'pending',
        cashoutCents: null,
        settledAt: null,
        closingOdds: null,
        tags: [],
        notes: '',
        opportunityId: null,
      },
      time.now(),
    );
    expect(id.createdBookmaker).toBe('ma_petite_maison');
    const r = await settlePass({
      db: ws.db,
      closing: createClosingLines(ws.db),
      settings: BANKROLL_DEFAULTS,
      now: time.now(),
      client: null,
    });
    expect(r.flagged).toBe(1);
    expect(repo.get(id.bet.id)).toMatchObject({ status: 'pending', flag: 'no_score', profitCents: null });
    ws.close();
  });

  it('the module settles as a job of the scheduler, answers its channels and offers the bankroll provider', async () => {
    const ws = openWorkspace(tempDir(), 'real', log);
    const t = new ManualTime(time.now());
    const emitted: string[] = [];
    const providers: Providers = {};
    const store: Record<string, unknown> = {};
    const ctx = {
      ws,
      clock: t,
      scheduler: t,
      log,
      emit: (name: string) => emitted.push(name),
      providers,
      isDemo: () => true,
      settingsBackend: {
        get store() {
          return store;
        },
        set store(v: Record<string, unknown>) {
          Object.assign(store, v);
        },
      },
      oddsClient: () => createOddsApiClient({ baseUrl: sim.url, apiKey: KEY, maxRetries: 0 }),
    } as unknown as ModuleContext;
    const m = createBankrollModule(ctx);
    const h = m.handlers;
    await h['bankroll:add-transaction']({ kind: 'deposit', amountCents: 10_000, at: t.now() - 1000, note: '' });
    const ko = t.now() - 100 * 3_600_000;
    await h['bankroll:create-bet']({
      eventId: null,
      sportKey: 'soccer_epl',
      homeTeam: 'A',
      awayTeam: 'B',
      commenceTime: ko,
      market: 'totals',
      selection: 'Under',
      point: 2.75,
      bookmaker: 'pinnacle',
      odds: 1.9,
      stakeCents: 2000,
      placedAt: ko - 3_600_000,
      status: 'half_lost',
      cashoutCents: null,
      settledAt: null,
      closingOdds: null,
      tags: [],
      notes: '',
      opportunityId: null,
    });
    expect(m.provides?.bankroll?.summary()).toEqual({ bankrollCents: 9000, roiOnBankroll: -0.1, winRate: 0, nSettled: 1, pending: 0 });
    expect(emitted).toEqual(['bankroll:changed', 'bankroll:changed']);
    const pending = await h['bankroll:create-bet']({
      eventId: null,
      sportKey: 'soccer_epl',
      homeTeam: 'C',
      awayTeam: 'D',
      commenceTime: ko,
      market: 'h2h',
      selection: 'Draw',
      point: null,
      bookmaker: 'pinnacle',
      odds: 3.3,
      stakeCents: 500,
      placedAt: ko - 3_600_000,
      status: 'pending',
      cashoutCents: null,
      settledAt: null,
      closingOdds: null,
      tags: [],
      notes: '',
      opportunityId: null,
    });
    const jobs = startModuleJobs(m, t);
    await t.advance(59_000);
    expect((await h['bankroll:list-bets']({ status: 'flagged', limit: 10, offset: 0 })).total).toBe(0);
    await t.advance(2_000);
    const flagged = await h['bankroll:list-bets']({ status: 'flagged', limit: 10, offset: 0 });
    expect(flagged.bets.map((b) => b.id)).toEqual([pending.bet.id]);
    expect(emitted.at(-1)).toBe('bankroll:changed');
    expect(await h['bankroll:get-stats']({})).toMatchObject({ bankroll: 90, totalProfit: -10, turnover: 10, nSettled: 1, pending: 1 });
    expect(h['bankroll:update-settings']({ settleIntervalMinutes: 15 })).toMatchObject({
      settleIntervalMinutes: 15,
      sharpBookmaker: 'pinnacle',
    });
    expect(() => h['bankroll:update-settings']({ sharpBookmaker: 'Not A Key' })).toThrow(/sharpBookmaker/);
    await jobs.stop();
    await m.stop!();
    ws.close();
  });
});
