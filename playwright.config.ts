import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium against the real headless host (`monps serve`).
 * Each test file starts its own host on a free port with its own data folder (see fixtures.ts).
 * Two workers: each host runs a collector and a simulator, and CI has 2 cores.
 */
// the hosts the tests start never touch the developer's OS keychain (shared-secret-store.ts)
process.env.MONPS_KEYCHAIN ??= 'off';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    viewport: { width: 1280, height: 720 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
  },
});
