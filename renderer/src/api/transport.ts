import type { Channel, EventName } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';

/** `open`: requests go through; `connecting`: first connection; `reconnecting`: lost, retrying. */
export type ConnectionState = 'connecting' | 'open' | 'reconnecting';

/**
 * What the client needs from a host link, untyped at this level (the client adds the types).
 * Listeners registered with `on` survive reconnections.
 */
export interface Transport {
  readonly kind: 'electron' | 'websocket' | 'none';
  invoke(channel: Channel, req: unknown): Promise<IpcResult<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  connection(): ConnectionState;
  /** Called on every state change; `open` after a `reconnecting` means events may have been missed. */
  onConnection(listener: (state: ConnectionState) => void): () => void;
}
