/**
 * Where MON_PS keeps its data: the same folder for the desktop app, the CLI and the headless
 * host — Electron's userData for the product "MON_PS" plus /data — unless MONPS_DATA_DIR or
 * --data-dir says otherwise.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'MON_PS';

export function userDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA || join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), PRODUCT_NAME);
}

export function defaultDataDir(env = process.env): string {
  return env.MONPS_DATA_DIR || join(userDataDir(process.platform, env), 'data');
}
