/**
 * Bets and Analytics end to end in Chromium against the real headless host: a deposit, a bet
 * logged with validation as you type, settled inline, edited, deleted with confirmation, a CSV
 * with a bad line refused whole, and the analytics cards and curve.
 */
import { expect, openApp, test } from './fixtures';

test('deposit, log a bet, settle and edit it, see the analytics', async ({ page, host }) => {
  await openApp(page, host.url);
  await page.getByTestId('nav-bets').click();
  await expect(page.getByTestId('bets-empty')).toBeVisible();

  await page.getByTestId('tx-amount').fill('500');
  await page.getByTestId('tx-add').click();
  await expect(page.getByTestId('bankroll-balance')).toHaveText(/500,00\s€/);

  await page.getByTestId('bet-new').click();
  const form = page.getByTestId('bet-form');
  await form.getByTestId('bet-sportKey').fill('soccer_france_ligue_one');
  await form.getByTestId('bet-homeTeam').fill('Lens');
  await form.getByTestId('bet-awayTeam').fill('Lille');
  await form.getByTestId('bet-selection').selectOption('Lens');
  await form.getByTestId('bet-bookmaker').fill('Ma Cote Perso');
  await form.getByTestId('bet-odds').fill('1');
  await expect(form.getByTestId('bet-error-odds')).toHaveText(/supérieure à 1/);
  await form.getByTestId('bet-odds').fill('2,10');
  await expect(form.getByTestId('bet-error-odds')).toHaveCount(0);
  await form.getByTestId('bet-stake').fill('0');
  await expect(form.getByTestId('bet-error-stake')).toBeVisible();
  await form.getByTestId('bet-stake').fill('20');
  await page.screenshot({ path: test.info().outputPath('bet-form.png') });
  await form.getByTestId('bet-save').click();
  await expect(form.getByTestId('bet-form-message')).toContainText('ma_cote_perso');

  const row = page.getByTestId('bet-row').first();
  await expect(row).toContainText('Lens – Lille');
  await expect(row).toHaveAttribute('data-status', 'pending');
  await row.getByTestId('bet-status-inline').selectOption('won');
  await expect(row).toHaveAttribute('data-status', 'won');
  await expect(row.getByTestId('bet-profit')).toHaveText(/\+22,00\s€/);
  await expect(page.getByTestId('bankroll-balance')).toHaveText(/522,00\s€/);

  await row.getByTestId('bet-edit').click();
  await expect(form.getByTestId('bet-stake')).toHaveValue('20,00');
  await form.getByTestId('bet-stake').fill('30');
  await form.getByTestId('bet-save').click();
  await expect(row.getByTestId('bet-profit')).toHaveText(/\+33,00\s€/);
  await expect(page.getByTestId('bankroll-balance')).toHaveText(/533,00\s€/);
  await page.screenshot({ path: test.info().outputPath('bets-1280.png'), fullPage: true });

  await page.getByTestId('nav-analytics').click();
  await expect(page.getByTestId('stat-profit')).toContainText('33,00');
  await expect(page.getByTestId('stat-yield')).toContainText('110,00');
  await expect(page.getByTestId('stat-roi')).toContainText('6,60');
  await expect(page.getByTestId('stat-roi')).toHaveAttribute('title', /dépôts/);
  await expect(page.getByTestId('bankroll-curve')).toBeVisible();
  await page.getByTestId('breakdown-sport').click();
  await expect(page.getByTestId('breakdown-row').first()).toContainText('Ligue 1');
  await page.screenshot({ path: test.info().outputPath('analytics-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 900, height: 720 });
  await page.screenshot({ path: test.info().outputPath('analytics-900.png'), fullPage: true });
  await page.getByTestId('nav-bets').click();
  await page.screenshot({ path: test.info().outputPath('bets-900.png'), fullPage: true });
});

test('a CSV with a bad line imports nothing and names the line; delete asks to confirm', async ({ page, host }) => {
  await openApp(page, host.url);
  await page.getByTestId('nav-bets').click();
  const header =
    'placed_at,sport,home_team,away_team,commence_time,market,selection,point,bookmaker,odds,stake,status,event_id,settled_at,closing_odds,tags,notes';
  const good =
    '2026-05-01T10:00:00Z,soccer_epl,Arsenal,Chelsea,2026-05-02T15:00:00Z,totals,Over,2.25,pinnacle,1.95,10,half_won,,,1.90,value,';
  const bad = '2026-05-01T10:00:00Z,soccer_epl,Arsenal,Chelsea,2026-05-02T15:00:00Z,totals,Over,3,pinnacle,1.95,10,half_won,,,,,';
  await page
    .getByTestId('bets-import-file')
    .setInputFiles({ name: 'bets.csv', mimeType: 'text/csv', buffer: Buffer.from([header, good, bad].join('\n')) });
  await expect(page.getByTestId('import-report')).toContainText('ligne 3');
  await expect(page.getByTestId('import-report')).toContainText('quarter line');
  await expect(page.getByTestId('bets-empty')).toBeVisible();

  await page
    .getByTestId('bets-import-file')
    .setInputFiles({ name: 'bets.csv', mimeType: 'text/csv', buffer: Buffer.from([header, good].join('\n')) });
  await expect(page.getByTestId('bets-io-message')).toContainText('1 pari importé.');
  const row = page.getByTestId('bet-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('bet-clv')).toHaveAttribute('data-state', 'estimated');
  await row.getByTestId('bet-delete').click();
  await expect(row.getByTestId('bet-delete')).toHaveText('Confirmer la suppression ?');
  await row.getByTestId('bet-delete').click();
  await expect(page.getByTestId('bets-empty')).toBeVisible();
});
