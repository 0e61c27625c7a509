/**
 * The headless host: the renderer bundle over HTTP and the typed API over a WebSocket, on
 * 127.0.0.1 by default. Any other address requires a token (query `?token=` once, then a
 * cookie); cross-origin WebSocket upgrades are refused.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { WS_MAX_PAYLOAD, WS_PATH, wsRequestSchema, type WsServerMessage } from '../../shared/ipc/ws-protocol';
import type { Core } from '../core/create-core';
import { dispatch } from '../core/handlers/dispatch';
import type { Logger } from '../core/util/logger';
import {
  isLoopbackHost,
  isSameOriginUpgrade,
  isServedHost,
  isServedOrigin,
  servedHosts,
  tokenFromCookie,
  tokenFromUrl,
  tokenMatches,
} from './access';
import { createMetrics } from './metrics';
import { serveStatic } from './static-files';

export interface HeadlessOptions {
  core: Core;
  host?: string;
  port?: number;
  token?: string | null;
  staticDir: string;
  log: Logger;
  /** Prometheus `/metrics` (default: MONPS_METRICS=1; off otherwise). Same access rules as the rest. */
  metrics?: boolean;
}

export interface HeadlessServer {
  url: string;
  close(): Promise<void>;
}

export async function startHeadlessServer(opts: HeadlessOptions): Promise<HeadlessServer> {
  const host = opts.host ?? '127.0.0.1';
  const token = opts.token || null;
  if (!isLoopbackHost(host) && !token) {
    throw new Error(`Listening on ${host} exposes MON_PS to the network: pass --token (or MONPS_TOKEN) to require one`);
  }
  const authorized = (req: IncomingMessage) =>
    tokenMatches(token, tokenFromUrl(req.url)) ||
    tokenMatches(token, tokenFromCookie(req.headers.cookie)) ||
    (token !== null && tokenMatches(token, /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]));
  const metrics = (opts.metrics ?? process.env.MONPS_METRICS === '1') ? createMetrics(opts.core) : null;

  /** Filled once listening (the port may be 0 until then). */
  let served: ReadonlySet<string> = new Set();
  /** DNS rebinding: a page of evil.example resolved to 127.0.0.1 sends `Host: evil.example:PORT`. */
  const hostProblem = (req: IncomingMessage): string | null => {
    if (!isServedHost(req.headers.host, served)) return 'Host header names an address this host does not serve';
    if (!isServedOrigin(req.headers.origin, served) || !isSameOriginUpgrade(req.headers.origin, req.headers.host)) {
      return 'Origin is not this host';
    }
    return null;
  };

  const server = createServer((req, res) => {
    const problem = hostProblem(req);
    if (problem) {
      opts.log.warn('HTTP request refused', { why: problem, host: req.headers.host ?? null, origin: req.headers.origin ?? null });
      res.writeHead(421, { 'content-type': 'text/plain' }).end(`${problem}: open the address printed by \`monps serve\``);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (!authorized(req)) {
      res.writeHead(401, { 'content-type': 'text/plain' }).end('A token is required: open the address printed by `monps serve`');
      return;
    }
    if (token && tokenFromUrl(req.url)) {
      res.setHeader('set-cookie', `monps_token=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`);
    }
    if (req.url?.startsWith('/healthz')) {
      const s = opts.core.collector().status();
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ health: s.health, lastSuccessAt: s.lastSuccessAt, dataAsOf: s.dataAsOf, demo: s.demo }));
      return;
    }
    if (metrics && (req.url ?? '').split('?')[0] === '/metrics') {
      metrics.render().then(
        (text) => res.writeHead(200, { 'content-type': metrics.contentType }).end(text),
        (e: unknown) => {
          opts.log.warn('metrics could not be rendered', { error: e instanceof Error ? e.message : String(e) });
          res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable');
        },
      );
      return;
    }
    serveStatic(opts.staticDir, req.url ?? '/', res);
  });

  // Frames up to the largest valid request (see WS_MAX_PAYLOAD); permessage-deflate off (it is
  // off by default in ws 8; a frame with RSV1 set is then a protocol error, close 1002).
  const wss = new WebSocketServer({ noServer: true, maxPayload: WS_MAX_PAYLOAD, perMessageDeflate: false });
  // A malformed HTTP request (or a socket reset) must not reach the process: answer 400 and drop it.
  server.on('clientError', (err, socket) => {
    opts.log.warn('bad HTTP request', { error: (err as Error).message });
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    else socket.destroy();
  });
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', (e) => opts.log.warn('websocket upgrade socket error', { error: e.message }));
    const path = (req.url ?? '').split('?')[0];
    const origin = req.headers.origin;
    const refuse = (code: number, why: string) => {
      opts.log.warn('websocket upgrade refused', { why, origin: origin ?? null });
      socket.end(`HTTP/1.1 ${code} ${why}\r\n\r\n`);
    };
    if (path !== WS_PATH) return refuse(404, 'Not Found');
    if (hostProblem(req)) return refuse(403, 'Forbidden');
    if (!authorized(req)) return refuse(401, 'Unauthorized');
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  const clients = new Set<WebSocket>();
  const send = (ws: WebSocket, msg: WsServerMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
  };
  wss.on('connection', (ws) => {
    clients.add(ws);
    ws.on('close', () => clients.delete(ws));
    // A protocol error (oversize frame 1009, invalid UTF-8 1007, unmasked frame / bad opcode /
    // RSV1 1002) is emitted here; ws has already started closing this one socket with that code.
    // Without this listener the 'error' event would be thrown and kill the whole host.
    ws.on('error', (e) => {
      opts.log.warn('websocket closed on a protocol error', { error: e.message, code: (e as { code?: string }).code ?? null });
    });
    ws.on('message', async (data) => {
      let parsed;
      try {
        parsed = wsRequestSchema.safeParse(JSON.parse(String(data)));
      } catch {
        parsed = null;
      }
      if (!parsed?.success) {
        ws.send(JSON.stringify({ id: -1, result: { ok: false, error: { code: 'INVALID_REQUEST', message: 'Malformed message' } } }));
        return;
      }
      const { id, channel, req } = parsed.data;
      const result = await dispatch(opts.core.handlers, channel, req, opts.log);
      send(ws, { id, result });
    });
  });
  const unsubscribe = opts.core.subscribe((event, payload) => {
    for (const ws of clients) send(ws, { event, payload } as WsServerMessage);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  served = servedHosts(host, addr.port);
  const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${shownHost}:${addr.port}/`,
    async close() {
      unsubscribe();
      for (const ws of clients) ws.terminate();
      wss.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
