import type { IpcError, IpcErrorCode } from '../../../shared/ipc/result';
import { getTranslator } from '../i18n/translate';

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

/**
 * The message to show for anything a call may throw: a host error's code in the page's language
 * (`error.<CODE>` of the catalogue, the host's detail after it), else the error's text.
 */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) {
    const lang = typeof document !== 'undefined' && document.documentElement.lang === 'en' ? 'en' : 'fr';
    return getTranslator(lang).errorText(e.code, e.message, e.message);
  }
  if (e instanceof Error) return e.message;
  return String(e);
}
