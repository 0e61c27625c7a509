/**
 * Réglages → Sauvegardes end to end in Chromium against the real headless host (demo mode):
 * back up now, the backup is listed with its date and size, restore asks for a confirmation,
 * restores, and the app goes on working on the restored database.
 */
import { expect, openApp, test } from './fixtures';

test('back up now, list, restore with a confirmation', async ({ page, host }) => {
  await openApp(page, host.url);
  await page.getByTestId('nav-settings').click();
  const section = page.getByTestId('backup-section');
  await expect(section).toContainText('Sauvegardes');
  await expect(section).toContainText('Mode démo : pas de sauvegarde automatique');
  await expect(page.getByTestId('backup-empty')).toBeVisible();

  await page.getByTestId('backup-now').click();
  await expect(page.getByTestId('backup-note')).toHaveAttribute('data-kind', 'ok');
  await expect(page.getByTestId('backup-note')).toContainText(/Sauvegarde enregistrée : demo-manual-\d{8}T\d{9}Z\.sqlite/);
  const rows = page.getByTestId('backup-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Manuelle');
  await expect(rows.first()).toContainText(/\d+([,.]\d+)?\s?(o|ko|Ko|Mo|kB|MB|octets)/);
  await section.screenshot({ path: test.info().outputPath('backup-section.png') });

  // restoring asks first; cancelling changes nothing
  await rows.first().getByTestId('backup-restore').click();
  await expect(page.getByTestId('backup-confirm')).toContainText('Restaurer la sauvegarde du');
  await page.getByTestId('backup-confirm').getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByTestId('backup-confirm')).toHaveCount(0);

  await rows.first().getByTestId('backup-restore').click();
  await section.screenshot({ path: test.info().outputPath('backup-confirm.png') });
  await page.getByTestId('backup-confirm-yes').click();
  await expect(page.getByTestId('backup-note')).toHaveAttribute('data-kind', 'ok');
  await expect(page.getByTestId('backup-note')).toContainText(/restaurée\. L’ancienne base est gardée : .*demo\.before-restore-/);
  await section.screenshot({ path: test.info().outputPath('backup-restored.png') });

  // the app goes on: the board still shows events, a collection still succeeds
  await page.getByTestId('nav-board').click();
  await expect(page.getByTestId('board-event-row').first()).toBeVisible();
  await page.getByTestId('nav-status').click();
  const runs = page.getByTestId('run-row');
  const before = await runs.count();
  await page.getByTestId('run-now').click();
  await expect(runs).toHaveCount(before + 1);
  await expect(runs.first()).toHaveAttribute('data-status', 'ok');
});
