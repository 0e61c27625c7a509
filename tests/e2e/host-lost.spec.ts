/**
 * The UI never lies about the host: killed while a page is open, the status strip says
 * "connexion perdue" within 10 s, a page opened meanwhile shows an error with a retry (not an
 * endless "Chargement…"), and everything comes back by itself when the host is back.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServe, type ServeProcess } from '../helpers/spawn-serve';
import { expect, openApp, test } from './fixtures';

test('host killed: strip says connection lost, pages offer a retry, then it reconnects', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'monps-e2e-lost-'));
  let host: ServeProcess = await spawnServe(dataDir);
  const port = Number(new URL(host.url).port);
  try {
    await openApp(page, host.url);
    await page.getByTestId('nav-bets').click();
    await expect(page.getByTestId('bets-empty')).toBeVisible();
    const health = page.getByTestId('health');
    await expect(health).not.toHaveAttribute('data-health', 'lost');

    const exited = new Promise((r) => host.child.once('exit', r));
    host.child.kill('SIGKILL');
    await exited;
    await expect(health).toHaveAttribute('data-health', 'lost', { timeout: 10_000 });
    await expect(health).toHaveText(/connexion perdue/i);

    // a page whose data was never loaded: an error and a retry, not a spinner
    await page.getByTestId('nav-analytics').click();
    await expect(page.getByTestId('page-error')).toBeVisible({ timeout: 10_000 });
    await expect(page.getByTestId('page-retry')).toBeVisible();
    await page.getByTestId('page-retry').click();
    await expect(page.getByTestId('page-error')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('host-lost.png') });

    host = await spawnServe(dataDir, {}, port);
    await expect(health).not.toHaveAttribute('data-health', 'lost', { timeout: 15_000 });
    await expect(page.getByTestId('page-error')).toHaveCount(0);
    await expect(page.getByTestId('analytics-empty')).toBeVisible();
  } finally {
    host.child.kill('SIGTERM');
  }
});
