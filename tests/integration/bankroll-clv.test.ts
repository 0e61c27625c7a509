/**
 * CLV against prices stored by a real replay of the 2026 World Cup group-stage recording. The
 * expected closes are computed here straight from the recording (last snapshot before kick-off
 * quoting the selection), independently of the database.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBetsRepo } from '../../electron/core/bankroll/bets-repo';
import { createClosingLines } from '../../electron/core/bankroll/closing-lines';
import { BANKROLL_DEFAULTS } from '../../electron/core/bankroll/settings';
import { settlePass } from '../../electron/core/bankroll/settle';
import { replayRecording } from '../../electron/core/replay/replay';
import { createLogger, silentSink } from '../../electron/core/util/logger';
import { openWorkspace, type Workspace } from '../../electron/core/workspace';
import type { BetInput } from '../../shared/domain/bets';
import { tempDir, WORLD_CUP_REPLAY } from '../helpers/fixtures';

interface WireEvent {
  id: string;
  commence_time: string;
  home_team: string;
  away_team: string;
  bookmakers: { key: string; markets: { key: string; outcomes: { name: string; price: number; point?: number }[] }[] }[];
}
const lines = gunzipSync(readFileSync(WORLD_CUP_REPLAY))
  .toString('utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { fetched_at: string; body: WireEvent[] });
const dec = (a: number) => (a > 0 ? 1 + a / 100 : 1 + 100 / Math.abs(a));
const lastFetched = Date.parse(lines.at(-1)!.fetched_at);

/** Last pre-kick-off observation of a selection in the recording: price and when it was seen. */
function expectedClose(eventId: string, book: string, market: string, outcome: string, point?: number) {
  let found: { price: number; seenAt: number } | null = null;
  for (const l of lines) {
    const t = Date.parse(l.fetched_at);
    const e = l.body.find((x) => x.id === eventId);
    if (!e || t >= Date.parse(e.commence_time)) continue;
    const o = e.bookmakers
      .find((b) => b.key === book)
      ?.markets.find((m) => m.key === market)
      ?.outcomes.find((x) => x.name === outcome && x.point === point);
    if (o) found = { price: dec(o.price), seenAt: t };
  }
  return found;
}

let ws: Workspace;
const events: WireEvent[] = [];
beforeAll(async () => {
  ws = openWorkspace(tempDir(), 'real', createLogger('t', { sinks: [silentSink] }));
  await replayRecording(ws, WORLD_CUP_REPLAY);
  const seen = new Map<string, WireEvent>();
  for (const l of lines) for (const e of l.body) seen.set(e.id, e);
  // three events that kicked off well inside the recording, quoted by draftkings, fanduel and lowvig
  for (const e of seen.values()) {
    const ko = Date.parse(e.commence_time);
    if (ko < lastFetched - 86_400_000 && ['draftkings', 'fanduel', 'lowvig'].every((b) => expectedClose(e.id, b, 'h2h', e.home_team)))
      events.push(e);
    if (events.length === 3) break;
  }
}, 30_000);
afterAll(() => ws?.close());

const bet = (e: WireEvent, patch: Partial<BetInput>): BetInput => ({
  eventId: e.id,
  sportKey: 'soccer_fifa_world_cup',
  homeTeam: e.home_team,
  awayTeam: e.away_team,
  commenceTime: Date.parse(e.commence_time),
  market: 'h2h',
  selection: e.home_team,
  point: null,
  bookmaker: 'draftkings',
  odds: 2.5,
  stakeCents: 1000,
  placedAt: Date.parse(e.commence_time) - 86_400_000,
  status: 'pending',
  cashoutCents: null,
  settledAt: null,
  closingOdds: null,
  tags: [],
  notes: '',
  opportunityId: null,
  ...patch,
});

describe('CLV from a real replay', () => {
  it('raw CLV uses the own book close, no-vig CLV the devigged sharp close, with the right state', async () => {
    expect(events.length).toBe(3);
    const repo = createBetsRepo(ws.db);
    const cases = events.map((e, i) => {
      const book = ['draftkings', 'fanduel', 'draftkings'][i]!;
      const selection = i === 2 ? e.away_team : e.home_team;
      const b = repo.create(bet(e, { bookmaker: book, selection, odds: 2.2 + i / 10 }), lastFetched).bet;
      return { e, b, book, selection };
    });
    const settings = { ...BANKROLL_DEFAULTS, sharpBookmaker: 'lowvig', closeMaxAgeMinutes: 60 };
    const r = await settlePass({ db: ws.db, closing: createClosingLines(ws.db), settings, now: lastFetched + 3_600_000, client: null });
    expect(r.clvUpdated).toBe(3);
    const states: string[] = [];
    for (const { e, b, book, selection } of cases) {
      const got = repo.get(b.id)!;
      const ko = Date.parse(e.commence_time);
      const own = expectedClose(e.id, book, 'h2h', selection)!;
      expect(got.clvRaw.close).toBeCloseTo(own.price, 12);
      expect(got.clvRaw.value).toBeCloseTo(b.odds / own.price - 1, 12);
      expect(got.clvRaw.state).toBe(ko - own.seenAt <= 3_600_000 ? 'captured' : 'estimated');
      expect(got.clvRaw.observedAt).toBeLessThanOrEqual(own.seenAt);
      const sharp = [e.home_team, 'Draw', e.away_team].map((o) => expectedClose(e.id, 'lowvig', 'h2h', o)!.price);
      const inv = sharp.map((o) => 1 / o);
      const p = inv[selection === e.home_team ? 0 : 2]! / inv.reduce((a, x) => a + x, 0);
      expect(got.clvNoVig.value).toBeCloseTo(p * b.odds - 1, 12);
      expect(got.clvNoVig.state).not.toBe('missing');
      states.push(got.clvRaw.state);
    }
    expect(states).toContain('captured');
  });

  it('totals on the bet line; missing when the sharp book is absent (pinnacle is not in this recording)', async () => {
    const e = events[0]!;
    const ko = Date.parse(e.commence_time);
    const pairs = ['betmgm', 'bovada', 'draftkings', 'fanduel', 'betrivers'].flatMap((book) =>
      [2.5, 2.25, 2.75, 3, 2].map((point) => ({ book, point })),
    );
    const { book, point } = pairs.find((x) => expectedClose(e.id, x.book, 'totals', 'Over', x.point))!;
    const own = expectedClose(e.id, book, 'totals', 'Over', point)!;
    const repo = createBetsRepo(ws.db);
    const b = repo.create(bet(e, { market: 'totals', selection: 'Over', point, bookmaker: book, odds: 1.95 }), lastFetched).bet;
    await settlePass({
      db: ws.db,
      closing: createClosingLines(ws.db),
      settings: BANKROLL_DEFAULTS,
      now: lastFetched + 3_600_000,
      client: null,
    });
    const got = repo.get(b.id)!;
    expect(got.clvRaw.close).toBeCloseTo(own.price, 12);
    expect(got.clvRaw.state).toBe(ko - own.seenAt <= 3_600_000 ? 'captured' : 'estimated');
    expect(got.clvNoVig.state).toBe('missing');
    expect(got.clvNoVig.value).toBeNull();
  });
});
