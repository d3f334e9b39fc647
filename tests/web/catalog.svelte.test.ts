import { describe, expect, it } from 'vitest';
import type { PairIndex } from '../../server/api/contract.ts';
import { Catalog } from '../../web/src/lib/catalog.svelte.ts';

const index: PairIndex = {
  pairs: [
    { name: 'fizzbuzz', category: 'algorithms', summary: 'FizzBuzz words', keywords: ['modulo', 'seed'], features: ['typed_def_args'], speedup: 2.5 },
    { name: 'bubble_sort', category: 'sorting', summary: 'Bubble sort', keywords: ['swap'], features: ['memoryviews', 'typed_def_args'], speedup: 40 },
    { name: 'merge_sort', category: 'sorting', summary: 'Merge sort', keywords: ['divide and conquer'], features: ['memoryviews'], speedup: null },
  ],
  categories: [
    { id: 'algorithms', title: 'Classic algorithms', description: '', count: 1 },
    { id: 'sorting', title: 'Sorting', description: '', count: 2 },
    { id: 'graph', title: 'Graphs', description: '', count: 0 },
  ],
  features: [{ id: 'memoryviews', title: 'Typed memoryviews' }, { id: 'typed_def_args', title: 'Typed def arguments' }],
};

async function loaded(): Promise<Catalog> {
  const catalog = new Catalog(async () => ({ ok: true, value: index }));
  await catalog.load();
  return catalog;
}

describe('Catalog', () => {
  it('groups pairs under their categories with counts, hiding empty ones', async () => {
    const catalog = await loaded();
    expect(catalog.groups.map((g) => [g.id, g.count, g.pairs.map((p) => p.name)])).toEqual([
      ['algorithms', 1, ['fizzbuzz']],
      ['sorting', 2, ['bubble_sort', 'merge_sort']],
    ]);
  });

  it('searches names, summaries and keywords, every term must match', async () => {
    const catalog = await loaded();
    catalog.search('divide');
    expect(catalog.visible.map((p) => p.name)).toEqual(['merge_sort']);
    catalog.search('sort swap');
    expect(catalog.visible.map((p) => p.name)).toEqual(['bubble_sort']);
    catalog.search('  ');
    expect(catalog.visible).toHaveLength(3);
    expect(catalog.filtering).toBe(false);
  });

  it('filters by Cython feature', async () => {
    const catalog = await loaded();
    catalog.filterByFeature('memoryviews');
    expect(catalog.visible.map((p) => p.name)).toEqual(['bubble_sort', 'merge_sort']);
    expect(catalog.groups.map((g) => g.id)).toEqual(['sorting']);
    expect(catalog.featureTitle('memoryviews')).toBe('Typed memoryviews');
  });

  it('sorts by speedup, unbenchmarked pairs last', async () => {
    const catalog = await loaded();
    catalog.sortBy('speedup');
    expect(catalog.visible.map((p) => p.name)).toEqual(['bubble_sort', 'fizzbuzz', 'merge_sort']);
  });

  it('checks new names against the index and reports a failed load', async () => {
    const catalog = await loaded();
    expect(catalog.isNameTaken('fizzbuzz')).toBe(true);
    expect(catalog.isNameTaken('new_pair')).toBe(false);
    const offline = new Catalog(async () => ({ ok: false, kind: 'offline', message: 'Cannot reach the server.' }));
    await offline.load();
    expect(offline.error).toMatch(/Cannot reach the server/);
    expect(offline.groups).toEqual([]);
  });
});
