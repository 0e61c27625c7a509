/**
 * Secrets (The Odds API key, later the SMTP password). The Electron host stores them
 * encrypted with safeStorage; the headless host in a 0600 file in the data folder. A value
 * from the environment (ODDS_API_KEY) wins and is never written anywhere.
 */
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { registerSecret } from '../util/logger';

export type SecretName = 'oddsApiKey' | 'smtpPassword';

export interface SecretStore {
  get(name: SecretName): string | null;
  set(name: SecretName, value: string | null): void;
  /** Where secrets are kept (shared-secret-store.ts); absent for simple stores. */
  location?(): 'keychain' | 'file' | 'session' | 'env';
}

/** A secret store over a JSON file only its owner can read. */
export function createFileSecretStore(dataDir: string): SecretStore {
  const file = join(dataDir, 'secrets.json');
  const read = (): Partial<Record<SecretName, string>> => {
    if (!existsSync(file)) return {};
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<SecretName, string>>;
    } catch {
      return {};
    }
  };
  for (const v of Object.values(read())) registerSecret(v);
  return {
    get: (name) => read()[name] ?? null,
    set(name, value) {
      const all = read();
      if (value === null) delete all[name];
      else {
        registerSecret(value);
        all[name] = value;
      }
      const tmp = file + '.tmp';
      writeFileSync(tmp, JSON.stringify(all), { mode: 0o600 });
      renameSync(tmp, file);
      chmodSync(file, 0o600);
    },
  };
}

/** Keeps secrets in memory only (tests, or an env-provided key). */
export function createMemorySecretStore(initial: Partial<Record<SecretName, string>> = {}): SecretStore {
  const values = new Map(Object.entries(initial) as [SecretName, string][]);
  for (const v of values.values()) registerSecret(v);
  return {
    get: (name) => values.get(name) ?? null,
    set(name, value) {
      if (value === null) values.delete(name);
      else {
        registerSecret(value);
        values.set(name, value);
      }
    },
  };
}

/** Wraps a store so that an environment value, when present, wins over the stored one. */
export function withEnvOverride(store: SecretStore, env: Partial<Record<SecretName, string | undefined>>): SecretStore {
  for (const v of Object.values(env)) registerSecret(v);
  return {
    get: (name) => env[name] || store.get(name),
    set: (name, value) => store.set(name, value),
    // where the API key shown in Settings comes from
    ...(store.location ? { location: () => (env.oddsApiKey ? 'env' : store.location!()) } : {}),
  };
}

export function maskSecret(secret: string): string {
  return '•'.repeat(Math.max(4, Math.min(12, secret.length - 4))) + secret.slice(-4);
}
