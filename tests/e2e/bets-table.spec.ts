/**
 * The bet log as a tracker user works it, on the real host: 10 000 imported bets scroll with
 * virtual rows (the DOM holds a screenful), sort by odds, hide a column (kept after a reload),
 * settle three at once, duplicate one, log a bet on a collected event with "2,35" typed the
 * French way and jump to its prices on the board; nothing is wider than 1280 px.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServe } from '../helpers/spawn-serve';
import { expect, openApp, test } from './fixtures';

function cli(dataDir: string, ...args: string[]): void {
  const r = spawnSync(process.execPath, ['out/cli/cli.mjs', '--data-dir', dataDir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ODDS_API_KEY: '', MONPS_DATA_DIR: '' },
  });
  if (r.status !== 0) throw new Error(`monps ${args.join(' ')}: ${r.stderr}`);
}

/** 10 000 pending bets, odds from 1.50 upwards in 0.01 steps (cycling), one a day back from 2026. */
function bigCsv(): string {
  const out = ['placed_at,sport,home_team,away_team,commence_time,market,selection,point,bookmaker,odds,stake,status'];
  const base = Date.UTC(2026, 0, 1);
  for (let i = 0; i < 10_000; i++) {
    const at = base - i * 3_600_000;
    out.push(
      [
        new Date(at).toISOString(),
        'soccer_epl',
        `Home ${i}`,
        `Away ${i}`,
        new Date(at + 86_400_000).toISOString(),
        'h2h',
        'Draw',
        '',
        'bet365',
        (1.5 + (i % 300) / 100).toFixed(2),
        '10',
        'pending',
      ].join(','),
    );
  }
  return out.join('\n') + '\n';
}

test('10 000 bets: virtual rows, sort, columns, bulk settle, duplicate, chart link, comma odds', async ({ page }) => {
  test.setTimeout(180_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'monps-bets-'));
  const csv = join(dataDir, 'bets.csv');
  writeFileSync(csv, bigCsv());
  cli(dataDir, 'bankroll', 'deposit', '100000', '--at', '2020-01-01T00:00:00Z');
  cli(dataDir, 'import', 'bets', csv);
  const host = await spawnServe(dataDir);
  try {
    await openApp(page, host.url);
    await page.getByTestId('nav-bets').click();
    const table = page.getByTestId('bets-table');
    await expect(table).toHaveAttribute('data-rows', '10000', { timeout: 30_000 });
    // a screenful of rows in the DOM, not ten thousand
    expect(await page.getByTestId('bet-row').count()).toBeLessThan(80);
    await expect(page.getByTestId('bet-row').first()).toContainText('Nul'); // outcome names translated
    // scrolled to the bottom: the last bet is there
    await page.evaluate(`(() => { const e = document.querySelector('[data-testid="bets-scroll"]'); e.scrollTop = e.scrollHeight; })()`);
    await expect(page.locator('[data-testid="bet-row"]', { hasText: 'Home 9999' })).toBeVisible();

    // sort by odds, descending: the first row has the highest price (4,49)
    await page.getByTestId('bets-sort-odds').click();
    await page.getByTestId('bets-sort-odds').click();
    await page.evaluate(`(() => { document.querySelector('[data-testid="bets-scroll"]').scrollTop = 0; })()`);
    await expect(page.getByTestId('bet-row').first().locator('td.col-odds')).toHaveText('4,49');
    await expect(page.locator('th.col-odds')).toHaveAttribute('aria-sort', 'descending');

    // hide the book column; the choice survives a reload
    await page.getByTestId('bets-columns').locator('summary').click();
    await page.getByTestId('bets-col-book').uncheck();
    await expect(page.locator('th.col-book')).toHaveCount(0);
    await page.reload();
    await expect(page.locator('html[data-ready="1"]')).toBeAttached();
    await page.getByTestId('nav-bets').click();
    await expect(table).toHaveAttribute('data-rows', '10000', { timeout: 30_000 });
    await expect(page.locator('th.col-book')).toHaveCount(0);

    // bulk settle: three bets won
    const rows = page.getByTestId('bet-row');
    const ids = await Promise.all([0, 1, 2].map((i) => rows.nth(i).getAttribute('data-bet-id')));
    for (const i of [0, 1, 2]) await rows.nth(i).getByTestId('bet-select').check();
    await expect(page.getByTestId('bets-bulk')).toContainText('3 paris sélectionnés');
    await page.getByTestId('bets-bulk-status').selectOption('won');
    await page.getByTestId('bets-bulk-apply').click();
    await expect(page.getByTestId('bets-bulk-result')).toContainText('3 paris mis à jour');
    for (const id of ids) await expect(page.locator(`[data-testid="bet-row"][data-bet-id="${id}"]`)).toHaveAttribute('data-status', 'won');

    // duplicate: the form comes prefilled, pending, and saving makes a 10 001st bet
    const firstOdds = await rows.first().locator('td.col-odds').innerText(); // e.g. "1,50"
    await rows.first().getByTestId('bet-duplicate').click();
    const form = page.getByTestId('bet-form');
    await expect(form).toContainText('Copie du pari');
    const copied = await form.getByTestId('bet-odds').inputValue();
    expect(copied).toContain(','); // written the French way
    expect(Number(copied.replace(',', '.'))).toBe(Number(firstOdds.replace(',', '.')));
    await expect(form.getByTestId('bet-status')).toHaveValue('pending');
    await form.getByTestId('bet-save').click();
    await expect(table).toHaveAttribute('data-rows', '10001');

    // a bet on a collected event, odds typed with a comma, then its prices on the board
    await page.getByTestId('nav-board').click();
    const home = (await page.getByTestId('board-event-row').first().locator('.team').first().innerText()).trim();
    await page.getByTestId('nav-bets').click();
    await page.getByTestId('bet-new').click();
    await form.getByTestId('bet-event-search').fill(home);
    await form.getByTestId('bet-event-option').first().click();
    await form.getByTestId('bet-selection').selectOption({ index: 1 });
    await form.getByTestId('bet-bookmaker').fill('bet365');
    await form.getByTestId('bet-odds').fill('2,35');
    await form.getByTestId('bet-stake').fill('12,50');
    // dates are day first in French, whatever the browser's locale
    await expect(form.getByTestId('bet-placed')).toHaveValue(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    const placedNow = await form.getByTestId('bet-placed').inputValue();
    await form.getByTestId('bet-placed').fill('31/06/2026 10:00');
    await expect(form.getByTestId('bet-error-placed')).toBeVisible();
    await form.getByTestId('bet-placed').fill(placedNow);
    await expect(form.getByTestId('bet-error-placed')).toHaveCount(0);
    await expect(form.getByTestId('bet-error-odds')).toHaveCount(0);
    await form.getByTestId('bet-save').click();
    await expect(table).toHaveAttribute('data-rows', '10002');
    await page.getByTestId('filter-search').fill(home);
    await expect(table).toHaveAttribute('data-rows', '1');
    const mine = page.getByTestId('bet-row').first();
    await expect(mine.locator('td.col-odds')).toHaveText('2,35');
    await expect(mine.locator('td.col-stake')).toHaveText(/12,50\s€/);
    await mine.getByTestId('bet-chart').click();
    await expect(page.getByTestId('nav-board')).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId('event-grid').first()).toBeVisible();

    // at 1280x720 nothing on the bets page is wider than the window
    await page.getByTestId('nav-bets').click();
    await expect(page.getByTestId('bet-row').first()).toBeVisible();
    const wide = (await page.evaluate(`[document.documentElement, ...document.querySelectorAll('.page, .page *')]
      .filter((e) => (e.scrollWidth > e.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX)) || e.getBoundingClientRect().right > window.innerWidth + 1)
      .map((e) => e.tagName + '.' + e.className).slice(0, 5)`)) as string[];
    expect(wide).toEqual([]);
  } finally {
    host.child.kill('SIGTERM');
  }
});
