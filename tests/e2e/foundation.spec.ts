/**
 * The foundation end to end: the real headless host in demo mode, Debian's Chromium, the
 * real renderer bundle. First start shows simulated events with odds; the Status page shows
 * runs; a setting changes and survives a reload.
 */
import { expect, openApp, test } from './fixtures';

test('first start: demo events with odds, clearly marked as simulated', async ({ page, host }) => {
  await openApp(page, host.url);
  await expect(page.getByTestId('demo-badge')).toBeVisible();
  await expect(page.getByTestId('demo-badge')).toContainText('Données simulées');
  const rows = page.getByTestId('board-event-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(10);
  // a row shows decimal odds the French way (2,15)
  await expect(rows.first()).toContainText(/\d,\d{2}/);
  await expect(page.getByTestId('health')).toHaveAttribute('data-health', 'ok');
  await page.screenshot({ path: test.info().outputPath('board.png') });
});

test('an event expands to its grid with the best prices and the movement chart', async ({ page, host }) => {
  await openApp(page, host.url);
  await page.getByTestId('board-event-row').first().click();
  const grid = page.getByTestId('event-grid');
  await expect(grid).toBeVisible();
  // the grid opens before its prices arrive: wait for them, not for a moment (failed once under load)
  await expect(grid.getByTestId('best-price').nth(1)).toBeVisible();
  await expect(page.getByTestId('price-chart').locator('canvas')).toBeVisible();
  // "/" focuses the search, which filters the board by team
  const team = (await page.getByTestId('board-event-row').nth(3).locator('.team').first().textContent())!.trim();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await page.keyboard.type(team);
  const rows = page.getByTestId('board-event-row');
  await expect(rows.first()).toContainText(team);
  const texts = await rows.allTextContents();
  expect(texts.every((t) => t.includes(team))).toBe(true);
});

test('the Status page shows the runs and "collect now" adds one', async ({ page, host }) => {
  await openApp(page, host.url);
  await page.getByTestId('nav-status').click();
  const runs = page.getByTestId('run-row');
  await expect(runs.first()).toHaveAttribute('data-status', 'ok');
  const before = await runs.count();
  await page.getByTestId('run-now').click();
  await expect(runs).toHaveCount(before + 1);
  await expect(runs.first()).toHaveAttribute('data-status', 'ok');
  await page.screenshot({ path: test.info().outputPath('status.png'), fullPage: true });
});

test('a setting changes, a nonsense one is refused, and the language switches', async ({ page, host }) => {
  await openApp(page, host.url);
  await page.getByTestId('nav-settings').click();
  const interval = page.getByTestId('interval-input');
  await interval.fill('-5');
  await expect(page.getByTestId('settings-save')).toBeDisabled();
  await interval.fill('90');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-saved')).toBeVisible();
  await page.reload();
  await expect(page.locator('html[data-ready="1"]')).toBeAttached();
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('interval-input')).toHaveValue('90');

  await page.getByTestId('lang-select').selectOption('en');
  await expect(page.getByTestId('nav-settings')).toContainText('Settings');
  await expect(page.getByTestId('demo-badge')).toContainText(/simulated/i);
});

test('small window: the board stays usable at 900 px', async ({ page, host }) => {
  await page.setViewportSize({ width: 900, height: 700 });
  await openApp(page, host.url);
  await expect(page.getByTestId('board-event-row').first()).toBeVisible();
  await expect(page.getByTestId('status-strip')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('board-900.png') });
});
