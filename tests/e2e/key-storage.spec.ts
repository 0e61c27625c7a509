/**
 * Settings → the API key says where it is kept. The test hosts have no OS keychain
 * (MONPS_KEYCHAIN=off, see playwright.config.ts), so a key saved here goes to the data folder's
 * 0600 secrets.json, and Settings says so; a key from ODDS_API_KEY is "not saved anywhere".
 * The base URL is a closed loopback port: nothing leaves the machine.
 */
import { expect, openApp, startHost, test } from './fixtures';

const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

test('a saved key: Settings says it is in secrets.json, readable by this account only', async ({ page }) => {
  const host = await startHost({ ODDS_API_BASE_URL: 'http://127.0.0.1:9' });
  try {
    await openApp(page, host.url);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('api-key-input').fill(KEY);
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('api-key-masked')).toContainText('8f90');
    const storage = page.getByTestId('api-key-storage');
    await expect(storage).toContainText('secrets.json');
    await expect(storage).toContainText('lisible par votre seul compte');
    await storage.scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('key-storage-fr.png') });
  } finally {
    host.process.kill('SIGTERM');
  }
});

test('a key from the environment: Settings says it is not saved', async ({ page }) => {
  const host = await startHost({ ODDS_API_KEY: KEY, ODDS_API_BASE_URL: 'http://127.0.0.1:9' });
  try {
    await openApp(page, host.url);
    await page.getByTestId('nav-settings').click();
    await expect(page.getByTestId('api-key-storage')).toContainText('ODDS_API_KEY');
  } finally {
    host.process.kill('SIGTERM');
  }
});
