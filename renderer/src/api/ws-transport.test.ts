import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_PING_MS, OFFLINE_REQUEST_MS, PING_TIMEOUT_MS, createWsTransport } from './ws-transport';

class FakeSocket {
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: string[] = [];
  onopen: (() => void) | null = null;
  onclose: (() => void) | null = null;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(s: string) {
    this.sent.push(s);
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  drop() {
    this.readyState = 3;
    this.onclose?.();
  }
  reply(msg: unknown) {
    this.onmessage?.({ data: JSON.stringify(msg) });
  }
}

const make = () => createWsTransport('ws://h/ws', (u) => new FakeSocket(u) as unknown as WebSocket);
const last = () => FakeSocket.all[FakeSocket.all.length - 1] as FakeSocket;

describe('ws transport', () => {
  beforeEach(() => {
    FakeSocket.all = [];
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('queues requests until open and matches answers by id', async () => {
    const t = make();
    const p = t.invoke('settings:get', {});
    expect(last().sent).toHaveLength(0);
    last().open();
    const frame = JSON.parse(last().sent[0] as string);
    expect(frame).toMatchObject({ channel: 'settings:get', req: {} });
    last().reply({ id: frame.id, result: { ok: true, value: 42 } });
    await expect(p).resolves.toEqual({ ok: true, value: 42 });
  });

  it('fails in-flight requests on a drop, reconnects, keeps listeners and reports the states', async () => {
    const t = make();
    const states: string[] = [];
    t.onConnection((s) => states.push(s));
    const seen: unknown[] = [];
    t.on('odds:updated', (p) => seen.push(p));
    last().open();
    const p = t.invoke('settings:get', {});
    last().drop();
    await expect(p).resolves.toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    vi.advanceTimersByTime(20_000);
    expect(FakeSocket.all).toHaveLength(2);
    last().open();
    last().reply({ event: 'odds:updated', payload: { sportKeys: ['x'], at: 1 } });
    expect(seen).toEqual([{ sportKeys: ['x'], at: 1 }]);
    expect(states).toEqual(['open', 'reconnecting', 'open']);
  });

  it('fails requests at once while reconnecting instead of leaving them waiting', async () => {
    const t = make();
    last().open();
    last().drop();
    await expect(t.invoke('settings:get', {})).resolves.toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });

  it('fails a request queued before the first connection when the host never answers', async () => {
    const t = make();
    const p = t.invoke('settings:get', {});
    last().drop();
    vi.advanceTimersByTime(OFFLINE_REQUEST_MS + 1);
    await expect(p).resolves.toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });

  it('pings a silent host and reports the connection lost when the ping goes unanswered', () => {
    const t = make();
    const states: string[] = [];
    t.onConnection((s) => states.push(s));
    last().open();
    vi.advanceTimersByTime(IDLE_PING_MS + 1_000);
    const ping = JSON.parse(last().sent[0] as string);
    expect(ping.channel).toBe('app:get-info');
    vi.advanceTimersByTime(PING_TIMEOUT_MS + 1_000);
    expect(states).toEqual(['open', 'reconnecting']);
    expect(IDLE_PING_MS + PING_TIMEOUT_MS + 2_000).toBeLessThanOrEqual(10_000);
  });

  it('stays open while the host answers its pings', () => {
    const t = make();
    last().open();
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(IDLE_PING_MS + 1_000);
      const ping = JSON.parse(last().sent.at(-1) as string);
      last().reply({ id: ping.id, result: { ok: true, value: {} } });
    }
    expect(t.connection()).toBe('open');
  });
});
