/**
 * ONE secret store for every host (desktop, CLI, headless): the OS keychain (macOS Keychain,
 * Windows Credential Manager, Linux Secret Service) through @napi-rs/keyring, which loads in
 * Node and in Electron, so a key saved in the app is the key `monps` uses.
 *
 * Without a keychain (a Linux server, a desktop without a keyring) secrets go to the 0600
 * `secrets.json` of the data folder when `fileFallback()` allows it (the CLI and the headless
 * host always; the desktop only once the user accepted it), else they live in memory for this
 * session only. `location()` says which, for Settings.
 *
 * One-time migration: a secret found in `secrets.json` (or in a legacy store, e.g. the
 * desktop's old safeStorage file) while the keychain works is copied into the keychain and
 * removed from where it was.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { registerSecret, type Logger } from '../util/logger';
import { createFileSecretStore, type SecretName, type SecretStore } from './secret-store';

/** The OS keychain, one entry per secret name. Methods may throw (locked, no daemon…). */
export interface Keychain {
  get(name: SecretName): string | null;
  set(name: SecretName, value: string): void;
  delete(name: SecretName): void;
}

/** Where secrets are kept right now. */
export type SecretLocation = 'keychain' | 'file' | 'session';

/** A store secrets are migrated out of (read once, then cleared). */
export interface LegacySecretSource {
  get(name: SecretName): string | null;
  clear(name: SecretName): void;
}

export const SECRET_NAMES: readonly SecretName[] = ['oddsApiKey', 'smtpPassword'];
export const KEYCHAIN_SERVICE = 'MON_PS';

declare const require: NodeRequire | undefined;

/**
 * The keychain of this machine through @napi-rs/keyring, or null when there is none usable.
 * On Linux the Secret Service is required: keyring's fallback, the kernel keyring, forgets
 * everything at log-out. Entries are named `<secret>@<data folder>` under the service MON_PS:
 * a secret belongs to a data folder, as secrets.json did (the desktop and `monps` share the
 * default one). `MONPS_KEYCHAIN=off` disables it (the test suites set it).
 */
export function loadOsKeychain(
  dataDir: string,
  log?: Logger,
  env: NodeJS.ProcessEnv = process.env,
  service = KEYCHAIN_SERVICE,
): Keychain | null {
  if (env.MONPS_KEYCHAIN === 'off') return null;
  try {
    const req = typeof require === 'function' ? require : createRequire(join(process.cwd(), 'index.js'));
    const { Entry } = req('@napi-rs/keyring') as typeof import('@napi-rs/keyring');
    const options = process.platform === 'linux' ? { linux: { store: 'secret-service' as const } } : undefined;
    const entry = (name: SecretName) => new Entry(service, `${name}@${dataDir}`, options);
    const keychain: Keychain = {
      get: (name) => entry(name).getPassword() ?? null,
      set: (name, value) => entry(name).setPassword(value),
      delete: (name) => void entry(name).deletePassword(),
    };
    keychain.get('oddsApiKey'); // throws when there is no keychain to talk to
    return keychain;
  } catch (e) {
    log?.info('no OS keychain: secrets fall back to the data folder', { reason: e instanceof Error ? e.message.slice(0, 200) : String(e) });
    return null;
  }
}

export interface SharedSecretStoreOptions {
  dataDir: string;
  /** null: no keychain here. Tests inject one. */
  keychain: Keychain | null;
  /** Without a keychain: may secrets be written to the 0600 file? (else: this session only) */
  fileFallback(): boolean;
  /** Stores migrated into this one (e.g. the desktop's safeStorage file). */
  legacy?: LegacySecretSource[];
  log: Logger;
}

export type SharedSecretStore = SecretStore & { location(): SecretLocation };

export function createSharedSecretStore(o: SharedSecretStoreOptions): SharedSecretStore {
  const { keychain, log } = o;
  const file = createFileSecretStore(o.dataDir);
  const session = new Map<SecretName, string>();
  const location = (): SecretLocation => (keychain ? 'keychain' : o.fileFallback() ? 'file' : 'session');

  if (keychain) migrateInto(keychain);
  else migrateLegacyWithoutKeychain();

  function migrateInto(kc: Keychain): void {
    for (const name of SECRET_NAMES) {
      const sources: LegacySecretSource[] = [{ get: (n) => file.get(n), clear: (n) => file.set(n, null) }, ...(o.legacy ?? [])];
      for (const source of sources) {
        const value = safeGet(source, name);
        if (value === null) continue;
        try {
          if (kc.get(name) === null) kc.set(name, value);
          source.clear(name);
          log.info('secret moved into the OS keychain', { name });
        } catch (e) {
          log.warn('secret not moved into the OS keychain; kept where it was', {
            name,
            message: e instanceof Error ? e.message : String(e),
          });
        }
      }
    }
  }

  /** No keychain: a legacy secret goes to the file if allowed, else is read for this session. */
  function migrateLegacyWithoutKeychain(): void {
    for (const name of SECRET_NAMES) {
      for (const source of o.legacy ?? []) {
        const value = safeGet(source, name);
        if (value === null) continue;
        if (o.fileFallback()) {
          if (file.get(name) === null) file.set(name, value);
          source.clear(name);
        } else if (!session.has(name)) session.set(name, value);
      }
    }
  }

  function safeGet(source: LegacySecretSource, name: SecretName): string | null {
    try {
      const v = source.get(name);
      if (v) registerSecret(v);
      return v || null;
    } catch {
      return null;
    }
  }

  return {
    location,
    get(name) {
      if (session.has(name)) return session.get(name) ?? null;
      if (keychain) {
        try {
          const v = keychain.get(name);
          if (v) registerSecret(v);
          return v;
        } catch (e) {
          log.warn('the OS keychain could not be read', { name, message: e instanceof Error ? e.message : String(e) });
          return null;
        }
      }
      return file.get(name); // a file written by the CLI on this machine is the user's
    },
    set(name, value) {
      session.delete(name);
      if (value !== null) registerSecret(value);
      if (keychain) {
        if (value === null) keychain.delete(name);
        else keychain.set(name, value);
        if (file.get(name) !== null) file.set(name, null);
        return;
      }
      if (o.fileFallback()) {
        file.set(name, value);
        return;
      }
      if (value !== null) {
        session.set(name, value);
        log.warn('no OS keychain: the secret is kept for this session only', { name });
      }
      if (file.get(name) !== null) file.set(name, null);
    },
  };
}
