/** Dataset-wide quality gates: no near-duplicates, feature coverage, taxonomy. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverPairs, readPair } from '../../server/engine/dataset.ts';
import { COVERAGE_GOAL, featureCoverage } from '../../server/engine/features.ts';
import { datasetDir } from '../../server/engine/paths.ts';
import { NEAR_DUPLICATE, similarPairs } from '../../server/engine/similarity.ts';

const { pairs } = discoverPairs();
const items = pairs.map((p) => ({ name: p.name, category: p.category, ...readPair(p) }));

describe('dataset quality', () => {
  it('has no near-duplicate pairs', () => {
    const flagged = similarPairs(items, NEAR_DUPLICATE).map((p) => `${p.a} ~ ${p.b} (${p.side} ${p.similarity.toFixed(2)})`);
    expect(flagged).toEqual([]);
  });

  it(`covers at least ${COVERAGE_GOAL.features} Cython features, each in ${COVERAGE_GOAL.pairsPerFeature}+ pairs`, () => {
    const met = featureCoverage(items).filter((c) => c.pairs.length >= COVERAGE_GOAL.pairsPerFeature);
    expect(met.length).toBeGreaterThanOrEqual(COVERAGE_GOAL.features);
  });

  it('uses only categories declared in the taxonomy', () => {
    const taxonomy = JSON.parse(readFileSync(join(datasetDir, 'taxonomy.json'), 'utf8')) as { categories: Array<{ id: string }> };
    const declared = new Set(taxonomy.categories.map((c) => c.id));
    expect([...new Set(items.map((i) => i.category))].filter((c) => !declared.has(c))).toEqual([]);
  });
});
