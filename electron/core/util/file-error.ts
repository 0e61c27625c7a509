/**
 * File-system failures in words: one line naming the path and the reason ("permission denied",
 * "it is a folder"…), never a stack or a raw `EACCES`. Used by every writer of user-chosen
 * files (exports, backups) and by the CLI for any file error that reaches it.
 */

/** errno code → the reason in words. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a folder (give a file name)',
  ENOTDIR: 'a part of the path is not a folder',
  ENOENT: 'no such file or folder',
  EEXIST: 'it exists already',
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'disk quota exceeded',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  EBUSY: 'it is busy (in use by another program)',
  ELOOP: 'too many symbolic links',
  EIO: 'input/output error',
  EXDEV: 'cannot move it across file systems',
};

export interface ErrnoLike {
  code?: string;
  path?: string;
  syscall?: string;
  message?: string;
}

export const isErrno = (e: unknown): e is ErrnoLike & Error =>
  e instanceof Error && typeof (e as ErrnoLike).code === 'string' && /^E[A-Z]+$/.test((e as ErrnoLike).code as string);

/** The reason of a file-system error in words (falls back on the system's text without the code). */
export function fileReason(e: unknown): string {
  if (isErrno(e)) {
    const known = REASONS[e.code as string];
    if (known) return known;
    // "EFOO: some text, open '/x'" → "some text"
    const m = /^E[A-Z]+: ([^,]+)/.exec(e.message ?? '');
    if (m) return m[1] as string;
  }
  return e instanceof Error ? e.message : String(e);
}

/** A failure writing or reading one file: `message` is "PATH: reason". */
export class FileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly code: string | null = null,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'FileError';
  }

  static from(path: string, e: unknown): FileError {
    if (e instanceof FileError) return e;
    return new FileError(path, fileReason(e), isErrno(e) ? (e.code ?? null) : null);
  }
}
