/**
 * The client against hostile or broken upstreams on loopback: a 200 MB body is cut off while
 * streaming and never fetched again; a body of the wrong shape is not retried either.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createOddsApiClient, OddsApiError } from '../../electron/core/providers/odds-api';
import { MAX_BODY_BYTES } from '../../electron/core/providers/odds-api/transport';

const KEY = 'abcdef0123456789abcdef0123456789';
let server: Server | null = null;
let requests = 0;

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  requests = 0;
  server = createServer((req, res) => {
    requests++;
    handler(req, res);
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  server = null;
});

const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e as OddsApiError,
  );

describe('body limits', () => {
  it('cuts a 200 MB body off while streaming, says why, and does not download it again', async () => {
    let sent = 0;
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1 << 20, 0x20); // whitespace: valid JSON padding
      res.write('[');
      const pump = () => {
        while (sent < 200 * (1 << 20)) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end(']');
      };
      pump();
    });
    const rssBefore = process.memoryUsage().rss;
    const api = createOddsApiClient({ baseUrl: url, apiKey: KEY, sleep: async () => undefined });
    const err = await failure(api.getOdds('soccer_epl', { regions: ['eu'], markets: ['h2h'] }));
    expect(err).toBeInstanceOf(OddsApiError);
    expect(err.code).toBe('RESPONSE_TOO_LARGE');
    expect(err.message).toMatch(/far larger than any real one/);
    expect(err.detail).toMatch(new RegExp(`${MAX_BODY_BYTES} bytes`));
    expect(err.retryable).toBe(false);
    expect(requests).toBe(1);
    expect(sent).toBeLessThan(200 * (1 << 20)); // the download was aborted, not read to the end
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(400 * (1 << 20));
  });

  it('does not retry a body of the wrong shape', async () => {
    const url = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"not":"a list"}'));
    const api = createOddsApiClient({ baseUrl: url, apiKey: KEY, sleep: async () => undefined, maxRetries: 3 });
    const err = await failure(api.getOdds('soccer_epl', { regions: ['eu'], markets: ['h2h'] }));
    expect(err.code).toBe('MALFORMED_RESPONSE');
    expect(requests).toBe(1);
  });
});
