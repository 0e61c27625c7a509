/**
 * The desktop's side of the shared secret store (electron/core/settings/shared-secret-store.ts):
 * - `safeStorageLegacySource`: keys saved by earlier versions, encrypted with safeStorage in
 *   `secrets-electron.json`, read once to be moved into the OS keychain (or the file / the
 *   session), then deleted.
 * - `isPlainTextSafeStorage`: on Linux without a keyring, safeStorage "encrypts" with a fixed
 *   password (`getSelectedStorageBackend() === 'basic_text'`): a blob written that way is in
 *   effect clear text. It is moved out like any other, and never written again.
 * - `consentWording`: the question asked when there is no keychain at all: keep the key for
 *   this session only (the default) or in the data folder's 0600 file.
 * electron is injected (`crypto` is safeStorage), so this file is testable in plain Node.
 */
import type { LegacySecretSource } from '../core/settings/shared-secret-store';
import type { Logger } from '../core/util/logger';

/** The slice of Electron's safeStorage used here. */
export interface SecretCrypto {
  isEncryptionAvailable(): boolean;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

/** Where earlier versions kept the encrypted values (an electron-store instance, adapted). */
export interface SecretBackend {
  get(key: string): unknown;
  delete(key: string): void;
}

export function isPlainTextSafeStorage(crypto: SecretCrypto, platform: NodeJS.Platform): boolean {
  if (platform !== 'linux' || !crypto.getSelectedStorageBackend) return false;
  try {
    return crypto.getSelectedStorageBackend() === 'basic_text';
  } catch {
    return false;
  }
}

export function safeStorageLegacySource(crypto: SecretCrypto, backend: SecretBackend, log: Logger): LegacySecretSource {
  return {
    get(name) {
      const stored = backend.get(name);
      if (typeof stored !== 'string' || stored.length === 0) return null;
      if (!crypto.isEncryptionAvailable()) return null; // kept until it can be read
      try {
        return crypto.decryptString(Buffer.from(stored, 'base64'));
      } catch {
        log.warn('an old saved secret could not be decrypted; enter it again', { name });
        backend.delete(name);
        return null;
      }
    },
    clear: (name) => backend.delete(name),
  };
}

export function consentWording(lang: 'fr' | 'en') {
  return lang === 'en'
    ? {
        title: 'No system keychain',
        message: 'This desktop has no keychain to protect your Odds API key.',
        detail:
          'MON_PS can keep it for this session only (you enter it again at the next start), or save it in secrets.json in the data folder, readable by your user account only — anyone who can read your files can read it.',
        buttons: ['This session only', 'Save it in the data folder'],
      }
    : {
        title: 'Pas de trousseau système',
        message: 'Ce bureau n’a pas de trousseau pour protéger votre clé The Odds API.',
        detail:
          'MON_PS peut la garder pour cette session seulement (à ressaisir au prochain démarrage), ou l’enregistrer dans secrets.json du dossier des données, lisible par votre seul compte — quiconque lit vos fichiers peut la lire.',
        buttons: ['Cette session seulement', 'L’enregistrer dans le dossier des données'],
      };
}
