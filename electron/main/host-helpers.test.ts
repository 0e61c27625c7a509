import { EventEmitter } from 'node:events';
import type { PowerMonitor } from 'electron';
import { describe, expect, it } from 'vitest';
import type { CollectorStatus } from '../../shared/domain/collector';
import { createLogger, silentSink } from '../core/util/logger';
import { resolveNativeSqlite } from './native-sqlite';
import { appFiles, dataDirFor } from './paths';
import { watchPower } from './power';
import { trayIconState, trayLabels, trayTooltip } from './tray-state';
import { parseWindowState, restoreBounds } from './window-state';

const log = createLogger('test', { sinks: [silentSink] });

describe('tray state', () => {
  const base = { health: 'ok', paused: false, running: false, demo: false, lastRun: null } as Pick<
    CollectorStatus,
    'health' | 'paused' | 'running' | 'demo' | 'lastRun'
  >;
  const run = { startedAt: 1000, endedAt: 2000 } as CollectorStatus['lastRun'];
  const at = (ms: number) => `@${ms}`;

  it('maps health to the three icons', () => {
    expect(trayIconState(null)).toBe('ok');
    expect(trayIconState({ ...base, health: 'idle' })).toBe('ok');
    expect(trayIconState({ ...base, health: 'ok' })).toBe('ok');
    expect(trayIconState({ ...base, health: 'warning' })).toBe('warning');
    expect(trayIconState({ ...base, health: 'ok', paused: true })).toBe('warning');
    expect(trayIconState({ ...base, health: 'error', paused: true })).toBe('critical');
  });

  it('says health and the time of the last collection', () => {
    expect(trayTooltip({ ...base, lastRun: run }, 'en', at)).toBe('MON_PS — ok — last collection @2000');
    expect(trayTooltip({ ...base, lastRun: { ...run!, endedAt: null } }, 'en', at)).toBe('MON_PS — ok — last collection @1000');
    expect(trayTooltip({ ...base, health: 'idle' }, 'en', at)).toBe('MON_PS — idle — no collection yet');
    expect(trayTooltip({ ...base, health: 'error', paused: true, demo: true, lastRun: run }, 'en', at)).toBe(
      'MON_PS — error (paused) — demo — last collection @2000',
    );
    expect(trayTooltip({ ...base, health: 'error', lastRun: run }, 'fr', at)).toBe('MON_PS — erreur — dernière collecte @2000');
    expect(trayTooltip({ ...base, lastRun: run }, 'en', () => 'x'.repeat(300)).length).toBeLessThanOrEqual(127);
  });

  it('labels the pause item after the current state', () => {
    expect(trayLabels({ paused: false }, 'en').togglePause).toBe('Pause collection');
    expect(trayLabels({ paused: true }, 'en').togglePause).toBe('Resume collection');
    expect(trayLabels({ paused: true }, 'fr').togglePause).toBe('Reprendre la collecte');
  });
});

describe('window state', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];

  it('rejects what is not a saved state', () => {
    for (const raw of [
      null,
      'x',
      {},
      { bounds: { x: 0, y: 0, width: -5, height: 10 } },
      { bounds: { x: NaN, y: 0, width: 5, height: 5 } },
    ]) {
      expect(parseWindowState(raw)).toBeNull();
    }
    expect(parseWindowState({ bounds: { x: 10.4, y: 20, width: 1000, height: 700 }, maximized: true })).toEqual({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: true,
    });
  });

  it('puts the window back where it was when that is on screen', () => {
    expect(restoreBounds({ bounds: { x: 100, y: 50, width: 1000, height: 700 }, maximized: false }, screen)).toEqual({
      x: 100,
      y: 50,
      width: 1000,
      height: 700,
    });
  });

  it('centres it when its display is gone, and fits it to the largest display', () => {
    expect(restoreBounds({ bounds: { x: 2500, y: 100, width: 3000, height: 2000 }, maximized: false }, screen)).toEqual({
      width: 1920,
      height: 1040,
    });
    expect(restoreBounds(null, screen)).toEqual({ width: 1280, height: 820 });
    expect(restoreBounds({ bounds: { x: 0, y: 0, width: 10, height: 10 }, maximized: false }, screen)).toMatchObject({
      width: 900,
      height: 600,
    });
  });
});

describe('native sqlite', () => {
  const input = { isPackaged: false, appPath: '/src/monps', electronVersion: '39.8.10' };

  it('points at the Electron build in the cache', () => {
    expect(resolveNativeSqlite({ ...input, exists: () => true })).toBe('/src/monps/.cache/electron-sqlite/39.8.10/better_sqlite3.node');
  });

  it('explains the fix when that build is missing', () => {
    expect(() => resolveNativeSqlite({ ...input, exists: () => false })).toThrow(/ensure-electron-sqlite/);
  });

  it('uses the rebuilt node_modules in a packaged app', () => {
    expect(resolveNativeSqlite({ ...input, isPackaged: true, exists: () => false })).toBeUndefined();
  });
});

describe('paths', () => {
  it('shares the data folder with the CLI', () => {
    expect(dataDirFor({}, '/home/u/.config/MON_PS')).toBe('/home/u/.config/MON_PS/data');
    expect(dataDirFor({ MONPS_DATA_DIR: '/srv/monps' }, '/home/u/.config/MON_PS')).toBe('/srv/monps');
  });

  it('finds the renderer, the preload and the unpacked resources', () => {
    const dev = appFiles('/src/monps', false);
    expect(dev.indexUrl).toBe('file:///src/monps/out/renderer/index.html');
    expect(dev.rendererRoot).toBe('file:///src/monps/out/renderer/');
    expect(dev.preload).toBe('/src/monps/out/preload/preload.cjs');
    expect(dev.resourcesDir).toBe('/src/monps/resources');
    expect(appFiles('/opt/MON_PS/resources/app.asar', true).resourcesDir).toBe('/opt/MON_PS/resources/app.asar.unpacked/resources');
  });
});

describe('power', () => {
  function setup(userPaused = false) {
    const pm = new EventEmitter();
    const calls: string[] = [];
    let paused = userPaused;
    const stop = watchPower(
      pm as unknown as PowerMonitor,
      {
        pause: () => ((paused = true), calls.push('pause')),
        resume: () => ((paused = false), calls.push('resume')),
        isPaused: () => paused,
        announce: () => calls.push('announce'),
      },
      log,
    );
    return { pm, calls, stop };
  }

  it('pauses on suspend or lock and resumes when both are over', () => {
    const { pm, calls } = setup();
    pm.emit('suspend');
    pm.emit('lock-screen');
    pm.emit('resume');
    expect(calls).toEqual(['pause', 'announce']);
    pm.emit('unlock-screen');
    expect(calls).toEqual(['pause', 'announce', 'resume', 'announce']);
  });

  it('keeps a pause the user chose', () => {
    const { pm, calls } = setup(true);
    pm.emit('suspend');
    pm.emit('resume');
    expect(calls).toEqual([]);
  });

  it('stops listening', () => {
    const { pm, calls, stop } = setup();
    stop();
    pm.emit('suspend');
    expect(calls).toEqual([]);
    expect(pm.listenerCount('suspend')).toBe(0);
  });
});
