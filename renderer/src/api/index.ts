/**
 * The renderer's only door to the host. The transport is chosen once, at start: the Electron
 * preload bridge when present, else a WebSocket to the host that served the page.
 */
import { BRIDGE_GLOBAL, type Bridge } from '../../../shared/ipc/bridge';
import { WS_PATH } from '../../../shared/ipc/ws-protocol';
import { createBridgeTransport, createNoHostTransport } from './bridge-transport';
import { createApiClient, type ApiClient } from './client';
import type { Transport } from './transport';
import { createWsTransport } from './ws-transport';
import { buildWsUrl } from './ws-url';

function chooseTransport(): Transport {
  const bridge = (window as unknown as Record<string, Bridge | undefined>)[BRIDGE_GLOBAL];
  if (bridge && typeof bridge.on === 'function' && bridge.invoke) return createBridgeTransport(bridge);
  const url = buildWsUrl(window.location, WS_PATH);
  return url ? createWsTransport(url) : createNoHostTransport();
}

export const api: ApiClient = createApiClient(chooseTransport());

export { ApiError, errorMessage, isApiError } from './api-error';
export type { ApiClient } from './client';
export type { ConnectionState } from './transport';
