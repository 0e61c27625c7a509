/**
 * The preload of the main window (sandboxed, context-isolated). It exposes one object,
 * `window.monps`, typed as the contract's `Bridge`: one function per request channel and an
 * `on` limited to the contract's events. Never the IPC object itself, a generic send, or process.env.
 * Bundled by scripts/build.mjs with everything but electron, since a sandboxed preload
 * cannot require npm packages.
 */
import { contextBridge, ipcRenderer as ipc } from 'electron';
import { BRIDGE_GLOBAL, type Bridge } from '../shared/ipc/bridge';
import { buildBridge } from './main/bridge-builder';

const bridge: Bridge = buildBridge({
  invoke: (channel, req) => ipc.invoke(channel, req),
  on: (event, listener) => {
    ipc.on(event, listener);
  },
  off: (event, listener) => {
    ipc.removeListener(event, listener);
  },
});

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
