/**
 * IPC wiring of the Electron host: every request channel of the contract goes through the
 * sender check, then through the same `dispatch` the headless host uses (schema validation,
 * handler, IpcResult envelope). Every core event is forwarded to the window. electron is
 * imported for types only: ipcMain and the window are injected, so ipc.test.ts runs in Node.
 */
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type { CollectorStatus } from '../../shared/domain/collector';
import { CHANNELS, EVENT_NAMES, type EmitEvent, type EventName, type Handlers } from '../../shared/ipc/contract';
import { fail, type IpcResult } from '../../shared/ipc/result';
import type { EventListener } from '../core/events-hub';
import { dispatch } from '../core/handlers/dispatch';
import type { Logger } from '../core/util/logger';
import { isTrustedSender, type PathOptions } from './security';

/** The slice of ipcMain used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, raw: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/** The slice of the core used here (a Core fits). */
export interface IpcCore {
  handlers: Handlers;
  subscribe(listener: EventListener): () => void;
  emit: EmitEvent;
}

export interface RegisterIpcOptions extends PathOptions {
  ipcMain: IpcMainLike;
  core: IpcCore;
  /** file:// URL of out/renderer/index.html: the only page allowed to call. */
  indexUrl: string;
  /** The window's webContents, or null while there is none. */
  webContents: () => Pick<WebContents, 'send' | 'isDestroyed'> | null;
  log: Logger;
}

const FORWARDED: ReadonlySet<EventName> = new Set(EVENT_NAMES);

/** Registers every channel and the event forwarding; returns a function that undoes both. */
export function registerIpc(opts: RegisterIpcOptions): () => void {
  const { ipcMain, core, indexUrl, log } = opts;

  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, raw): Promise<IpcResult<unknown>> => {
      if (!isTrustedSender(event.senderFrame, indexUrl, opts)) {
        log.warn('IPC refused: untrusted sender', { channel, url: event.senderFrame?.url.slice(0, 200) ?? null });
        return fail('FORBIDDEN', 'This page may not call MON_PS.');
      }
      const result = await dispatch(core.handlers, channel, raw, log);
      // The core does not announce a pause toggled from the UI; the tray and the window both
      // show it, so the host tells everyone.
      if (channel === 'collector:set-paused' && result.ok) {
        core.emit('collector:status', result.value as CollectorStatus);
      }
      return result;
    });
  }

  const unsubscribe = core.subscribe((name, payload) => {
    if (!FORWARDED.has(name)) return;
    const wc = opts.webContents();
    if (!wc || wc.isDestroyed()) return;
    try {
      wc.send(name, payload);
    } catch (e) {
      // a payload that cannot be cloned must not break the core's fan-out
      log.error('event forwarding failed', { name, message: e instanceof Error ? e.message : String(e) });
    }
  });

  return () => {
    unsubscribe();
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
