/** Any error as the one line `monps:` prints: a file error names its path and the reason in words. */
import { FileError, fileReason, isErrno } from '../core/util/file-error';
import { redact } from '../core/util/logger';

export function errorLine(e: unknown): string {
  if (e instanceof FileError) return redact(e.message);
  if (isErrno(e)) {
    const path = e.path ?? /'([^']+)'/.exec(e.message ?? '')?.[1];
    return redact(path ? `${path}: ${fileReason(e)}` : fileReason(e));
  }
  return uiWords(redact(e instanceof Error ? e.message : String(e)));
}

/** The core's messages name the UI's places in English; the French UI calls Settings "Réglages". */
export const uiWords = (text: string): string => text.replace(/\bSettings\b(?! \(Réglages\))/g, 'Settings (Réglages)');
