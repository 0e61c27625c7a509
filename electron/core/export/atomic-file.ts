/**
 * Writing a file the user named without ever leaving a half file or a stray temp file: the
 * content goes to a hidden temp file in the same folder (same file system, so the rename is
 * atomic), renamed over the target on success and removed on any error. Every failure is one
 * FileError naming the target and the reason ("permission denied", "it is a folder"…).
 */
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { FileError, fileReason, isErrno } from '../util/file-error';

/** Refuses at once a target that is a folder or whose folder does not exist. */
export function checkWritableTarget(out: string): void {
  let st: Stats | null = null;
  try {
    st = statSync(out);
  } catch (e) {
    if (!(isErrno(e) && e.code === 'ENOENT')) throw FileError.from(out, e);
  }
  if (st?.isDirectory()) throw new FileError(out, fileReason(Object.assign(new Error('EISDIR'), { code: 'EISDIR' })), 'EISDIR');
  const dir = dirname(resolve(out));
  let d: Stats;
  try {
    d = statSync(dir);
  } catch (e) {
    if (isErrno(e) && e.code === 'ENOENT') throw new FileError(out, `the folder ${dir} does not exist`, 'ENOENT');
    throw FileError.from(out, e);
  }
  if (!d.isDirectory()) throw new FileError(out, `${dir} is not a folder`, 'ENOTDIR');
}

/** A hidden temp name next to `out`, unique to this process and call. */
export function tempPathFor(out: string): string {
  return join(dirname(resolve(out)), `.${basename(out)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Writes `content` to `out` atomically (temp file, rename); throws a FileError. */
export function writeFileAtomicSync(out: string, content: string | Uint8Array): void {
  checkWritableTarget(out);
  const tmp = tempPathFor(out);
  try {
    writeFileSync(tmp, content, { flag: 'wx' });
    renameSync(tmp, out);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw FileError.from(out, e);
  }
}

/** Streams `chunks` into `out` atomically; the producer's own errors also remove the temp file. */
export async function writeChunksAtomic(out: string, chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  checkWritableTarget(out);
  const tmp = tempPathFor(out);
  let fh: FileHandle | null = null;
  try {
    fh = await open(tmp, 'wx');
    for await (const c of chunks) if (c.length) await fh.write(c);
    await fh.close();
    fh = null;
    await rename(tmp, out);
  } catch (e) {
    await fh?.close().catch(() => undefined);
    await rm(tmp, { force: true });
    // a failure of the data itself (a query) is not a file problem: keep its own message
    if (!isErrno(e)) throw e;
    throw FileError.from(out, e);
  }
}
