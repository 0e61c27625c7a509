import type { Bridge } from '../../shared/ipc/bridge';

declare global {
  interface Window {
    /** The Electron preload bridge; absent in a browser on the headless host. Only api/ reads it. */
    monps?: Bridge;
  }
}
