/** Dataset discovery on a scratch tree: broken mirrors and reused names are reported. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverPairs, selectPairs, shard } from '../../server/engine/dataset.ts';

const root = mkdtempSync(join(tmpdir(), 'cnake-discovery-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
function touch(path: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), '');
}

describe('discoverPairs', () => {
  it('pairs mirrored files and reports the rest', () => {
    touch('py/sorting/bubble.py');
    touch('cy/sorting/bubble.pyx');
    touch('py/sorting/lonely.py');
    touch('cy/graph/orphan.pyx');
    touch('py/graph/bubble.py');
    touch('cy/graph/bubble.pyx');
    touch('py/graph/BadName.py');
    touch('cy/graph/BadName.pyx');
    touch('py/graph/__init__.py');
    const { pairs, problems } = discoverPairs(root);
    expect(pairs.map((p) => `${p.category}/${p.name}`)).toEqual(['graph/bubble']); // first by category order
    const messages = problems.map((p) => p.message).join('\n');
    expect(messages).toContain('py/sorting/lonely.py has no Cython side');
    expect(messages).toContain('cy/graph/orphan.pyx has no Python side');
    expect(messages).toContain('the name "bubble" is used in both graph and sorting');
    expect(messages).toContain('"BadName" is not a valid pair name');
  });

  it('selects by name or category and shards deterministically', () => {
    const pairs = ['a', 'b', 'c', 'd', 'e'].map((name, i) => ({ name, category: i < 2 ? 'x' : 'y', pythonPath: '', cythonPath: '' }));
    expect(selectPairs(pairs, ['x', 'e']).selected.map((p) => p.name)).toEqual(['a', 'b', 'e']);
    expect(selectPairs(pairs, ['nope']).unknown).toEqual(['nope']);
    const shards = [1, 2, 3].map((i) => shard(pairs, i, 3).map((p) => p.name));
    expect(shards).toEqual([['a', 'd'], ['b', 'e'], ['c']]);
  });
});
