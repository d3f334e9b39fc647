/** Export must produce files git and unzip accept, at the dataset's paths. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../web/src/lib/drafts/draft.ts';
import { crc32, datasetPaths, draftZip, toPatch } from '../../web/src/lib/export.ts';

const draft: Draft = {
  name: 'sum_squares', category: 'numerical', basedOn: null,
  python: '"""Sum."""\n\ndef sum_squares(n: int) -> int:\n    return sum(i * i for i in range(n))\n',
  cython: 'def sum_squares(long n):\n    cdef long i, t = 0\n    for i in range(n):\n        t += i * i\n    return t', // no final newline
  createdAt: 1, savedAt: 2,
};

const dirs: string[] = [];
function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cnake-export-'));
  dirs.push(dir);
  execFileSync('git', ['init', '-q', dir]);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('export', () => {
  it('places the files as in the dataset', () => {
    expect(datasetPaths(draft)).toEqual({
      python: 'dataset/cnake_charmer/py/numerical/sum_squares.py',
      cython: 'dataset/cnake_charmer/cy/numerical/sum_squares.pyx',
    });
  });

  it('writes a patch that git applies for a new pair', () => {
    const dir = repo();
    writeFileSync(join(dir, 'new.patch'), toPatch(draft, null));
    execFileSync('git', ['apply', 'new.patch'], { cwd: dir });
    const paths = datasetPaths(draft);
    expect(readFileSync(join(dir, paths.python), 'utf8')).toBe(draft.python);
    expect(readFileSync(join(dir, paths.cython), 'utf8')).toBe(draft.cython);
  });

  it('writes a patch that git applies over the dataset version of an edited pair', () => {
    const dir = repo();
    const paths = datasetPaths(draft);
    const original = { python: 'old python\nline two\n', cython: 'old cython\n' };
    for (const [path, text] of [[paths.python, original.python], [paths.cython, original.cython]] as const) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    writeFileSync(join(dir, 'edit.patch'), toPatch({ ...draft, basedOn: draft.name }, original));
    execFileSync('git', ['apply', 'edit.patch'], { cwd: dir });
    expect(readFileSync(join(dir, paths.python), 'utf8')).toBe(draft.python);
    expect(readFileSync(join(dir, paths.cython), 'utf8')).toBe(draft.cython);
  });

  it('writes a zip that unzips to the same files', () => {
    const dir = repo();
    writeFileSync(join(dir, 'pair.zip'), draftZip(draft));
    execFileSync('python3', ['-c', 'import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; z.extractall(sys.argv[2])', join(dir, 'pair.zip'), dir]);
    const paths = datasetPaths(draft);
    expect(readFileSync(join(dir, paths.python), 'utf8')).toBe(draft.python);
    expect(readFileSync(join(dir, paths.cython), 'utf8')).toBe(draft.cython);
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
  });
});
