/**
 * Builds the object the preload exposes as `window.monps`, from three plain functions. Pure:
 * preload.ts passes ipcRenderer's invoke/on/removeListener; the test passes fakes. What it
 * returns is exactly the `Bridge` of shared/ipc/bridge.ts and nothing more: one function per
 * request channel, and `on` for the pushed events of the contract only. The Electron event
 * object (which carries `sender`, i.e. ipcRenderer itself) never reaches the page.
 */
import type { Bridge, InvokeMap } from '../../shared/ipc/bridge';
import { CHANNELS, EVENT_NAMES, type Channel, type EventName, type Events } from '../../shared/ipc/contract';

/** The slice of ipcRenderer the bridge uses. */
export interface BridgeTransport {
  invoke(channel: Channel, req: unknown): Promise<unknown>;
  on(event: EventName, listener: (ipcEvent: unknown, payload: unknown) => void): void;
  off(event: EventName, listener: (ipcEvent: unknown, payload: unknown) => void): void;
}

const KNOWN_EVENTS: ReadonlySet<string> = new Set<string>(EVENT_NAMES);

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && KNOWN_EVENTS.has(name);
}

export function buildBridge(transport: BridgeTransport): Bridge {
  const invoke = {} as Record<Channel, (req: unknown) => Promise<unknown>>;
  for (const channel of CHANNELS) {
    // `req ?? {}`: channels without fields may be called with no argument
    invoke[channel] = (req: unknown) => transport.invoke(channel, req ?? {});
  }
  Object.freeze(invoke);

  function on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
    if (!isEventName(event)) throw new Error(`Unknown event ${String(event).slice(0, 80)}`);
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    const wrapped = (_ipcEvent: unknown, payload: unknown) => listener(payload as Events[E]);
    transport.on(event, wrapped);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      transport.off(event, wrapped);
    };
  }

  return Object.freeze({ invoke: invoke as unknown as InvokeMap, on });
}
