/** atomic-file.ts: the target appears whole or not at all, and no temp file stays behind (issue #15 item 3). */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeChunksAtomic, writeFileAtomicSync } from '../../electron/core/export/atomic-file';
import { writeCsv } from '../../electron/core/export/write-csv';
import { FileError } from '../../electron/core/util/file-error';
import { tempDir } from '../helpers/fixtures';

describe('atomic writes', () => {
  it('a failure half-way removes the temp file and leaves an older file untouched', async () => {
    const dir = tempDir();
    const out = join(dir, 'odds.csv');
    writeFileSync(out, 'old\n');
    async function* chunks() {
      yield 'a,b\n'.repeat(10_000);
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }
    const e = await writeChunksAtomic(out, chunks()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FileError);
    expect((e as FileError).message).toBe(`${out}: no space left on the disk`);
    expect(readdirSync(dir)).toEqual(['odds.csv']);
    expect(readFileSync(out, 'utf8')).toBe('old\n');
  });

  it('a folder as the target is refused before anything is written', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'x'));
    expect(() => writeFileAtomicSync(join(dir, 'x'), 'data')).toThrow(`${join(dir, 'x')}: it is a folder (give a file name)`);
    expect(readdirSync(dir)).toEqual(['x']);
    expect(readdirSync(join(dir, 'x'))).toEqual([]);
  });

  it('writeCsv: header even without rows, every row in batches, only the file remains', async () => {
    const dir = tempDir();
    expect(await writeCsv(join(dir, 'empty.csv'), ['a', 'b'], [])).toBe(0);
    expect(readFileSync(join(dir, 'empty.csv'), 'utf8')).toBe('a,b\n');
    const rows = Array.from({ length: 2_500 }, (_, i) => [i, i % 7 === 0 ? '=cmd' : `t${i}`]);
    expect(await writeCsv(join(dir, 'many.csv'), ['n', 's'], rows)).toBe(2_500);
    const lines = readFileSync(join(dir, 'many.csv'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2_501);
    expect(lines[1]).toBe("0,'=cmd");
    expect(readdirSync(dir).sort()).toEqual(['empty.csv', 'many.csv']);
  });
});
