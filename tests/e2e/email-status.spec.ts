/**
 * Issue #9 item 12 as a user sees it, in Chromium against the real headless host:
 * `monps@localhost` is accepted as sender and recipient, and while e-mail alerts are on but
 * cannot go out, the Status page says why (and stops saying it once the settings are right).
 */
import { expect, openApp, test } from './fixtures';

test('Status says why e-mail alerts cannot go out; monps@localhost is a valid address', async ({ page, host }) => {
  await openApp(page, host.url);
  await page.getByTestId('nav-status').click();
  await expect(page.getByTestId('last-error')).toBeVisible();
  await expect(page.getByTestId('email-problem')).toHaveCount(0); // e-mail is off: nothing to say

  await page.getByTestId('nav-alerts').click();
  await page.getByTestId('email-enabled').check();
  await page.getByTestId('email-host').fill('127.0.0.1');
  await page.getByTestId('email-port').fill('2525');
  await page.getByTestId('email-from').fill('monps@localhost');
  await expect(page.getByTestId('email-error-from')).toHaveCount(0);
  await page.getByTestId('email-save').click();
  await expect(page.getByTestId('email-saved')).toBeVisible();

  await page.getByTestId('nav-status').click();
  const box = page.getByTestId('email-problem');
  await expect(box).toBeVisible();
  await expect(box).toContainText('E-mail : les alertes ne partent pas');
  await expect(box).toContainText('no recipient: fill in "To" or set MONPS_EMAIL_TO');
  await page.screenshot({ path: test.info().outputPath('status-email-problem.png') });

  await page.getByTestId('nav-alerts').click();
  await page.getByTestId('email-to').fill('moi@localhost');
  await expect(page.getByTestId('email-error-to')).toHaveCount(0);
  await page.getByTestId('email-save').click();
  await expect(page.getByTestId('email-saved')).toBeVisible();
  await page.getByTestId('nav-status').click();
  await expect(page.getByTestId('last-error')).toBeVisible();
  await expect(page.getByTestId('email-problem')).toHaveCount(0);
});
