/**
 * Desktop notifications through Electron's Notification (the headless host uses node-notifier).
 * A click shows the window and opens the page the alert is about.
 */
import { Notification } from 'electron';
import type { DesktopNotifier } from '../core/notify/desktop';

export function createElectronNotifier(opts: { icon?: string; onClick(page: string): void }): DesktopNotifier {
  // keep a reference until the notification is gone, or the click handler may be collected
  const alive = new Set<Notification>();
  return {
    availability: () =>
      Notification.isSupported()
        ? { available: true, reason: null }
        : { available: false, reason: 'this desktop does not support notifications', code: 'UNSUPPORTED' },
    notify: (n) =>
      new Promise<void>((resolve, reject) => {
        if (!Notification.isSupported()) return reject(new Error('this desktop does not support notifications'));
        const note = new Notification({
          title: n.title,
          body: n.body,
          icon: opts.icon,
          urgency: n.severity === 'critical' ? 'critical' : 'normal',
          timeoutType: n.severity === 'critical' ? 'never' : 'default',
        });
        alive.add(note);
        const forget = () => alive.delete(note);
        note.on('click', () => {
          forget();
          opts.onClick(n.page);
        });
        note.on('close', forget);
        note.on('failed', (_e, error) => {
          forget();
          reject(new Error(`the notification could not be shown: ${error}`));
        });
        note.on('show', () => resolve());
        note.show();
        // some Linux daemons never report 'show': do not hold the engine forever
        setTimeout(resolve, 5_000).unref?.();
      }),
  };
}
