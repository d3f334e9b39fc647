/** The dataset index: docstring summary and keywords, features, categories and the speedup baseline. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Catalog, keywordsOf, moduleDocstring, summaryOf } from '../../server/catalog.ts';
import { pair } from './helpers.ts';

const root = mkdtempSync(join(tmpdir(), 'cnake-catalog-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function dataset(baseline: unknown): { packageRoot: string; taxonomyPath: string; baselinePath: string } {
  const dir = mkdtempSync(join(root, 'ds-'));
  const packageRoot = join(dir, 'pkg');
  const { python, cython } = pair({ name: 'square_sum' });
  mkdirSync(join(packageRoot, 'py', 'numerical'), { recursive: true });
  mkdirSync(join(packageRoot, 'cy', 'numerical'), { recursive: true });
  writeFileSync(join(packageRoot, 'py', 'numerical', 'square_sum.py'), python);
  writeFileSync(join(packageRoot, 'cy', 'numerical', 'square_sum.pyx'), cython);
  const taxonomyPath = join(dir, 'taxonomy.json');
  writeFileSync(taxonomyPath, JSON.stringify({ version: 1, categories: [
    { id: 'numerical', title: 'Numerical', description: 'n' }, { id: 'graph', title: 'Graphs', description: 'g' },
  ] }));
  const baselinePath = join(dir, 'baseline.json');
  if (baseline !== undefined) writeFileSync(baselinePath, JSON.stringify(baseline));
  return { packageRoot, taxonomyPath, baselinePath };
}

describe('docstrings', () => {
  it('reads the module docstring after comments and blank lines', () => {
    const doc = moduleDocstring('# a comment\n\n"""First line.\n\nMore.\n\nKeywords: a, b c ,d\n"""\nx = 1\n');
    expect(summaryOf(doc)).toBe('First line.');
    expect(keywordsOf(doc)).toEqual(['a', 'b c', 'd']);
  });

  it('gives empty answers when there is no docstring', () => {
    expect(moduleDocstring('x = """not a docstring"""\n')).toBe('');
    expect(keywordsOf('')).toEqual([]);
  });
});

describe('Catalog', () => {
  it('builds the index with counts per category and the recorded speedup', () => {
    const catalog = Catalog.load(dataset({ pairs: { square_sum: { speedup: 12.5, python_s: 1 } } }));
    expect(catalog.index.pairs).toEqual([{
      name: 'square_sum', category: 'numerical', summary: 'Sum of squares below n.', keywords: ['test'],
      features: expect.arrayContaining(['file_directives', 'typed_def_args']) as unknown as string[], speedup: 12.5,
    }]);
    expect(catalog.index.categories.map((c) => [c.id, c.count])).toEqual([['numerical', 1], ['graph', 0]]);
    expect(catalog.pair('square_sum')?.cython).toContain('cdef long i');
    expect(catalog.pair('nope')).toBeNull();
  });

  it('treats a missing or malformed baseline as no speedup', () => {
    expect(Catalog.load(dataset(undefined)).index.pairs[0]?.speedup).toBeNull();
    expect(Catalog.load(dataset({ pairs: 'oops' })).index.pairs[0]?.speedup).toBeNull();
  });
});
