/**
 * Whether a tray icon would be visible. On Linux, `new Tray()` succeeds even where nothing
 * shows it (GNOME without the AppIndicator extension): hiding the window to such a tray would
 * leave an app with no window and no way to quit. Electron draws Linux tray icons through the
 * StatusNotifierItem protocol, so the icon is visible when a StatusNotifierWatcher owns its
 * name on the session bus. `MONPS_TRAY=on|off` overrides the guess.
 * No electron import: the command runner is injected.
 */
import { execFile } from 'node:child_process';

export type RunCommand = (file: string, args: string[]) => Promise<string>;

export const runCommand: RunCommand = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 1_000, windowsHide: true }, (error, stdout) => (error ? reject(error) : resolve(String(stdout))));
  });

export async function trayIsVisible(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, run: RunCommand = runCommand): Promise<boolean> {
  const forced = env.MONPS_TRAY?.toLowerCase();
  if (forced === 'on') return true;
  if (forced === 'off') return false;
  if (platform !== 'linux') return true;
  try {
    const out = await run('dbus-send', [
      '--session',
      '--print-reply',
      '--dest=org.freedesktop.DBus',
      '/org/freedesktop/DBus',
      'org.freedesktop.DBus.NameHasOwner',
      'string:org.kde.StatusNotifierWatcher',
    ]);
    return /boolean\s+true/.test(out);
  } catch {
    return false; // no session bus or no dbus-send: assume no status area, never hide the window
  }
}
