import type { Channel, EventName, Events, ReqInput, Res } from '../../../shared/ipc/contract';
import { ApiError } from './api-error';
import type { ConnectionState, Transport } from './transport';

/** The one object the renderer talks to the host through. */
export interface ApiClient {
  /** Which link is in use: the Electron bridge or the headless host's WebSocket. */
  readonly kind: Transport['kind'];
  /** Calls a channel; resolves with its value or throws an `ApiError {code, message}`. */
  call<K extends Channel>(channel: K, req: ReqInput<K>): Promise<Res<K>>;
  /** Listens to a pushed event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
  connection(): ConnectionState;
  onConnection(listener: (state: ConnectionState) => void): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    kind: transport.kind,
    async call<K extends Channel>(channel: K, req: ReqInput<K>): Promise<Res<K>> {
      const result = await transport.invoke(channel, req);
      if (!result || typeof result !== 'object' || !('ok' in result)) {
        throw new ApiError('INTERNAL', `Malformed answer to ${channel}.`);
      }
      if (!result.ok) throw new ApiError(result.error.code, result.error.message);
      return result.value as Res<K>;
    },
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void) {
      return transport.on(event, listener as (p: unknown) => void);
    },
    connection: () => transport.connection(),
    onConnection: (l) => transport.onConnection(l),
  };
}
