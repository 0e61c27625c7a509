/**
 * better-sqlite3 under two runtimes: node_modules/better-sqlite3 stays built for Node (tests,
 * CLI, headless host); scripts/ensure-electron-sqlite.mjs (run by `npm start`) builds a copy
 * for Electron's ABI into .cache/electron-sqlite/<electron version>/. This returns that
 * addon's path, passed to createCore as `nativeBinding`. In a packaged app electron-builder
 * has rebuilt node_modules for Electron, so the default binding is right: undefined.
 */
import { join } from 'node:path';

export const ELECTRON_SQLITE_CACHE = join('.cache', 'electron-sqlite');
export const ADDON_FILE = 'better_sqlite3.node';

export interface NativeSqliteInput {
  isPackaged: boolean;
  /** app.getAppPath(): the checkout in development. */
  appPath: string;
  /** process.versions.electron */
  electronVersion: string;
  exists: (file: string) => boolean;
}

export function electronSqliteAddon(appPath: string, electronVersion: string): string {
  return join(appPath, ELECTRON_SQLITE_CACHE, electronVersion, ADDON_FILE);
}

/** The addon to load, or undefined for better-sqlite3's own; throws with the fix when missing. */
export function resolveNativeSqlite(input: NativeSqliteInput): string | undefined {
  if (input.isPackaged) return undefined;
  const file = electronSqliteAddon(input.appPath, input.electronVersion);
  if (!input.exists(file)) {
    throw new Error(
      `better-sqlite3 is not built for Electron ${input.electronVersion} (${file} is missing). ` +
        'Run `node scripts/ensure-electron-sqlite.mjs` (npm start does it), then start again.',
    );
  }
  return file;
}
