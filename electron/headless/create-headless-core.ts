/** Builds the core for the CLI and the headless host: conf for settings, a 0600 file for secrets. */
import Conf from 'conf';
import { createCore, type CoreOptions } from '../core/create-core';
import type { SettingsBackend } from '../core/settings/settings-service';
import { createFileSecretStore, withEnvOverride } from '../core/settings/secret-store';
import type { Logger } from '../core/util/logger';
import { APP_VERSION } from '../core/version';

export function confSettingsBackend(dataDir: string): SettingsBackend {
  return new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'settings' }) as unknown as SettingsBackend;
}

export function createHeadlessCore(dataDir: string, log: Logger, extra: Partial<CoreOptions> = {}) {
  return createCore({
    dataDir,
    host: 'headless',
    version: APP_VERSION,
    log,
    secrets: withEnvOverride(createFileSecretStore(dataDir), { oddsApiKey: process.env.ODDS_API_KEY }),
    settingsBackend: confSettingsBackend(dataDir),
    envBaseUrl: process.env.ODDS_API_BASE_URL,
    ...extra,
  });
}
