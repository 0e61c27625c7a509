/** `--out FILE` of the exports: refused at once (exit 2) when it is a folder or its folder is missing. */
import { checkWritableTarget } from '../../core/export/atomic-file';
import { FileError } from '../../core/util/file-error';
import { CliError } from '../cli-context';

export function checkOut(out: string): void {
  try {
    checkWritableTarget(out);
  } catch (e) {
    if (e instanceof FileError) throw new CliError(`--out ${e.message}`, 2);
    throw e;
  }
}
