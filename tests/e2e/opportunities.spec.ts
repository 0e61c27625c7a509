/**
 * The Opportunities page end to end: the real headless host in demo mode (the simulator plants
 * stale-price surebets), Debian's Chromium. The list shows at least one opportunity, a row
 * expands into its maths with the stakes, "log this bet" hands drafts to the bet form, and the
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

  const legs = await math.locator('tbody tr').count();
  await math.getByTestId('opp-log-bet').click();
  // the drafts went to the bet-draft store, which opens the Bets page with the first one
  expect(legs).toBeGreaterThanOrEqual(2);
  await expect(page.locator('main.page')).toHaveAttribute('data-page', 'bets');
  await page.screenshot({ path: test.info().outputPath('bets-after-log.png') });
  // the opportunity is marked as bet once the bet is saved, not before
  await expect(page.getByTestId('bet-form')).toBeVisible();
  await page.getByTestId('bet-save').click();
  await expect(page.getByTestId('bet-form-message')).toContainText(/enregistré/);
  await page.getByTestId('nav-opportunities').click();
  await expect(page.locator('[data-testid="opp-row"][aria-expanded="true"]')).toContainText(/parié/);
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
