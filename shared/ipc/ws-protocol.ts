/**
 * The headless host's WebSocket protocol (path WS_PATH). JSON text frames:
 *  renderer → host: { id, channel, req }
 *  host → renderer: { id, result } (an IpcResult) or { event, payload } (a pushed event)
 * When the host listens on a non-loopback address it requires `?token=` on the upgrade URL.
 */
import { z } from 'zod';
import { bankrollRequests } from './channels/bankroll';
import type { Channel, EventName, Events } from './contract';
import type { IpcResult } from './result';

export const WS_PATH = '/ws';

/**
 * The largest frame the host accepts, derived from the contract's own maxima: the longest
 * string any request may carry (the bets CSV import) times 6 — JSON writes one UTF-16 code unit
 * as at most 6 bytes (`\u001f`, a lone surrogate) — plus 1 MiB for the envelope and the other
 * fields. A frame larger than this cannot be a valid request, so it is refused with close 1009
 * before it is read; any smaller limit would refuse a valid import.
 */
export const WS_MAX_PAYLOAD = 6 * (bankrollRequests['bankroll:import-bets'].shape.csv.maxLength ?? 0) + (1 << 20);

export const wsRequestSchema = z.object({
  id: z.number().int().nonnegative(),
  channel: z.string().max(80),
  req: z.unknown(),
});
export type WsRequest = { id: number; channel: Channel; req: unknown };
export type WsResponse = { id: number; result: IpcResult<unknown> };
export type WsEvent<E extends EventName = EventName> = { event: E; payload: Events[E] };
export type WsServerMessage = WsResponse | WsEvent;
