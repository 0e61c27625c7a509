/**
 * The Electron host's SecretStore: each secret is encrypted with safeStorage (Keychain, DPAPI,
 * libsecret/kwallet) and kept base64-encoded in a small electron-store file; the plain value
 * never touches the disk. electron is injected (`crypto` is safeStorage), so this file is
 * testable in plain Node. main.ts wraps it with withEnvOverride: ODDS_API_KEY wins.
 *
 * When the OS offers no encryption (safeStorage.isEncryptionAvailable() false), a secret that
 * is set lives in memory for this session only and a warning is logged: we never fall back to
 * writing it in clear.
 */
import type { SecretName, SecretStore } from '../core/settings/secret-store';
import { registerSecret, type Logger } from '../core/util/logger';

/** The slice of Electron's safeStorage used here. */
export interface SecretCrypto {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** Where the encrypted values are kept (an electron-store instance, adapted). */
export interface SecretBackend {
  get(key: string): unknown;
  set(key: string, value: string): void;
  delete(key: string): void;
}

export function createSafeSecretStore(deps: { crypto: SecretCrypto; backend: SecretBackend; log: Logger }): SecretStore {
  const { crypto, backend, log } = deps;
  const sessionOnly = new Map<SecretName, string>();
  const cache = new Map<SecretName, string | null>();

  function read(name: SecretName): string | null {
    if (sessionOnly.has(name)) return sessionOnly.get(name) ?? null;
    if (cache.has(name)) return cache.get(name) ?? null;
    const stored = backend.get(name);
    let value: string | null = null;
    if (typeof stored === 'string' && stored.length > 0) {
      if (!crypto.isEncryptionAvailable()) {
        log.warn('secret unreadable: OS encryption unavailable', { name });
        return null; // not cached: encryption may become available later
      }
      try {
        value = crypto.decryptString(Buffer.from(stored, 'base64'));
        registerSecret(value);
      } catch {
        // another machine's or another user's key store: ask for the secret again
        log.warn('secret could not be decrypted; enter it again', { name });
      }
    }
    cache.set(name, value);
    return value;
  }

  return {
    get: read,
    set(name, value) {
      cache.delete(name);
      sessionOnly.delete(name);
      if (value === null) {
        backend.delete(name);
        return;
      }
      registerSecret(value);
      if (!crypto.isEncryptionAvailable()) {
        log.warn('OS encryption unavailable: the secret is kept for this session only', { name });
        sessionOnly.set(name, value);
        return;
      }
      backend.set(name, crypto.encryptString(value).toString('base64'));
      cache.set(name, value);
    },
  };
}
