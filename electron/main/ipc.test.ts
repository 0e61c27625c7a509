import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Handlers } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { createEventsHub } from '../core/events-hub';
import { createLogger, silentSink } from '../core/util/logger';
import { registerIpc, type IpcMainLike } from './ipc';

const INDEX = 'file:///opt/MON_PS/out/renderer/index.html';
const log = createLogger('test', { sinks: [silentSink] });

type Listener = (event: IpcMainInvokeEvent, raw: unknown) => Promise<unknown>;

/** A fake ipcMain that records handlers, like the real one refusing duplicates. */
function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => void handlers.delete(channel),
  };
  const call = (channel: string, raw: unknown, frame: { url: string; parent: unknown } | null = { url: INDEX + '#/odds', parent: null }) =>
    handlers.get(channel)!({ senderFrame: frame } as unknown as IpcMainInvokeEvent, raw);
  return { ipcMain, handlers, call };
}

function setup() {
  const hub = createEventsHub();
  const status = { health: 'ok', paused: true };
  const impl: Partial<Handlers> = {
    'odds:get-event': vi.fn(async (req) => ({ id: req.eventId }) as never),
    'collector:list-runs': vi.fn((req) => [req.limit] as never),
    'collector:set-paused': vi.fn(() => status as never),
    'settings:test-key': vi.fn(() => {
      throw new AppError('PROVIDER_ERROR', 'bad key abcdefgh');
    }),
  };
  const handlers = new Proxy(impl, {
    get: (t, k: string) => t[k as keyof Handlers] ?? (() => ({ channel: k })),
  }) as Handlers;
  const ipc = fakeIpcMain();
  const sent: [string, unknown][] = [];
  let destroyed = false;
  const dispose = registerIpc({
    ipcMain: ipc.ipcMain,
    core: { handlers, subscribe: hub.subscribe, emit: hub.emit },
    indexUrl: INDEX,
    webContents: () =>
      ({ send: (name: string, payload: unknown) => void sent.push([name, payload]), isDestroyed: () => destroyed }) as never,
    log,
  });
  return { ...ipc, hub, impl, sent, dispose, destroy: () => (destroyed = true), status };
}

describe('registerIpc', () => {
  it('registers one handler per channel of the contract', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers a valid request from the app with the ok envelope', async () => {
    const { call, impl } = setup();
    await expect(call('odds:get-event', { eventId: 'e42' })).resolves.toEqual({ ok: true, value: { id: 'e42' } });
    expect(impl['odds:get-event']).toHaveBeenCalledWith({ eventId: 'e42' });
    // zod defaults are applied before the handler sees the request
    await expect(call('collector:list-runs', {})).resolves.toEqual({ ok: true, value: [50] });
    await expect(call('settings:get', undefined)).resolves.toEqual({ ok: true, value: { channel: 'settings:get' } });
  });

  it.each([
    ['no frame', null],
    ['a web page', { url: 'https://evil.com/', parent: null }],
    ['another local file', { url: 'file:///tmp/evil.html', parent: null }],
    ['a sub-frame of the app', { url: INDEX, parent: { url: INDEX } }],
    ['a UNC host', { url: 'file://evil/opt/MON_PS/out/renderer/index.html', parent: null }],
  ])('refuses %s with FORBIDDEN and never runs the handler', async (_why, frame) => {
    const { call, impl } = setup();
    const res = await call('odds:get-event', { eventId: 'e1' }, frame);
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(impl['odds:get-event']).not.toHaveBeenCalled();
  });

  it.each([
    ['a missing field', {}],
    ['a wrong type', { eventId: 42 }],
    ['an extra field', { eventId: 'e1', sql: 'DROP TABLE odds' }],
    ['not an object', 'e1'],
  ])('answers %s with INVALID_REQUEST and never runs the handler', async (_why, raw) => {
    const { call, impl } = setup();
    const res = await call('odds:get-event', raw);
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(impl['odds:get-event']).not.toHaveBeenCalled();
  });

  it('passes a handler error through the envelope', async () => {
    const { call } = setup();
    await expect(call('settings:test-key', {})).resolves.toMatchObject({ ok: false, error: { code: 'PROVIDER_ERROR' } });
  });

  it('forwards core events to the window, and not to a destroyed one', () => {
    const { hub, sent, destroy } = setup();
    hub.emit('odds:updated', { sportKeys: ['x'], at: 1 });
    destroy();
    hub.emit('odds:updated', { sportKeys: ['y'], at: 2 });
    expect(sent).toEqual([['odds:updated', { sportKeys: ['x'], at: 1 }]]);
  });

  it('announces a pause toggled from the window', async () => {
    const { call, sent, status } = setup();
    await call('collector:set-paused', { paused: true });
    expect(sent).toEqual([['collector:status', status]]);
  });

  it('dispose removes every handler and stops forwarding', () => {
    const { handlers, hub, sent, dispose } = setup();
    dispose();
    expect(handlers.size).toBe(0);
    hub.emit('odds:updated', { sportKeys: [], at: 0 });
    expect(sent).toEqual([]);
  });
});
