/**
 * Analytics on a real season: football-data.co.uk's Premier League 2022/23 imported, 60 bets on
 * its matches (taken at Bet365 / William Hill prices, closing prices from the file), a small
 * first deposit and a late one. The curve's points, read from the chart's data, are the balance
 * after each movement at the movement's own time; the negative stretch is flagged; the period
 * and every filter change every figure and chart.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { spawnServe } from '../helpers/spawn-serve';
import { expect, openApp, test } from './fixtures';

const SEASON = 'tests/fixtures/football-data/E0_2223.csv';

function cli(dataDir: string, ...args: string[]): void {
  const r = spawnSync(process.execPath, ['out/cli/cli.mjs', '--data-dir', dataDir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ODDS_API_KEY: '', MONPS_DATA_DIR: '' },
  });
  if (r.status !== 0) throw new Error(`monps ${args.join(' ')}: ${r.stderr}`);
}

/** 60 bets from the season's rows: away win at Bet365, or over 2.5 at William Hill on every third match, tagged. */
function betsCsv(): string {
  const lines = readFileSync(SEASON, 'utf8').trim().split(/\r?\n/);
  const head = lines[0]!.split(',');
  const col = (r: string[], name: string) => r[head.indexOf(name)]!;
  const out = [
    'placed_at,sport,home_team,away_team,commence_time,market,selection,point,bookmaker,odds,stake,status,settled_at,closing_odds,tags',
  ];
  for (const line of lines.slice(1, 61)) {
    const r = line.split(',');
    const [d, m, y] = col(r, 'Date').split('/');
    const kickoff = new Date(`${y}-${m}-${d}T${col(r, 'Time')}:00Z`).getTime();
    const iso = (t: number) => new Date(t).toISOString();
    const goals = Number(col(r, 'FTHG')) + Number(col(r, 'FTAG'));
    const over = out.length % 3 === 0;
    const won = over ? goals > 2.5 : col(r, 'FTR') === 'A';
    const odds = over ? col(r, 'B365>2.5') : col(r, 'B365A');
    const close = over ? col(r, 'B365C>2.5') : col(r, 'PSCA');
    out.push(
      [
        iso(kickoff - 86_400_000),
        'soccer_epl',
        col(r, 'HomeTeam'),
        col(r, 'AwayTeam'),
        iso(kickoff),
        over ? 'totals' : 'h2h',
        over ? 'Over' : col(r, 'AwayTeam'),
        over ? '2.5' : '',
        over ? 'williamhill' : 'bet365',
        odds,
        '20',
        won ? 'won' : 'lost',
        iso(kickoff + 2 * 3_600_000),
        close,
        over ? 'goals' : '',
      ]
        .map((v) => (v.includes(',') ? `"${v}"` : v))
        .join(','),
    );
  }
  return out.join('\n') + '\n';
}

interface CurvePoint {
  x: number;
  y: number;
  kind: string;
  delta: number;
}
const curvePoints = async (page: Page): Promise<CurvePoint[]> =>
  JSON.parse((await page.getByTestId('bankroll-curve').getAttribute('data-points')) ?? '[]') as CurvePoint[];

/** Every figure on the page: the cards, the breakdown rows and the curve's data. */
async function figures(page: Page) {
  const cards: Record<string, string> = {};
  for (const id of ['bankroll', 'profit', 'roi', 'yield', 'winrate', 'clv', 'beat-close', 'expected']) {
    cards[id] = (await page.getByTestId(`stat-${id}`).innerText()).trim();
  }
  const rows = await page.getByTestId('breakdown-row').allInnerTexts();
  return { cards, rows: rows.join('|'), curve: JSON.stringify(await curvePoints(page)) };
}

test('the curve is the balance after each movement, and filters change every figure', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'monps-e2e-season-'));
  cli(dataDir, 'import', 'football-data', SEASON);
  const csv = join(dataDir, 'bets.csv');
  writeFileSync(csv, betsCsv());
  cli(dataDir, 'import', 'bets', csv);
  cli(dataDir, 'bankroll', 'deposit', '50', '--at', '2022-08-01T00:00:00Z');
  cli(dataDir, 'bankroll', 'deposit', '1000', '--at', '2023-06-01T00:00:00Z');
  const host = await spawnServe(dataDir);
  try {
    await openApp(page, host.url);
    await page.getByTestId('nav-analytics').click();
    await expect(page.getByTestId('analytics-page')).toBeVisible();

    const pts = await curvePoints(page);
    expect(pts).toHaveLength(62);
    // time order, each point = previous balance + its own change, the deposits at their own dates
    pts.forEach((p, i) => {
      if (i) expect(p.x).toBeGreaterThanOrEqual(pts[i - 1]!.x);
      expect(p.y).toBe((i ? pts[i - 1]!.y : 0) + p.delta);
    });
    expect(pts[0]).toMatchObject({ kind: 'deposit', x: Date.parse('2022-08-01T00:00:00Z'), y: 5000 });
    expect(pts.at(-1)).toMatchObject({ kind: 'deposit', x: Date.parse('2023-06-01T00:00:00Z'), delta: 100000 });
    expect(pts.filter((p) => p.kind === 'bet').every((p) => p.delta === -2000 || p.delta > 0)).toBe(true);
    // away teams lose more than they win: the bankroll goes below zero and the page says so
    expect(Math.min(...pts.map((p) => p.y))).toBeLessThan(0);
    await expect(page.getByTestId('curve-negative')).toBeVisible();

    // by movement number: the same balances, x = 1..62
    await page.getByTestId('curve-axis-n').click();
    await expect(page.getByTestId('bankroll-curve')).toHaveAttribute('data-axis', 'n');
    const byN = await curvePoints(page);
    expect(byN.map((p) => p.x)).toEqual(pts.map((_, i) => i + 1));
    expect(byN.map((p) => p.y)).toEqual(pts.map((p) => p.y));
    await page.getByTestId('curve-axis-time').click();

    // the headline CLV is the no-vig one, the raw one beside it, both labelled
    await expect(page.getByTestId('stat-clv')).toContainText(/sans marge/i);
    await expect(page.getByTestId('stat-clv')).toContainText(/brute/i);
    await expect(page.getByTestId('stat-beat-close')).toContainText(/sur 60 paris avec clôture/);
    // breakdowns: human names
    await page.getByTestId('breakdown-bookmaker').click();
    await expect(page.getByTestId('breakdowns')).not.toContainText('williamhill');
    await page.screenshot({ path: test.info().outputPath('analytics-fr-1280.png'), fullPage: true });

    for (const [id, value] of [
      ['bookmaker', 'williamhill'],
      ['market', 'h2h'],
      ['tag', 'goals'],
      ['kind', 'manual'],
    ] as const) {
      const before = await figures(page);
      await page.getByTestId(`an-filter-${id}`).selectOption(value);
      await expect(page.getByTestId('an-filtered')).toBeVisible();
      if (id !== 'kind') {
        await expect.poll(async () => (await figures(page)).curve).not.toBe(before.curve);
        const after = await figures(page);
        for (const k of Object.keys(before.cards)) expect(after.cards[k], `${id} filter changes ${k}`).not.toBe(before.cards[k]);
        expect(after.rows).not.toBe(before.rows);
      }
      await page.getByTestId('an-filter-reset').click();
      await expect(page.getByTestId('an-filtered')).toHaveCount(0);
    }

    // a date range: only October 2022's bets
    await page.getByTestId('an-filter-from').fill('2022-10-01');
    await page.getByTestId('an-filter-to').fill('2022-10-31');
    await expect
      .poll(async () =>
        (await curvePoints(page)).every((p) => p.x >= Date.parse('2022-09-30T00:00:00Z') && p.x < Date.parse('2022-11-02T00:00:00Z')),
      )
      .toBe(true);
    await expect(page.getByTestId('an-filter-count')).not.toContainText('60 paris');

    // at 1280x720 nothing is wider than the window: no page, no table scrolls sideways (ellipsis is fine)
    for (const id of ['board', 'opportunities', 'bets', 'analytics', 'alerts', 'status', 'settings']) {
      await page.getByTestId(`nav-${id}`).click();
      await expect(page.getByTestId(`nav-${id}`)).toHaveAttribute('aria-current', 'page');
      if (id === 'bets') await expect(page.getByTestId('bet-row').first()).toBeVisible();
      // run in the page (the test's tsconfig has no DOM types)
      const wide = (await page.evaluate(`[document.documentElement, ...document.querySelectorAll('.page, .page *')]
        .filter((e) => (e.scrollWidth > e.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX)) || e.getBoundingClientRect().right > window.innerWidth + 1)
        .map((e) => e.tagName + '.' + e.className).slice(0, 5)`)) as string[];
      expect(wide, `${id} overflows at 1280`).toEqual([]);
    }
  } finally {
    host.child.kill('SIGTERM');
  }
});
