/**
 * Builds the core for the CLI and the headless host: conf for settings, the shared secret store
 * for secrets (OS keychain, else the 0600 secrets.json of the data folder).
 */
import Conf from 'conf';
import { createCore, type CoreOptions } from '../core/create-core';
import type { SettingsBackend } from '../core/settings/settings-service';
import { withEnvOverride, type SecretStore } from '../core/settings/secret-store';
import { createSharedSecretStore, loadOsKeychain } from '../core/settings/shared-secret-store';
import type { Logger } from '../core/util/logger';
import { APP_VERSION } from '../core/version';

export function confSettingsBackend(dataDir: string): SettingsBackend {
  return new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'settings', configFileMode: 0o600 }) as unknown as SettingsBackend;
}

/** The secret store of the CLI and the headless host (ODDS_API_KEY wins). */
export function headlessSecrets(dataDir: string, log: Logger): SecretStore {
  const store = createSharedSecretStore({
    dataDir,
    keychain: loadOsKeychain(dataDir, log),
    fileFallback: () => true,
    log: log.child('secrets'),
  });
  return withEnvOverride(store, { oddsApiKey: process.env.ODDS_API_KEY });
}

export function createHeadlessCore(dataDir: string, log: Logger, extra: Partial<CoreOptions> = {}) {
  return createCore({
    dataDir,
    host: 'headless',
    version: APP_VERSION,
    log,
    secrets: headlessSecrets(dataDir, log),
    settingsBackend: confSettingsBackend(dataDir),
    envBaseUrl: process.env.ODDS_API_BASE_URL,
    ...extra,
  });
}
