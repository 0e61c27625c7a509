/**
 * Desktop notifications behind an interface, given to the core by its host
 * (CoreOptions.desktopNotifier): the Electron host passes Electron's Notification; the
 * headless host uses node-notifier (notify-send, terminal-notifier, SnoreToast), which must
 * never throw: a missing binary or a failure is reported, and the engine records it.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Severity } from '../../../shared/domain/alerts';

/** One OS notification; `page` is what a click should open (e.g. 'alerts'). */
export interface DesktopNotification {
  title: string;
  body: string;
  page: string;
  severity: Severity;
}

export interface DesktopNotifier {
  /** False when this host cannot show notifications (with the reason). */
  /** `code` names the reason for the UI's catalogue (`alerts.desktop.<code>`); `reason` is for logs and the CLI. */
  availability(): { available: boolean; reason: string | null; code?: string };
  /** Resolves when shown; rejects with an Error in words when it could not be. */
  notify(n: DesktopNotification): Promise<void>;
}

/** A notifier that shows nothing (tests, or notifications turned off by the host). */
export const nullNotifier: DesktopNotifier = {
  availability: () => ({ available: false, reason: 'no desktop notifier on this host', code: 'NO_NOTIFIER' }),
  notify: () => Promise.reject(new Error('no desktop notifier on this host')),
};

function onPath(bin: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((d) => d && existsSync(join(d, bin)));
}

/** node-notifier, loaded lazily; on Linux it needs notify-send on the PATH. */
export function createNodeNotifier(timeoutMs = 10_000): DesktopNotifier {
  const availability = () =>
    process.platform === 'linux' && !onPath('notify-send')
      ? { available: false, reason: 'notify-send not found (install libnotify-bin for desktop notifications)', code: 'NOTIFY_SEND_MISSING' }
      : { available: true, reason: null };
  return {
    availability,
    async notify(n) {
      const a = availability();
      if (!a.available) throw new Error(a.reason ?? 'desktop notifications unavailable');
      const mod = (await import('node-notifier')) as unknown as { default?: NodeNotifierLike } & NodeNotifierLike;
      const notifier = mod.default ?? mod;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the desktop notifier did not answer')), timeoutMs);
        timer.unref?.();
        try {
          notifier.notify(
            { title: n.title, message: n.body, wait: false, urgency: n.severity === 'critical' ? 'critical' : 'normal' },
            (err) => {
              clearTimeout(timer);
              if (err) reject(new Error(`desktop notification failed: ${err.message}`));
              else resolve();
            },
          );
        } catch (e) {
          clearTimeout(timer);
          reject(new Error(`desktop notification failed: ${e instanceof Error ? e.message : String(e)}`));
        }
      });
    },
  };
}

interface NodeNotifierLike {
  notify(opts: Record<string, unknown>, cb: (err: Error | null) => void): void;
}
