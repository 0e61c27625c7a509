/**
 * The smaller points a user notices on Alertes and État, on the real host with demo data:
 * the health pill does not say "nothing urgent" while alerts fire, every threshold has its
 * unit, alert details follow the language (decimal comma in French, dot in English) even for
 * rows already stored, the runs timeline has a time axis, and the last backup is shown.
 */
import { expect, openApp, test } from './fixtures';

test('alerts: health matches what fires, units, details in the reader language; État: axis and last backup', async ({ page, host }) => {
  await openApp(page, host.url);

  // demo surebets and value bets fire "new opportunity" (info) alerts
  await page.getByTestId('nav-alerts').click();
  const opp = page.locator('[data-testid="alert-row"][data-rule="new-opportunity"][data-state="firing"]').first();
  await expect(opp).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('alerts-health')).not.toHaveText('Rien d’urgent');
  await expect(page.getByTestId('alerts-health')).toHaveText(/alertes? d’information en cours|Critique|À surveiller/);

  // units beside thresholds and durations
  await expect(page.getByTestId('rule-unit-threshold-bankroll-critical')).toHaveText('€');
  await expect(page.getByTestId('rule-unit-threshold-no-data')).toHaveText('h');
  await expect(page.getByTestId('rule-unit-forMin-bankroll-critical')).toHaveText('min');
  // full rule names: the input is not narrower than its text
  const clipped = await page.evaluate(
    `[...document.querySelectorAll('.rules-table .name-input')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.value)`,
  );
  expect(clipped).toEqual([]);

  // the same stored alert in French, then in English
  const id = await opp.getAttribute('data-rule');
  expect(id).toBe('new-opportunity');
  const frText = await opp.locator('.summary-cell').innerText();
  expect(frText).toMatch(/\d,\d\s%/);
  expect(frText).not.toContain(' v ');
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('lang-select').selectOption('en');
  await page.getByTestId('nav-alerts').click();
  const enText = await page.locator('[data-testid="alert-row"][data-rule="new-opportunity"]').first().locator('.summary-cell').innerText();
  expect(enText).toMatch(/\d\.\d%/);
  await expect(page.getByTestId('history-table')).not.toContainText('déclenchée');
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('lang-select').selectOption('fr');

  // État: the timeline has a time axis ending "maintenant"; no backup yet, then one
  await page.getByTestId('nav-status').click();
  await expect(page.getByTestId('timeline-tick').first()).toBeVisible();
  const axis = page.getByTestId('timeline-axis').locator('span');
  await expect(axis).toHaveCount(5);
  await expect(axis.last()).toHaveText('maintenant');
  await expect(axis.first()).toHaveText(/\d\d:\d\d/);
  await expect(page.getByTestId('last-backup')).toHaveText(/aucune sauvegarde/);
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('backup-now').click();
  await expect(page.getByTestId('backup-note')).toHaveAttribute('data-kind', 'ok');
  await page.getByTestId('nav-status').click();
  await expect(page.getByTestId('last-backup')).toHaveText(/manuelle/);
});
