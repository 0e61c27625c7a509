import type { Channel, EventName } from '../../../shared/ipc/contract';
import { fail, type IpcResult } from '../../../shared/ipc/result';
import type { ConnectionState, Transport } from './transport';

/** Generous: a manual collection of many sports can take a while. */
const REQUEST_TIMEOUT_MS = 120_000;
const BACKOFF_MIN_MS = 500;
const BACKOFF_MAX_MS = 15_000;
/** WebSocket.OPEN, spelled out so this module also loads where there is no global WebSocket. */
const OPEN = 1;

interface Pending {
  resolve: (r: IpcResult<unknown>) => void;
  timer: ReturnType<typeof setTimeout>;
}

type SocketFactory = (url: string) => WebSocket;

/**
 * Transport over the headless host's WebSocket (ws-protocol.ts). Requests carry an id and are
 * queued while disconnected; the socket reconnects with exponential backoff and jitter.
 * The host pushes every event to every socket, so "re-subscribing" is keeping listeners here,
 * outside the socket, and telling the client that it may have missed some (state `open` again).
 */
export function createWsTransport(url: string, makeSocket: SocketFactory = (u) => new WebSocket(u)): Transport {
  let socket: WebSocket | null = null;
  let state: ConnectionState = 'connecting';
  let nextId = 1;
  let attempt = 0;
  const pending = new Map<number, Pending>();
  const outbox: string[] = [];
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const stateListeners = new Set<(s: ConnectionState) => void>();

  const setState = (s: ConnectionState): void => {
    state = s;
    for (const l of stateListeners) l(s);
  };

  const onMessage = (raw: unknown): void => {
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

  const connect = (): void => {
    const ws = makeSocket(url);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      setState('open');
      while (outbox.length > 0 && ws.readyState === OPEN) ws.send(outbox.shift() as string);
    };
    ws.onmessage = (e) => onMessage(e.data);
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      // Requests already sent may or may not have run: fail them rather than resend.
      for (const [id, p] of pending) {
        clearTimeout(p.timer);
        pending.delete(id);
        p.resolve(fail('UNAVAILABLE', 'Connection to the host lost; try again.'));
      }
      setState(state === 'connecting' ? 'connecting' : 'reconnecting');
      const delay = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** attempt) * (0.75 + Math.random() * 0.5);
      attempt += 1;
      setTimeout(connect, delay);
    };
    // onerror is always followed by onclose, which does the work.
  };

  connect();

  return {
    kind: 'websocket',
    invoke(channel: Channel, req: unknown) {
      return new Promise<IpcResult<unknown>>((resolve) => {
        const id = nextId++;
        const frame = JSON.stringify({ id, channel, req });
        const timer = setTimeout(() => {
          pending.delete(id);
          resolve(fail('UNAVAILABLE', 'The host did not answer in time.'));
        }, REQUEST_TIMEOUT_MS);
        pending.set(id, { resolve, timer });
        if (socket && socket.readyState === OPEN) socket.send(frame);
        else outbox.push(frame);
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
