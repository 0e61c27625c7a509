/**
 * Starts the real headless host (the built CLI, `monps serve --port 0`) with a fresh data
 * folder, and waits for the app to say it is ready — never a fixed sleep.
 */
import { test as base, expect, type Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServe } from '../helpers/spawn-serve';

export interface Host {
  url: string;
  dataDir: string;
  process: ChildProcess;
}

export async function startHost(env: Record<string, string> = {}): Promise<Host> {
  const dataDir = mkdtempSync(join(tmpdir(), 'monps-e2e-'));
  const { url, child } = await spawnServe(dataDir, env);
  return { url, dataDir, process: child };
}

export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html[data-ready="1"]')).toBeAttached();
}

export const test = base.extend<{ host: Host }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    host.process.kill('SIGTERM');
  },
});

export { expect };
