import type { Bridge } from '../../../shared/ipc/bridge';
import type { Channel, EventName } from '../../../shared/ipc/contract';
import { fail, type IpcResult } from '../../../shared/ipc/result';
import type { Transport } from './transport';

type AnyInvoke = (req: unknown) => Promise<IpcResult<unknown>>;

/** Transport over the Electron preload bridge (`window.monps`): always connected. */
export function createBridgeTransport(bridge: Bridge): Transport {
  return {
    kind: 'electron',
    async invoke(channel: Channel, req: unknown) {
      const fn = bridge.invoke[channel] as AnyInvoke | undefined;
      if (!fn) return fail('INTERNAL', `The host does not offer ${channel}.`);
      try {
        return await fn(req);
      } catch (e) {
        // ipcRenderer.invoke rejects when no handler is registered or the main side crashed.
        return fail('UNAVAILABLE', e instanceof Error ? e.message : String(e));
      }
    },
    on(event: EventName, listener: (payload: unknown) => void) {
      return bridge.on(event, listener as never);
    },
    connection: () => 'open',
    onConnection: () => () => {},
  };
}

/** A transport for a page opened with no host at all (e.g. index.html from disk). */
export function createNoHostTransport(): Transport {
  return {
    kind: 'none',
    invoke: async () => fail('UNAVAILABLE', 'No MON_PS host: open the app or the address the host printed.'),
    on: () => () => {},
    connection: () => 'reconnecting',
    onConnection: () => () => {},
  };
}
