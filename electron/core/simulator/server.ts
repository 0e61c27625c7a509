/**
 * The simulator's real HTTP server (node:http): authentication, per-key frequency limit,
 * billing with x-requests-* headers, fault injection, request log and ground truth.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { SPORTS } from './catalogue';
import { CreditLedger } from './credits';
import { Errors } from './errors';
import { HORIZON_MS, eventStatus, eventsBetween } from './market-model';
import { bestOf, quoteEvent, truthAt } from './quotes';
import { route } from './routes';

/** Options of {@link startSimulator}. */
export interface SimulatorOptions {
  /** Default 42; everything is deterministic given seed + clock. */
  seed?: number;
  /** Injectable clock (epoch ms); default Date.now. */
  now?: () => number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0 (random free port). */
  port?: number;
  /** Accepted keys; default ['demo']. */
  apiKeys?: string[];
  /** Default 500; credits reset on the 1st of each month UTC. */
  monthlyCredits?: number;
  /** Two requests closer than this (per key, wall clock) → 429 EXCEEDED_FREQ_LIMIT; default 50; 0 disables. */
  minRequestIntervalMs?: number;
}

/** A fault answered instead of the normal response. */
export type Fault =
  | { kind: 'status'; status: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'malformed' }
  | { kind: 'truncated' }
  | { kind: 'hang' }
  | { kind: 'html'; status: number };

/** One surebet created by a stale soft-book price. */
export interface TruthSurebet {
  eventId: string;
  sportKey: string;
  market: string;
  point: number | null;
  legs: Array<{ outcome: string; bookmaker: string; price: number }>;
  booksum: number;
}

/** Fair probabilities of one market at the simulator's current time. */
export interface TruthFair {
  eventId: string;
  market: string;
  point: number | null;
  probabilities: Record<string, number>;
}

/** One logged request (API key redacted). */
export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  at: number;
}

/** A running simulator. */
export interface Simulator {
  /** Base URL, e.g. http://127.0.0.1:43123 (paths start with /v4). */
  url: string;
  close(): Promise<void>;
  credits(key?: string): { used: number; remaining: number };
  setCredits(key: string, used: number): void;
  /** Fault injection for tests: the next n requests (default 1) get this answer instead. */
  failNext(fault: Fault, n?: number): void;
  /** Ground truth at the current time: surebets created by stale books, and fair probabilities. */
  truth(): { surebets: TruthSurebet[]; fair: TruthFair[] };
  /** Requests received (path, redacted query), for tests asserting what the client sent. */
  requests(): LoggedRequest[];
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };
const HTML_BODY =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
  '<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n';

/** Starts the simulator on host:port and resolves once it listens. */
export async function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  const seed = opts.seed ?? 42;
  const now = opts.now ?? Date.now;
  const apiKeys = opts.apiKeys ?? ['demo'];
  const minInterval = opts.minRequestIntervalMs ?? 50;
  const ledger = new CreditLedger(opts.monthlyCredits ?? 500, now);
  const faults: Fault[] = [];
  const lastAt = new Map<string, number>();
  const log: LoggedRequest[] = [];
  const sockets = new Set<Socket>();

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://simulator');
    const query: Record<string, string> = Object.fromEntries(url.searchParams);
    const at = now();
    const redacted = { ...query };
    for (const k of ['apiKey', 'api_key']) if (k in redacted) redacted[k] = 'REDACTED';
    const entry: LoggedRequest = { method: req.method ?? 'GET', path: url.pathname, query: redacted, status: 0, at };
    log.push(entry);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      res.writeHead(status, { ...JSON_TYPE, ...headers });
      res.end(JSON.stringify(body));
    };
    const fault = faults.shift();
    if (fault) {
      if (fault.kind === 'status') return send(fault.status, fault.body, fault.headers);
      if (fault.kind === 'html') {
        entry.status = fault.status;
        res.writeHead(fault.status, { 'content-type': 'text/html' });
        return void res.end(HTML_BODY);
      }
      if (fault.kind === 'malformed') {
        entry.status = 200;
        res.writeHead(200, JSON_TYPE);
        return void res.end('[{"id": "3f1c0a", "sport_key": "soccer_epl", "bookmakers": [{"key": ');
      }
      if (fault.kind === 'truncated') {
        entry.status = 200;
        res.writeHead(200, { ...JSON_TYPE, 'content-length': '4096' });
        res.write('[{"id": "3f1c0a9e", "sport_key": "soccer_epl", "sport_title": "EPL", "commence_time": "20');
        setTimeout(() => res.destroy(), 5);
        return;
      }
      return; // hang: never answer; close() destroys the socket
    }
    if (req.method !== 'GET') return send(405, { message: 'Method not allowed', error_code: 'METHOD_NOT_ALLOWED' });
    const key = query.apiKey ?? query.api_key;
    if (!key) {
      const e = Errors.missingKey();
      return send(e.status, e.body);
    }
    if (!apiKeys.includes(key)) {
      const e = Errors.invalidKey();
      return send(e.status, e.body);
    }
    if (minInterval > 0) {
      const t = performance.now();
      const prev = lastAt.get(key);
      if (prev !== undefined && t - prev < minInterval) {
        const e = Errors.freqLimit();
        return send(e.status, e.body, ledger.headers(key, 0));
      }
      lastAt.set(key, t);
    }
    let result;
    try {
      result = route(seed, url.pathname, query, at);
    } catch (err) {
      return send(500, { message: `Internal simulator error: ${(err as Error).message}`, error_code: 'INTERNAL_ERROR' });
    }
    if (!('cost' in result)) return send(result.status, result.body, ledger.headers(key, 0));
    if (!ledger.canPay(key, result.cost)) {
      const e = Errors.outOfCredits();
      return send(e.status, e.body, ledger.headers(key, 0));
    }
    ledger.charge(key, result.cost);
    return send(200, result.body, ledger.headers(key, result.cost));
  };

  const server = createServer(handle);
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;

  return {
    url: `http://${host}:${addr.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
    credits: (key = apiKeys[0]) => ledger.balance(key),
    setCredits: (key, used) => ledger.set(key, used),
    failNext: (fault, n = 1) => {
      for (let i = 0; i < n; i++) faults.push(fault);
    },
    truth: () => truthNow(seed, now()),
    requests: () => log.map((r) => ({ ...r, query: { ...r.query } })),
  };
}

/** Ground truth at time t over every listed event of every sport, all bookmakers included. */
export function truthNow(seed: number, t: number): { surebets: TruthSurebet[]; fair: TruthFair[] } {
  const surebets: TruthSurebet[] = [];
  const fair: TruthFair[] = [];
  for (const sport of SPORTS) {
    const evs = eventsBetween(seed, sport, t - sport.durationMs, t + HORIZON_MS).filter((e) =>
      ['upcoming', 'live'].includes(eventStatus(e, t)),
    );
    for (const ev of evs) {
      for (const m of truthAt(seed, ev, t)) {
        fair.push({
          eventId: ev.id,
          market: m.market,
          point: m.point,
          probabilities: Object.fromEntries(m.names.map((n, i) => [n, m.probs[i]])),
        });
      }
      for (const mq of quoteEvent(seed, ev, t)) {
        const { booksum, best } = bestOf(mq.names, mq.quotes);
        if (booksum >= 1) continue;
        surebets.push({
          eventId: ev.id,
          sportKey: sport.key,
          market: mq.market,
          point: mq.point,
          booksum,
          legs: mq.names.map((outcome, i) => ({ outcome, bookmaker: best[i].book, price: best[i].price })),
        });
      }
    }
  }
  return { surebets, fair };
}
