/**
 * Settlement and closing lines over the million-price database: 1,000 pending bets on its
 * events, one settlement pass (database only: CLV lookup of every bet), and the closing-lines
 * export of the whole history.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createBetsRepo } from '../electron/core/bankroll/bets-repo';
import { createClosingLines } from '../electron/core/bankroll/closing-lines';
import { settlePass } from '../electron/core/bankroll/settle';
import { openDatabase } from '../electron/core/db/open-database';
import { exportClosingLinesCsv } from '../electron/core/export/odds-csv';
import type { BankrollSettings } from '../shared/domain/bankroll';

const SETTINGS = {
  sharpBookmaker: 'pinnacle',
  closeMaxAgeMinutes: 30,
  resultDelayMinutes: 150,
  noScoreFlagHours: 48,
  autoSettle: true,
  settleIntervalMinutes: 60,
} as unknown as BankrollSettings;

/** Milliseconds of one settlement pass that computes the CLV of 1,000 bets, and seconds of the closing-lines export. */
export async function benchClosing(file: string, tmp: string): Promise<{ settleMs: number; exportS: number; bets: number; rows: number }> {
  const dir = mkdtempSync(join(tmp, 'closing-'));
  const copy = join(dir, 'monps.sqlite');
  copyFileSync(file, copy);
  const db = openDatabase(copy);
  try {
    const events = db.prepare(`SELECT id, sport_key, home_team, away_team, commence_time FROM events ORDER BY ref LIMIT 1000`).all() as {
      id: string;
      sport_key: string;
      home_team: string;
      away_team: string;
      commence_time: number;
    }[];
    const books = ['pinnacle', 'marathonbet', 'unibet_eu', 'williamhill', 'betfair_ex_eu'];
    const repo = createBetsRepo(db);
    const last = Math.max(...events.map((e) => e.commence_time));
    db.transaction(() => {
      events.forEach((e, i) => {
        repo.create(
          {
            eventId: e.id,
            sportKey: e.sport_key,
            homeTeam: e.home_team,
            awayTeam: e.away_team,
            commenceTime: e.commence_time,
            market: 'h2h',
            selection: [e.home_team, e.away_team, 'Draw'][i % 3]!,
            point: null,
            bookmaker: books[i % books.length]!,
            odds: 2.5,
            stakeCents: 1000,
            placedAt: e.commence_time - 86_400_000,
            status: 'pending',
            cashoutCents: null,
            settledAt: null,
            closingOdds: null,
            tags: [],
            notes: '',
            opportunityId: null,
          },
          e.commence_time - 86_400_000,
        );
      });
    })();
    const now = last + 3600_000;
    const t = performance.now();
    const r = await settlePass({ db, closing: createClosingLines(db), settings: SETTINGS, now, client: null });
    const settleMs = performance.now() - t;
    if (r.clvUpdated !== events.length) throw new Error(`expected ${events.length} CLV refreshes, got ${r.clvUpdated}`);
    const captured = (db.prepare(`SELECT count(*) AS n FROM bets WHERE clv_raw_state != 'missing'`).get() as { n: number }).n;
    if (captured < events.length * 0.9) throw new Error(`only ${captured} bets found a close`);
    const t2 = performance.now();
    const rows = await exportClosingLinesCsv(db, join(dir, 'closing.csv'));
    const exportS = (performance.now() - t2) / 1000;
    return { settleMs, exportS, bets: events.length, rows };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
