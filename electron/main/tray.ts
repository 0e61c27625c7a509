/**
 * The tray icon: its colour follows collector health (events 'collector:status'), its tooltip
 * says when the last collection ran, its menu opens the window, collects now, pauses or resumes
 * collection, and quits. Closing the window only hides it here; Quit really quits.
 */
import { Menu, Tray, nativeImage, type NativeImage } from 'electron';
import { join } from 'node:path';
import type { AlertsHealthSummary } from '../../shared/domain/alerts';
import type { CollectorStatus, Settings } from '../../shared/domain/collector';
import type { EventListener } from '../core/events-hub';
import type { Logger } from '../core/util/logger';
import { alertsIconState, TRAY_ICON_STATES, trayIconState, trayLabels, trayTooltip, worstState, type TrayIconState } from './tray-state';

export interface TrayCore {
  collector(): { status(): CollectorStatus; runNow(trigger: 'manual'): Promise<unknown> };
  pause(): void;
  resume(): void;
  subscribe(listener: EventListener): () => void;
  settings: { get(): Settings };
  /** The alerts' health (firing alerts, open opportunities), when the alerts module runs. */
  alertsHealth(): AlertsHealthSummary | null;
  /** Silences every rule for a while (the tray's "snooze all 1 h"). */
  snoozeAll(durationMs: number): Promise<unknown>;
}

export interface TrayOptions {
  core: TrayCore;
  /** The folder holding tray/tray-<state>.png (and @2x). */
  resourcesDir: string;
  showWindow(): void;
  quit(): void;
  /** Tells the window (and this tray) that the collector status changed. */
  announce(): void;
  log: Logger;
}

export interface AppTray {
  destroy(): void;
}

export function createTray(opts: TrayOptions): AppTray {
  const { core, log } = opts;
  const icons = new Map<TrayIconState, NativeImage>();
  for (const state of TRAY_ICON_STATES) {
    // createFromPath picks tray-<state>@2x.png on high-DPI screens by itself
    const image = nativeImage.createFromPath(join(opts.resourcesDir, 'tray', `tray-${state}.png`));
    if (image.isEmpty()) log.warn('tray icon missing', { state });
    icons.set(state, image);
  }

  let status: CollectorStatus | null = safeStatus();
  let alerts: AlertsHealthSummary | null = core.alertsHealth();
  const tray = new Tray(icons.get(trayIconState(status)) ?? nativeImage.createEmpty());

  function safeStatus(): CollectorStatus | null {
    try {
      return core.collector().status();
    } catch (e) {
      log.warn('tray: status unavailable', { message: e instanceof Error ? e.message : String(e) });
      return null;
    }
  }

  function render(): void {
    const lang = core.settings.get().language;
    const image = icons.get(worstState(trayIconState(status), alertsIconState(alerts)));
    if (image) tray.setImage(image);
    tray.setToolTip(alerts?.tooltip || trayTooltip(status, lang));
    const labels = trayLabels(status, lang);
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: labels.open, click: () => opts.showWindow() },
        { type: 'separator' },
        {
          label: labels.collectNow,
          enabled: !status?.running,
          click: () => {
            core
              .collector()
              .runNow('manual')
              .catch((e: unknown) => log.error('manual collection failed', { message: e instanceof Error ? e.message : String(e) }));
            opts.announce(); // shows "collecting" while it runs; the core announces the end
          },
        },
        {
          label: labels.togglePause,
          click: () => {
            if (status?.paused) core.resume();
            else core.pause();
            opts.announce();
          },
        },
        {
          label: labels.snoozeAll,
          click: () => {
            core
              .snoozeAll(3_600_000)
              .catch((e: unknown) => log.error('snooze failed', { message: e instanceof Error ? e.message : String(e) }));
          },
        },
        { type: 'separator' },
        { label: labels.quit, click: () => opts.quit() },
      ]),
    );
  }

  const unsubscribe = core.subscribe((name, payload) => {
    if (name === 'collector:status') {
      status = payload as CollectorStatus;
      // the alerts' tooltip says when the last collection ran: read it now, not from the
      // last 'alerts:changed' (sent before this run finished)
      alerts = core.alertsHealth() ?? alerts;
      render();
    } else if (name === 'alerts:changed') {
      alerts = payload as AlertsHealthSummary;
      render();
    } else if (name === 'settings:changed') {
      alerts = core.alertsHealth() ?? alerts; // its tooltip is in the user's language
      render();
    }
  });
  // Windows and Linux: a click on the icon opens the window (macOS shows the menu)
  if (process.platform !== 'darwin') tray.on('click', () => opts.showWindow());
  render();

  return {
    destroy() {
      unsubscribe();
      tray.destroy();
    },
  };
}
