/**
 * The headless host's WebSocket protocol (path WS_PATH). JSON text frames:
 *  renderer → host: { id, channel, req }
 *  host → renderer: { id, result } (an IpcResult) or { event, payload } (a pushed event)
 * When the host listens on a non-loopback address it requires `?token=` on the upgrade URL.
 */
import { z } from 'zod';
import type { Channel, EventName, Events } from './contract';
import type { IpcResult } from './result';

export const WS_PATH = '/ws';

export const wsRequestSchema = z.object({
  id: z.number().int().nonnegative(),
  channel: z.string().max(80),
  req: z.unknown(),
});
export type WsRequest = { id: number; channel: Channel; req: unknown };
export type WsResponse = { id: number; result: IpcResult<unknown> };
export type WsEvent<E extends EventName = EventName> = { event: E; payload: Events[E] };
export type WsServerMessage = WsResponse | WsEvent;
