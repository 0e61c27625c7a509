import { describe, expect, it } from 'vitest';
import { trayIsVisible } from './tray-support';

const answer = (out: string) => async () => out;
const fails = async (): Promise<string> => {
  throw new Error('dbus-send: not found');
};

describe('trayIsVisible', () => {
  it('on Linux, only when a StatusNotifierWatcher owns its bus name', async () => {
    expect(await trayIsVisible('linux', {}, answer('method return time=1\n   boolean true\n'))).toBe(true);
    expect(await trayIsVisible('linux', {}, answer('method return time=1\n   boolean false\n'))).toBe(false);
    expect(await trayIsVisible('linux', {}, fails)).toBe(false);
  });
  it('always on Windows and macOS, and MONPS_TRAY overrides the guess', async () => {
    expect(await trayIsVisible('win32', {}, fails)).toBe(true);
    expect(await trayIsVisible('darwin', {}, fails)).toBe(true);
    expect(await trayIsVisible('linux', { MONPS_TRAY: 'on' }, fails)).toBe(true);
    expect(await trayIsVisible('win32', { MONPS_TRAY: 'off' }, answer(''))).toBe(false);
  });
});
