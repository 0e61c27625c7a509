import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENT_NAMES } from '../../shared/ipc/contract';
import { buildBridge, type BridgeTransport } from './bridge-builder';

/** A fake ipcRenderer: records invokes and keeps listeners like an EventEmitter. */
function fakeIpcRenderer() {
  const listeners = new Map<string, Set<(e: unknown, p: unknown) => void>>();
  const transport: BridgeTransport = {
    invoke: vi.fn(async (channel, req) => ({ ok: true, value: { channel, req } })),
    on: (event, fn) => {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(fn);
    },
    off: (event, fn) => {
      listeners.get(event)?.delete(fn);
    },
  };
  const emit = (event: string, payload: unknown) => {
    const ipcEvent = { sender: 'ipcRenderer itself, must not leak' };
    for (const fn of listeners.get(event) ?? []) fn(ipcEvent, payload);
  };
  const count = (event: string) => listeners.get(event)?.size ?? 0;
  return { transport, emit, count };
}

describe('buildBridge', () => {
  it('offers exactly one function per channel of the contract, and only invoke + on', () => {
    const bridge = buildBridge(fakeIpcRenderer().transport);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(Object.keys(bridge.invoke).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(typeof (bridge.invoke as Record<string, unknown>)[channel]).toBe('function');
    expect(bridge).not.toHaveProperty('send');
    expect(bridge).not.toHaveProperty('ipcRenderer');
    expect(Object.isFrozen(bridge) && Object.isFrozen(bridge.invoke)).toBe(true);
  });

  it('invokes the channel it is named after, with the request (or {})', async () => {
    const f = fakeIpcRenderer();
    const bridge = buildBridge(f.transport);
    await expect(bridge.invoke['odds:get-event']({ eventId: 'e1' })).resolves.toEqual({
      ok: true,
      value: { channel: 'odds:get-event', req: { eventId: 'e1' } },
    });
    await (bridge.invoke['settings:get'] as (req?: unknown) => Promise<unknown>)();
    expect(f.transport.invoke).toHaveBeenLastCalledWith('settings:get', {});
    expect(f.transport.invoke).toHaveBeenCalledTimes(2);
  });

  it('delivers the payload of a contract event, never the Electron event object', () => {
    const f = fakeIpcRenderer();
    const bridge = buildBridge(f.transport);
    const seen: unknown[][] = [];
    bridge.on('odds:updated', (...args: unknown[]) => seen.push(args));
    f.emit('odds:updated', { sportKeys: ['soccer_epl'], at: 1 });
    expect(seen).toEqual([[{ sportKeys: ['soccer_epl'], at: 1 }]]);
  });

  it('accepts every event of the contract', () => {
    const f = fakeIpcRenderer();
    const bridge = buildBridge(f.transport);
    for (const name of EVENT_NAMES) bridge.on(name, () => {});
    for (const name of EVENT_NAMES) expect(f.count(name)).toBe(1);
  });

  it.each(['electron-store-get-data', 'ELECTRON_BROWSER_WINDOW_ALERT', 'collector:STATUS', '__proto__', 'toString', ''])(
    'refuses the unknown event %j',
    (name) => {
      const f = fakeIpcRenderer();
      const bridge = buildBridge(f.transport);
      expect(() => bridge.on(name as never, () => {})).toThrow(/Unknown event/);
      expect(f.count(name)).toBe(0);
    },
  );

  it('refuses a listener that is not a function', () => {
    const bridge = buildBridge(fakeIpcRenderer().transport);
    expect(() => bridge.on('collector:status', 'alert(1)' as never)).toThrow(TypeError);
  });

  it('unsubscribes, once, and only its own listener', () => {
    const f = fakeIpcRenderer();
    const bridge = buildBridge(f.transport);
    const a = vi.fn();
    const b = vi.fn();
    const offA = bridge.on('collector:status', a);
    bridge.on('collector:status', b);
    f.emit('collector:status', 1);
    offA();
    offA();
    f.emit('collector:status', 2);
    expect(a.mock.calls).toEqual([[1]]);
    expect(b.mock.calls).toEqual([[1], [2]]);
    expect(f.count('collector:status')).toBe(1);
  });

  it('lets the same callback subscribe twice and unsubscribe each separately', () => {
    const f = fakeIpcRenderer();
    const bridge = buildBridge(f.transport);
    const cb = vi.fn();
    const off1 = bridge.on('settings:changed', cb);
    const off2 = bridge.on('settings:changed', cb);
    off1();
    f.emit('settings:changed', 'x');
    expect(cb).toHaveBeenCalledTimes(1);
    off2();
    expect(f.count('settings:changed')).toBe(0);
  });
});
