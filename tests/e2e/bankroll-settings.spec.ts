/**
 * Réglages → Paris et règlement end to end in Chromium against the real headless host (demo
 * mode): change the settlement interval, see it saved and kept after a reload; a nonsense value
 * shows its message, disables Save and saves nothing.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

async function openSection(page: Page) {
  await page.getByTestId('nav-settings').click();
  const section = page.getByTestId('bankroll-settings');
  await expect(section).toContainText('Paris et règlement');
  await expect(page.getByTestId('bankroll-settle-interval')).toBeVisible();
  return section;
}

test('change the settle interval, saved and kept; a nonsense value is refused', async ({ page, host }) => {
  await openApp(page, host.url);
  const section = await openSection(page);
  const interval = page.getByTestId('bankroll-settle-interval');
  const save = page.getByTestId('bankroll-settings-save');
  await expect(interval).toHaveValue('30');
  await expect(page.getByTestId('bankroll-auto-settle')).toBeChecked();
  await expect(page.getByTestId('bankroll-sharp-book')).toHaveValue('pinnacle');
  await expect(section).toContainText('Tous les combien de minutes les paris en cours sont vérifiés.');

  await interval.fill('45');
  await save.click();
  await expect(page.getByTestId('bankroll-settings-saved')).toHaveText('Réglages des paris enregistrés.');
  await expect(page.getByTestId('bankroll-settings-error')).toHaveCount(0);
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('bankroll-settings.png') });

  await page.reload();
  await expect(page.locator('html[data-ready="1"]')).toBeAttached();
  await openSection(page);
  await expect(interval).toHaveValue('45');

  // nonsense, a decimal, below the minimum: the message as you type, Save disabled
  for (const bad of ['abc', '12.5', '3']) {
    await interval.fill(bad);
    await expect(page.getByTestId('bankroll-settle-interval-error')).toHaveText(/Un nombre entier entre 5 et 1\s?440\./);
    await expect(interval).toHaveAttribute('aria-invalid', 'true');
    await expect(save).toBeDisabled();
  }
  await page.getByTestId('bankroll-settings').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: test.info().outputPath('bankroll-settings-invalid.png') });
  // Enter in an invalid field saves nothing (and does not submit the rest of the Settings form)
  await interval.press('Enter');
  await expect(page.getByTestId('bankroll-settings-saved')).toHaveCount(0);
  await expect(page.getByTestId('settings-saved')).toHaveCount(0);

  await page.reload();
  await expect(page.locator('html[data-ready="1"]')).toBeAttached();
  await openSection(page);
  await expect(interval).toHaveValue('45');

  // Enter in a valid field saves this section only
  await interval.fill('60');
  await interval.press('Enter');
  await expect(page.getByTestId('bankroll-settings-saved')).toHaveText('Réglages des paris enregistrés.');
  await expect(page.getByTestId('settings-saved')).toHaveCount(0);
});
