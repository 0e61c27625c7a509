/**
 * The Status page's credit economy on the real headless host (demo mode): the plan of the next
 * 24 h with its credits, the month's ledger chart, the health figures, and the overrides (pin a
 * sport, raise today's budget; a nonsense budget is refused naming the field).
 * SHOTS_DIR=/tmp/x writes the page at 1280x720 and 1920x1080 in French and English there.
 */
import { expect, openApp, startHost, test } from './fixtures';

test('the plan, the ledger and the health figures, with overrides', async ({ page, host }) => {
  await openApp(page, host.url);
  await page.getByTestId('nav-status').click();
  const plan = page.getByTestId('plan-panel');
  await expect(plan).toBeVisible();
  await expect(plan).toContainText(/Mode démo : voici le plan/);
  await expect(page.getByTestId('plan-table').locator('tr[data-kind="odds"]').first()).toBeVisible();
  await expect(page.getByTestId('plan-next24h')).toContainText(/\d+ crédits prévus en 24 h/);
  await expect(page.getByTestId('ledger-chart').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('health-runs')).not.toHaveText('0');

  // pin a sport
  await page.getByTestId('plan-override').locator('summary').click();
  const select = page.getByTestId('pin-select');
  const first = await select.locator('option').nth(1).getAttribute('value');
  await select.selectOption(first!);
  await page.getByTestId('pin-add').click();
  await expect(page.getByTestId('plan-override')).toContainText('Épinglés');
  // raise the budget; a negative one is refused with the field named
  await page.getByTestId('boost-input').fill('-5');
  await page.getByTestId('boost-apply').click();
  await expect(page.getByTestId('plan-override').getByRole('status')).toContainText(/boostCredits/);
  await page.getByTestId('boost-input').fill('30');
  await page.getByTestId('boost-apply').click();
  await expect(page.getByTestId('plan-override')).toContainText('+30 crédits jusqu’au');
  // a reset day that is not one is refused naming the field; 31 is accepted (the month's last day in short months)
  await page.getByTestId('reset-day-input').fill('32');
  await page.getByTestId('budget-apply').click();
  await expect(page.getByTestId('plan-override').getByRole('status')).toContainText(/resetDay/);
  await page.getByTestId('reset-day-input').fill('31');
  await page.getByTestId('budget-apply').click();
  await expect(page.getByTestId('plan-override').getByRole('status')).toContainText('Plan mis à jour.');
  await expect(page.getByTestId('plan-warning').first()).toContainText('Le jour de remise à zéro 31 n’existe pas tous les mois');

  const dir = process.env.SHOTS_DIR;
  if (dir) {
    for (const lang of ['fr', 'en'] as const) {
      if (lang === 'en') {
        await page.getByTestId('nav-settings').click();
        await page.getByTestId('lang-select').selectOption('en');
        await page.getByTestId('nav-status').click();
        await expect(page.getByTestId('plan-panel')).toContainText('Plan for the next 24 h');
      }
      for (const [w, h] of [
        [1280, 720],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width: w, height: h });
        await page.getByTestId('economy-section').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${dir}/status-${lang}-${w}.png` });
        await page.screenshot({ path: `${dir}/status-${lang}-${w}-full.png`, fullPage: true });
      }
    }
  }
});

test('with a real key: the plan is followed and the ledger counts what the API billed', async ({ page }) => {
  const { startSimulator } = await import('../../electron/core/simulator');
  const KEY = 'e2e0a1b2c3d4e5f60718293a4b5c6d7e';
  const sim = await startSimulator({ apiKeys: [KEY], seed: 5, minRequestIntervalMs: 0, monthlyCredits: 500 });
  const host = await startHost({ ODDS_API_KEY: KEY, ODDS_API_BASE_URL: sim.url });
  try {
    await openApp(page, host.url);
    await page.getByTestId('nav-status').click();
    await expect(page.getByTestId('plan-panel')).toContainText('La collecte suit ce plan');
    // the collector panel says so too, not "every 360 min" (the plan's longest allowed gap)
    await expect(page.getByTestId('collector-interval')).toHaveText('suit le plan de crédits (au plus 6\u00a0h d’écart)');
    // the first planned run: free calls, then /odds for the sports with events soon
    await expect(page.getByTestId('ledger-used')).not.toHaveText('0', { timeout: 30_000 });
    const billed = sim.credits(KEY).used;
    expect(billed).toBeGreaterThan(0);
    await expect(page.getByTestId('ledger-used')).toHaveText(String(billed));
    await expect(page.getByTestId('health-credits')).toContainText(`${billed} / ${billed}`);
    const dir = process.env.SHOTS_DIR;
    if (dir) {
      for (const [w, h] of [
        [1280, 720],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width: w, height: h });
        await page.getByTestId('economy-section').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${dir}/status-real-fr-${w}.png` });
      }
      await page.getByTestId('nav-settings').click();
      await page.getByTestId('lang-select').selectOption('en');
      await page.getByTestId('nav-status').click();
      await expect(page.getByTestId('collector-interval')).toHaveText('follows the credit plan (at most 6\u00a0h apart)');
      for (const [w, h] of [
        [1280, 720],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width: w, height: h });
        await page.screenshot({ path: `${dir}/status-real-en-${w}.png` });
      }
    }
  } finally {
    host.process.kill('SIGTERM');
    await sim.close();
  }
});
