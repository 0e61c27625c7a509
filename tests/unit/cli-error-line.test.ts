/** How an error becomes the one line `monps:` prints (issue #15 items 3 and 5). */
import { describe, expect, it } from 'vitest';
import { errorLine, uiWords } from '../../electron/cli/error-line';
import { FileError } from '../../electron/core/util/file-error';

const errno = (code: string, message: string, path?: string) => Object.assign(new Error(message), { code, path });

describe('errorLine', () => {
  it('a raw file-system error: the path and the reason in words, no code', () => {
    expect(errorLine(errno('EACCES', "EACCES: permission denied, open '/srv/x.csv'", '/srv/x.csv'))).toBe('/srv/x.csv: permission denied');
    expect(errorLine(errno('EISDIR', "EISDIR: illegal operation on a directory, open '/tmp'"))).toBe(
      '/tmp: it is a folder (give a file name)',
    );
    expect(errorLine(errno('EWEIRD', "EWEIRD: something odd, open '/x'", '/x'))).toBe('/x: something odd');
  });

  it('a FileError as it is', () => {
    expect(errorLine(new FileError('/a/b.csv', 'no space left on the disk'))).toBe('/a/b.csv: no space left on the disk');
  });

  it("the core's English place names get the French UI's word", () => {
    expect(uiWords('The Odds API key was refused — open Settings and check it')).toBe(
      'The Odds API key was refused — open Settings (Réglages) and check it',
    );
    expect(uiWords('Settings (Réglages) → x')).toBe('Settings (Réglages) → x');
    expect(errorLine(new Error('open Settings'))).toBe('open Settings (Réglages)');
  });
});
