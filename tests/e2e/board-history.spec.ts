/**
 * Past events on the board and the price chart, in Chromium against the real host with the
 * real World Cup 2026 group-stage recording replayed into it: the finished filter reaches
 * them with their closing grid; an event link (the URL a bet links to) opens England–Croatia
 * with the reference line, the best price, the opening and closing prices, the kick-off and
 * the bet marked on the chart.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServe } from '../helpers/spawn-serve';
import { runCli } from '../helpers/run-cli';
import { WORLD_CUP_REPLAY } from '../helpers/fixtures';
import { expect, openApp, test } from './fixtures';

const ENV = { ODDS_API_KEY: 'e2ee2ee2ee2ee2ee2ee2ee2ee2ee2ee', ODDS_API_BASE_URL: 'http://127.0.0.1:9' };
const ENGLAND_CROATIA = '689096c8cd7e2753b9fec95321943c5d';
const KICK_OFF = Date.parse('2026-06-17T20:00:00Z');

let url = '';
let stop: () => void = () => {};
test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'monps-e2e-wc-'));
  const r = await runCli(['--data-dir', dir, 'replay', WORLD_CUP_REPLAY], ENV);
  expect(r.code, r.stderr).toBe(0);
  const host = await spawnServe(dir, ENV);
  url = host.url;
  stop = () => host.child.kill('SIGTERM');
});
test.afterAll(() => stop());

test('finished events are reachable with their closing grid', async ({ page }) => {
  await openApp(page, url);
  await page.getByTestId('board-status').selectOption('finished');
  const row = page.getByTestId('board-event-row').filter({ hasText: 'England' }).filter({ hasText: 'Croatia' });
  await expect(row).toBeVisible();
  await expect(row).toContainText('terminé');
  await row.click();
  await expect(page.getByTestId('detail-closes')).toBeVisible();
  await expect(page.getByTestId('best-foot').first()).toContainText('par ');
});

test('an event link opens its chart with reference, best, opening, close, kick-off and the bet', async ({ page }) => {
  await openApp(page, url);
  // the tests' tsconfig has no DOM types: the page code runs as a string
  await page.evaluate(
    `location.hash = '#/event/${ENGLAND_CROATIA}?market=h2h&outcome=England&price=1.8&at=${KICK_OFF - 20 * 3600_000}&book=fanduel'`,
  );
  const canvas = page.getByTestId('price-chart-canvas');
  await expect(canvas).toBeVisible();
  await expect(page.getByTestId('board-day')).toHaveValue('2026-06-17');
  const roles = (await canvas.getAttribute('data-roles'))!.split(' ');
  // front first: the reference (no Pinnacle in this US recording: the consensus), then the best price
  expect(roles.slice(0, 2)).toEqual(['reference', 'best']);
  for (const r of ['opening', 'closing', 'kickoff', 'bet', 'mine']) expect(roles).toContain(r);
  const label = (await canvas.getAttribute('aria-label'))!;
  expect(label).toContain('Consensus');
  expect(label).toContain('Votre pari 1,80');
  // the bet's book is drawn as "mine"; the other books only behind the toggle (on when no book is chosen)
  await expect(page.getByTestId('chart-all-books')).toBeChecked();
  await page.screenshot({ path: test.info().outputPath('chart.png') });
});

test('the track record of the replayed opportunities, by kind and by book', async ({ page }) => {
  await openApp(page, url);
  await page.getByTestId('nav-opportunities').click();
  await page.getByTestId('opp-track').locator('summary').click();
  const table = page.getByTestId('opp-track-table');
  await expect(table).toBeVisible();
  await expect(table).toContainText('Surebet');
  await expect(table.locator('tbody tr')).toHaveCount(4);
  await page.getByTestId('opp-track').getByRole('tab', { name: 'Book' }).click();
  await expect(table).toContainText('draftkings');
  await page.screenshot({ path: test.info().outputPath('track-record.png'), fullPage: true });
});
