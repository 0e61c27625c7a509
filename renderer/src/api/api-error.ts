import type { IpcError, IpcErrorCode } from '../../../shared/ipc/result';

/** The error every failed `api.call` throws: the host's code and message, unchanged. */
export class ApiError extends Error implements IpcError {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** The message to show for anything a call may throw. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
