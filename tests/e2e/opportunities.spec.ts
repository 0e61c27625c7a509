/**
 * The Opportunities page end to end: the real headless host in demo mode (the simulator plants
 * stale-price surebets), Debian's Chromium. The list shows at least one opportunity, a row
 * expands into its maths with the stakes, one form logs every leg of a surebet at once, and the
 * page shows the collector's health and the data age.
 */
import { expect, openApp, test } from './fixtures';

test('demo surebets are listed, explain themselves and can be logged as bets', async ({ page, host }) => {
  await openApp(page, host.url);
  await page.getByTestId('nav-opportunities').click();
  await expect(page.getByTestId('opp-health')).toBeVisible();
  await expect(page.getByTestId('opp-data-age')).toContainText(/données/);
  const surebets = page.locator('[data-testid="opp-list"] [data-testid="opp-row"][data-kind="surebet"]');
  await expect(surebets.first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('opportunities-1280.png') });

  await surebets.first().click();
  const math = page.getByTestId('opp-math');
  await expect(math).toBeVisible();
  await expect(math).toContainText('Σ 1/cote nette');
  await expect(math.getByTestId('opp-stake').first()).toContainText('€');
  await page.getByTestId('opp-total').fill('250');
  await expect(math).toContainText(/250,00/);
  await page.screenshot({ path: test.info().outputPath('opportunities-math-1280.png') });
  await page.setViewportSize({ width: 900, height: 720 });
  await page.waitForFunction('document.documentElement.clientWidth === 900');
  await expect(page.locator('.page')).toHaveJSProperty('scrollWidth', await page.locator('.page').evaluate((e) => e.clientWidth));
  await page.screenshot({ path: test.info().outputPath('opportunities-math-900.png') });

  // no NaN or Infinity anywhere on the page
  expect(await page.locator('.opportunities').innerText()).not.toMatch(/NaN|Infinity/);

  // one form for every leg, saved in one transaction; the demo bankroll is 0 €, so it asks first
  const legs = await math.getByTestId('opp-log-stake').count();
  expect(legs).toBeGreaterThanOrEqual(2);
  await expect(math.getByTestId('opp-log-bets')).toBeDisabled();
  await expect(math.getByTestId('opp-log-over')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('opportunities-log-form.png') });
  await math.getByTestId('opp-log-confirm').check();
  await math.getByTestId('opp-log-bets').click();
  await expect(page.locator('[data-testid="opp-row"][aria-expanded="true"]')).toContainText(/parié/);
  await page.getByTestId('nav-bets').click();
  await expect(page.getByTestId('bet-row')).toHaveCount(legs);
});

test('filters by kind and edge; the settings panel validates as you type', async ({ page, host }) => {
  await openApp(page, host.url);
  await page.getByTestId('nav-opportunities').click();
  const rows = page.locator('[data-testid="opp-list"] [data-testid="opp-row"]');
  await expect(rows.first()).toBeVisible();
  await page.getByTestId('opp-kind-filter').locator('[data-kind="surebet"]').click();
  await expect(rows.first()).toHaveAttribute('data-kind', 'surebet');
  expect(new Set(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))))).toEqual(new Set(['surebet']));
  await page.getByTestId('opp-min-edge').fill('90');
  await expect(page.getByTestId('opp-empty')).toContainText('filtres');
  await page.getByTestId('opp-settings').locator('summary').click();
  const minBooks = page.getByTestId('opp-settings').locator('input').first();
  await minBooks.fill('1');
  await expect(page.getByTestId('opp-settings-save')).toBeDisabled();
  await minBooks.fill('3');
  await expect(page.getByTestId('opp-settings-save')).toBeEnabled();
  await page.getByTestId('opp-settings').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('opportunities-settings.png'), fullPage: true });
});
