import type { Channel, EventName } from '../../../shared/ipc/contract';
import { fail, type IpcResult } from '../../../shared/ipc/result';
import type { ConnectionState, Transport } from './transport';
import { backoffDelay } from '../../../shared/util/backoff';

/** Generous: a manual collection of many sports can take a while. */
const REQUEST_TIMEOUT_MS = 120_000;
const BACKOFF_MIN_MS = 500;
const BACKOFF_MAX_MS = 5_000;
/** After this long without a word from the host, ask it something cheap (an application-level ping). */
export const IDLE_PING_MS = 4_000;
/** A ping unanswered this long means the host is gone even if the socket still looks open. */
export const PING_TIMEOUT_MS = 4_000;
/** A request written while not connected waits this long for the connection, then fails. */
export const OFFLINE_REQUEST_MS = 8_000;
const PING_CHANNEL: Channel = 'app:get-info';
/** WebSocket.OPEN, spelled out so this module also loads where there is no global WebSocket. */
const OPEN = 1;

interface Pending {
  resolve: (r: IpcResult<unknown>) => void;
  timer: ReturnType<typeof setTimeout>;
}

interface Queued {
  id: number;
  frame: string;
}

type SocketFactory = (url: string) => WebSocket;

/**
 * Transport over the headless host's WebSocket (ws-protocol.ts). Requests carry an id and are
 * queued while disconnected; the socket reconnects with exponential backoff and jitter.
 * The host pushes every event to every socket, so "re-subscribing" is keeping listeners here,
 * outside the socket, and telling the client that it may have missed some (state `open` again).
 *
 * Truthful about a lost host: a socket that closes, or one that stays silent through a ping
 * (IDLE_PING_MS + PING_TIMEOUT_MS, under 10 s), turns the state to `reconnecting` at once;
 * while reconnecting, requests fail at once (UNAVAILABLE) instead of waiting, and a request
 * queued before the first connection fails after OFFLINE_REQUEST_MS.
 */
export function createWsTransport(url: string, makeSocket: SocketFactory = (u) => new WebSocket(u)): Transport {
  let socket: WebSocket | null = null;
  let state: ConnectionState = 'connecting';
  let nextId = 1;
  let attempt = 0;
  const pending = new Map<number, Pending>();
  let outbox: Queued[] = [];
  let lastHeard = Date.now();
  let pingId: number | null = null;
  let pingSentAt = 0;
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const stateListeners = new Set<(s: ConnectionState) => void>();

  const setState = (s: ConnectionState): void => {
    state = s;
    for (const l of stateListeners) l(s);
  };

  const onMessage = (raw: unknown): void => {
    lastHeard = Date.now();
    if (typeof raw !== 'string') return;
    let msg: unknown;
    try {
      msg = JSON.parse(raw);
    } catch {
      return;
    }
    if (!msg || typeof msg !== 'object') return;
    const m = msg as { id?: unknown; result?: unknown; event?: unknown; payload?: unknown };
    if (typeof m.id === 'number') {
      if (m.id === pingId) {
        pingId = null;
        return;
      }
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      clearTimeout(p.timer);
      const ok = m.result && typeof m.result === 'object' && 'ok' in m.result;
      p.resolve(ok ? (m.result as IpcResult<unknown>) : fail('INTERNAL', 'Malformed answer from the host.'));
    } else if (typeof m.event === 'string') {
      for (const l of listeners.get(m.event as EventName) ?? []) l(m.payload);
    }
  };

  const lost = (ws: WebSocket): void => {
    if (socket !== ws) return;
    socket = null;
    pingId = null;
    // Requests already sent may or may not have run: fail them rather than resend.
    const queued = new Set(outbox.map((q) => q.id));
    for (const [id, p] of pending) {
      if (queued.has(id)) continue;
      clearTimeout(p.timer);
      pending.delete(id);
      p.resolve(fail('UNAVAILABLE', 'Connection to the host lost; try again.'));
    }
    setState(state === 'connecting' ? 'connecting' : 'reconnecting');
    const delay = backoffDelay(attempt, { baseMs: BACKOFF_MIN_MS, capMs: BACKOFF_MAX_MS, jitter: 0.5, spread: 'around' });
    attempt += 1;
    setTimeout(connect, delay);
  };

  const connect = (): void => {
    const ws = makeSocket(url);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      lastHeard = Date.now();
      setState('open');
      const queued = outbox;
      outbox = [];
      for (const q of queued) {
        const p = pending.get(q.id);
        if (p) {
          clearTimeout(p.timer);
          p.timer = setTimeout(() => {
            pending.delete(q.id);
            p.resolve(fail('UNAVAILABLE', 'The host did not answer in time.'));
          }, REQUEST_TIMEOUT_MS);
        }
        ws.send(q.frame);
      }
    };
    ws.onmessage = (e) => onMessage(e.data);
    ws.onclose = () => lost(ws);
    // onerror is always followed by onclose, which does the work.
  };

  // The liveness check: a silent host gets a ping; an unanswered ping drops the socket.
  const watchdog = setInterval(() => {
    const ws = socket;
    if (!ws || ws.readyState !== OPEN) return;
    const now = Date.now();
    if (pingId !== null) {
      if (now - pingSentAt < PING_TIMEOUT_MS) return;
      ws.onclose = null;
      ws.onmessage = null;
      try {
        ws.close();
      } catch {
        /* already closing */
      }
      lost(ws);
      return;
    }
    if (now - lastHeard < IDLE_PING_MS) return;
    pingId = nextId++;
    pingSentAt = now;
    ws.send(JSON.stringify({ id: pingId, channel: PING_CHANNEL, req: {} }));
  }, 1_000);
  (watchdog as { unref?: () => void }).unref?.();

  connect();

  return {
    kind: 'websocket',
    invoke(channel: Channel, req: unknown) {
      return new Promise<IpcResult<unknown>>((resolve) => {
        const id = nextId++;
        const frame = JSON.stringify({ id, channel, req });
        if (socket && socket.readyState === OPEN) {
          const timer = setTimeout(() => {
            pending.delete(id);
            resolve(fail('UNAVAILABLE', 'The host did not answer in time.'));
          }, REQUEST_TIMEOUT_MS);
          pending.set(id, { resolve, timer });
          socket.send(frame);
          return;
        }
        if (state === 'reconnecting') {
          resolve(fail('UNAVAILABLE', 'The host is out of reach; reconnecting.'));
          return;
        }
        // Before the first connection: wait a little for it, then say so.
        const timer = setTimeout(() => {
          pending.delete(id);
          outbox = outbox.filter((q) => q.id !== id);
          resolve(fail('UNAVAILABLE', 'The host is out of reach.'));
        }, OFFLINE_REQUEST_MS);
        pending.set(id, { resolve, timer });
        outbox.push({ id, frame });
      });
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    connection: () => state,
    onConnection(listener) {
      stateListeners.add(listener);
      return () => {
        stateListeners.delete(listener);
      };
    },
  };
}
