/**
 * One secret store for the desktop, the CLI and the headless host: the OS keychain when there
 * is one, else the 0600 secrets.json (or this session only, on the desktop until the user
 * accepts the file), with a one-time migration of keys already stored. The keychain is
 * injected: this machine may have none, and tests must never touch a developer's.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSharedSecretStore, loadOsKeychain, type Keychain } from '../../electron/core/settings/shared-secret-store';
import type { SecretName } from '../../electron/core/settings/secret-store';
import { createLogger, redact, silentSink } from '../../electron/core/util/logger';
import { isPlainTextSafeStorage, safeStorageLegacySource } from '../../electron/main/secrets';
import { tempDir } from '../helpers/fixtures';

const log = createLogger('test', { sinks: [silentSink] });
const KEY = 'k3y-a1b2c3d4e5f60718293a4b5c6d7e8f9';

function memoryKeychain(): Keychain & { data: Map<SecretName, string> } {
  const data = new Map<SecretName, string>();
  return { data, get: (n) => data.get(n) ?? null, set: (n, v) => void data.set(n, v), delete: (n) => void data.delete(n) };
}
const secretsFile = (dir: string) => join(dir, 'secrets.json');
const fileContent = (dir: string) => (existsSync(secretsFile(dir)) ? readFileSync(secretsFile(dir), 'utf8') : '');

/** safeStorage as earlier desktop versions used it (a reversible marked "encryption"). */
function oldSafeStorage(backend: 'gnome_libsecret' | 'basic_text' = 'gnome_libsecret') {
  return {
    isEncryptionAvailable: () => true,
    decryptString: (b: Buffer) => {
      const s = b.toString();
      if (!s.startsWith('enc:')) throw new Error('bad');
      return s.slice(4);
    },
    getSelectedStorageBackend: () => backend,
  };
}
function oldBlobFile(value: string | null) {
  const data = new Map<string, unknown>();
  if (value) data.set('oddsApiKey', Buffer.from('enc:' + value).toString('base64'));
  return { data, get: (k: string) => data.get(k), delete: (k: string) => void data.delete(k) };
}

describe('with an OS keychain', () => {
  it('keeps the key in the keychain only, and every host sees the same key', () => {
    const dir = tempDir();
    const keychain = memoryKeychain();
    const desktop = createSharedSecretStore({ dataDir: dir, keychain, fileFallback: () => false, log });
    desktop.set('oddsApiKey', KEY);
    expect(desktop.location()).toBe('keychain');
    expect(keychain.data.get('oddsApiKey')).toBe(KEY);
    expect(fileContent(dir)).not.toContain(KEY);
    const cli = createSharedSecretStore({ dataDir: dir, keychain, fileFallback: () => true, log });
    expect(cli.get('oddsApiKey')).toBe(KEY);
    expect(redact(`key ${KEY}`)).toBe('key REDACTED');
    cli.set('oddsApiKey', null);
    expect(desktop.get('oddsApiKey')).toBeNull();
  });

  it('moves a key from secrets.json into the keychain once, and the file forgets it', () => {
    const dir = tempDir();
    writeFileSync(secretsFile(dir), JSON.stringify({ oddsApiKey: KEY }), { mode: 0o600 });
    const keychain = memoryKeychain();
    const store = createSharedSecretStore({ dataDir: dir, keychain, fileFallback: () => true, log });
    expect(store.get('oddsApiKey')).toBe(KEY);
    expect(keychain.data.get('oddsApiKey')).toBe(KEY);
    expect(fileContent(dir)).not.toContain(KEY);
    // a second start finds nothing left to move and the same key
    expect(createSharedSecretStore({ dataDir: dir, keychain, fileFallback: () => true, log }).get('oddsApiKey')).toBe(KEY);
  });

  it("moves the desktop's old safeStorage key into the keychain and deletes the old blob (basic_text too)", () => {
    for (const backend of ['gnome_libsecret', 'basic_text'] as const) {
      const dir = tempDir();
      const blobs = oldBlobFile(KEY);
      const keychain = memoryKeychain();
      const store = createSharedSecretStore({
        dataDir: dir,
        keychain,
        fileFallback: () => false,
        log,
        legacy: [safeStorageLegacySource(oldSafeStorage(backend), blobs, log)],
      });
      expect(store.get('oddsApiKey')).toBe(KEY);
      expect(keychain.data.get('oddsApiKey')).toBe(KEY);
      expect(blobs.data.size).toBe(0);
    }
  });
});

describe('without a keychain', () => {
  it('CLI and headless: the 0600 secrets.json, kept across starts', () => {
    const dir = tempDir();
    const store = createSharedSecretStore({ dataDir: dir, keychain: null, fileFallback: () => true, log });
    expect(store.location()).toBe('file');
    store.set('oddsApiKey', KEY);
    expect(statSync(secretsFile(dir)).mode & 0o777).toBe(0o600);
    expect(createSharedSecretStore({ dataDir: dir, keychain: null, fileFallback: () => true, log }).get('oddsApiKey')).toBe(KEY);
  });

  it('desktop before the user accepts the file: this session only, nothing on disk', () => {
    const dir = tempDir();
    let accepted = false;
    const store = createSharedSecretStore({ dataDir: dir, keychain: null, fileFallback: () => accepted, log });
    expect(store.location()).toBe('session');
    store.set('oddsApiKey', KEY);
    expect(store.get('oddsApiKey')).toBe(KEY);
    expect(existsSync(secretsFile(dir))).toBe(false);
    expect(createSharedSecretStore({ dataDir: dir, keychain: null, fileFallback: () => false, log }).get('oddsApiKey')).toBeNull();
    accepted = true;
    store.set('oddsApiKey', KEY);
    expect(store.location()).toBe('file');
    expect(createSharedSecretStore({ dataDir: dir, keychain: null, fileFallback: () => true, log }).get('oddsApiKey')).toBe(KEY);
  });

  it('an old basic_text blob (in effect clear text) is read for the session, never rewritten', () => {
    const dir = tempDir();
    const blobs = oldBlobFile(KEY);
    const store = createSharedSecretStore({
      dataDir: dir,
      keychain: null,
      fileFallback: () => false,
      log,
      legacy: [safeStorageLegacySource(oldSafeStorage('basic_text'), blobs, log)],
    });
    expect(store.get('oddsApiKey')).toBe(KEY);
    expect(existsSync(secretsFile(dir))).toBe(false);
    expect(isPlainTextSafeStorage(oldSafeStorage('basic_text'), 'linux')).toBe(true);
    expect(isPlainTextSafeStorage(oldSafeStorage('gnome_libsecret'), 'linux')).toBe(false);
    expect(isPlainTextSafeStorage(oldSafeStorage('basic_text'), 'win32')).toBe(false);
  });

  it('MONPS_KEYCHAIN=off gives no keychain (the test suites never touch a real one)', () => {
    expect(loadOsKeychain(tempDir(), log, { MONPS_KEYCHAIN: 'off' })).toBeNull();
  });
});
