/**
 * What each host offers the renderer. The Electron preload exposes exactly this object as
 * `window.monps`; the headless host speaks the same thing over a WebSocket (ws-protocol.ts).
 */
import type { Channel, EventName, Events, ReqInput, Res } from './contract';
import type { IpcResult } from './result';

export type InvokeMap = { [K in Channel]: (req: ReqInput<K>) => Promise<IpcResult<Res<K>>> };

export interface Bridge {
  /** One function per request channel. */
  invoke: InvokeMap;
  /** Subscribe to a pushed event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
}

/** The global name the preload uses. */
export const BRIDGE_GLOBAL = 'monps';
