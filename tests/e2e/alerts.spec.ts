/**
 * The alert centre in Chromium against the real headless host: validation as you type,
 * saving rules, a bankroll below 900 € firing, snoozing it, silences, channel tests, the
 * e-mail settings' messages; screenshots at 1280×720 and 900 px.
 */
import WebSocket from 'ws';
import { expect, openApp, test } from './fixtures';

/** Calls a channel on the host like the renderer does (same-origin WebSocket). */
async function call(url: string, channel: string, req: unknown): Promise<{ ok: boolean; value?: unknown }> {
  const ws = new WebSocket(url.replace(/^http/, 'ws') + 'ws', { origin: url.replace(/\/$/, '') });
  await new Promise((r, j) => (ws.once('open', r), ws.once('error', j)));
  const res = await new Promise<{ ok: boolean; value?: unknown }>((resolve) => {
    ws.on('message', (d) => {
      const m = JSON.parse(String(d)) as { id?: number; result?: { ok: boolean; value?: unknown } };
      if (m.id === 1 && m.result) resolve(m.result);
    });
    ws.send(JSON.stringify({ id: 1, channel, req }));
  });
  ws.close();
  return res;
}

test('alert centre: rules, firing bankroll alert, snooze, silences, channel tests, e-mail settings', async ({ page, host }) => {
  await openApp(page, host.url);
  await page.getByTestId('nav-alerts').click();
  await expect(page.getByTestId('alerts-page')).toBeVisible();
  await expect(page.getByTestId('alerts-health')).toHaveAttribute('data-health', /ok|warning|critical/);

  // validation as you type
  const threshold = page.getByTestId('rule-threshold-bankroll-critical');
  await threshold.fill('abc');
  await expect(page.getByTestId('rule-error-bankroll-critical-threshold')).toHaveText('« abc » n’est pas un nombre');
  await expect(page.getByTestId('rules-save')).toBeDisabled();
  await threshold.fill('900');
  await page.getByTestId('rule-add-kind').selectOption('bankroll');
  await page.getByTestId('rule-add').click();
  await page.getByTestId('rule-threshold-bankroll-1').fill('950');
  await page.getByTestId('rules-save').click();
  await expect(page.getByTestId('rules-saved')).toBeVisible();

  // a bankroll below 900 € fires the critical rule; the 950 € warning is muted by it
  expect((await call(host.url, 'bankroll:add-transaction', { kind: 'deposit', amountCents: 85_000 })).ok).toBe(true);
  await page.getByTestId('alerts-evaluate').click();
  const critical = page.locator('[data-testid="alert-row"][data-rule="bankroll-critical"]');
  await expect(critical).toHaveAttribute('data-state', 'firing');
  await expect(page.locator('[data-testid="alert-row"][data-rule="bankroll-1"]')).toHaveAttribute('data-muted', 'inhibited');
  await expect(page.getByTestId('alerts-health')).toHaveAttribute('data-health', 'critical');
  await page.screenshot({ path: test.info().outputPath('alerts-1280.png'), fullPage: false });

  // snooze it for 1 h from the row; then end the silence from the list
  await critical.getByTestId('snooze-select').selectOption('1');
  await expect(critical).toHaveAttribute('data-muted', 'silenced');
  const silence = page.locator('[data-testid="silence-row"][data-active="true"]');
  await expect(silence).toHaveCount(1);
  await silence.getByTestId('silence-expire').click();
  await expect(page.locator('[data-testid="silence-row"][data-active="false"]')).toHaveCount(1);

  // a custom silence with a bad number is refused as you type
  await page.getByTestId('silence-duration').selectOption('custom');
  await page.getByTestId('silence-hours').fill('deux');
  await expect(page.getByTestId('silence-create')).toBeDisabled();
  await page.getByTestId('silence-hours').fill('2');
  await page.getByTestId('silence-create').click();
  await expect(page.locator('[data-testid="silence-row"][data-active="true"]')).toHaveCount(1);

  // channel tests: in-app works, e-mail explains what is missing
  await page.getByTestId('channel-test-inapp').click();
  await expect(page.getByTestId('channel-test-result-inapp')).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('alerts-toast')).toContainText('MON_PS — test');
  await page.getByTestId('channel-test-email').click();
  // in the page's language (French here), not the core's English
  await expect(page.getByTestId('channel-test-result-email')).toContainText('aucun serveur SMTP');

  // e-mail settings: a malformed address is refused as you type
  await page.getByTestId('email-to').fill('pas-une-adresse');
  await expect(page.getByTestId('email-error-to')).toHaveText('« pas-une-adresse » n’est pas une adresse e-mail');
  await expect(page.getByTestId('email-save')).toBeDisabled();
  await page.getByTestId('email-to').fill('moi@example.com');
  await page.getByTestId('email-from').fill('monps@example.com');
  await page.getByTestId('email-port').fill('1');
  await page.getByTestId('email-host').fill('127.0.0.1');
  await page.getByTestId('email-password').fill('pw-not-shown-3141');
  await page.getByTestId('email-save').click();
  await expect(page.getByTestId('email-saved')).toBeVisible();
  await page.getByTestId('channel-test-email').click();
  await expect(page.getByTestId('channel-test-result-email')).toContainText('rien ne répond sur 127.0.0.1:1');
  await expect(page.locator('body')).not.toContainText('pw-not-shown-3141');
  await expect(page.locator('[data-testid="history-row"][data-to="firing"]').first()).toBeVisible();

  await page.screenshot({ path: test.info().outputPath('alerts-1280-full.png'), fullPage: true });
  await page.getByTestId('rules-table').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('alerts-1280-rules.png') });
  await page.setViewportSize({ width: 900, height: 720 });
  await page.screenshot({ path: test.info().outputPath('alerts-900-rules.png') });
  await page.getByTestId('email-form').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('alerts-900-email.png') });
  await page.getByTestId('alerts-health').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('alerts-900.png') });
});
