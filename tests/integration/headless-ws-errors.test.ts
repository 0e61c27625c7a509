/**
 * Hostile WebSocket frames against the real `monps serve` process: each protocol error closes
 * that one connection with its close code, while the process and a second client keep working.
 * The largest legitimate requests (a bets CSV import well over the old 1 MiB frame limit) go through.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { spawnServe, type ServeProcess } from '../helpers/spawn-serve';
import { tempDir } from '../helpers/fixtures';
import { WS_MAX_PAYLOAD } from '../../shared/ipc/ws-protocol';

let serve: ServeProcess;
let wsUrl: string;
let origin: string;

beforeAll(async () => {
  serve = await spawnServe(tempDir());
  wsUrl = serve.url.replace('http', 'ws') + 'ws';
  origin = serve.url.replace(/\/$/, '');
});
afterAll(() => {
  serve.child.kill();
});

function open(): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl, { origin });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

let nextId = 1;
function call(
  ws: WebSocket,
  channel: string,
  req: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onMsg = (data: WebSocket.RawData) => {
      const msg = JSON.parse(String(data));
      if (msg.id === id) {
        ws.off('message', onMsg);
        resolve(msg.result);
      }
    };
    ws.on('message', onMsg);
    ws.once('close', (code) => reject(new Error(`closed ${code}`)));
    ws.send(JSON.stringify({ id, channel, req }));
  });
}

/** A client frame, masked unless told otherwise. */
function frame(first: number, payload: Buffer, masked = true): Buffer {
  const len = payload.length;
  const head =
    len < 126 ? Buffer.from([first, (masked ? 0x80 : 0) | len]) : Buffer.from([first, (masked ? 0x80 : 0) | 126, len >> 8, len & 0xff]);
  if (!masked) return Buffer.concat([head, payload]);
  const mask = Buffer.from([1, 2, 3, 4]);
  const body = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]));
  return Buffer.concat([head, mask, body]);
}

/** Writes raw bytes on a real client's socket and resolves with the close code the host sent. */
async function closeCodeAfter(bytes: Buffer): Promise<number> {
  const ws = await open();
  ws.on('error', () => undefined); // the client may see the broken stream too
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  (ws as unknown as { _socket: import('node:net').Socket })._socket.write(bytes);
  return closed;
}

describe('hostile WebSocket frames', () => {
  it.each([
    [
      'a frame larger than any valid request',
      1009,
      () => {
        const head = Buffer.alloc(14);
        head[0] = 0x81;
        head[1] = 0x80 | 127;
        head.writeBigUInt64BE(BigInt(WS_MAX_PAYLOAD + 1), 2);
        return head; // the length alone is enough: the host refuses before reading the payload
      },
    ],
    ['invalid UTF-8 in a text frame', 1007, () => frame(0x81, Buffer.from([0xc3, 0x28, 0xff]))],
    ['an unmasked client frame', 1002, () => frame(0x81, Buffer.from('{"id":1}'), false)],
    ['a reserved opcode', 1002, () => frame(0x83, Buffer.from('x'))],
    ['RSV1 set without permessage-deflate', 1002, () => frame(0xc1, Buffer.from('{}'))],
  ])('%s closes that connection with %i; the host and another client keep working', async (_what, code, bytes) => {
    const bystander = await open();
    expect(await closeCodeAfter(bytes())).toBe(code);
    const info = await call(bystander, 'app:get-info', {});
    expect(info.ok).toBe(true);
    bystander.close();
    expect(serve.child.exitCode).toBeNull();
    // a new connection still gets in
    const again = await open();
    expect((await call(again, 'app:get-info', {})).ok).toBe(true);
    again.close();
  });

  it('lets a bets import far over 1 MiB through, and answers it', async () => {
    const ws = await open();
    const header = 'placedAt,sportKey,homeTeam,awayTeam,market,selection,bookmaker,odds,stakeCents,status\n';
    const line = '2026-01-01T12:00:00Z,soccer_epl,"Arsenal","Chelsea",h2h,"Arsenal",bet365,2.10,1000,pending\n';
    const csv = header + line.repeat(Math.ceil(3_000_000 / line.length));
    const res = await call(ws, 'bankroll:import-bets', { csv, dryRun: true });
    // Whatever the import says about the lines, the request reached it and the socket is open.
    expect(res.error?.code).not.toBe('INVALID_REQUEST');
    expect(ws.readyState).toBe(WebSocket.OPEN);
    ws.close();
  });
});
