/**
 * `npm run coverage` — which Cython features the dataset's .pyx sources use, and by how many
 * pairs. Exit code 1 when fewer than COVERAGE_GOAL.features features reach
 * COVERAGE_GOAL.pairsPerFeature pairs each.
 */
import { discoverPairs, readPair } from '../engine/dataset.ts';
import { COVERAGE_GOAL, featureCoverage } from '../engine/features.ts';

const items = discoverPairs().pairs.map((p) => ({ name: p.name, cython: readPair(p).cython }));
const coverage = featureCoverage(items).sort((a, b) => b.pairs.length - a.pairs.length);
const width = Math.max(...coverage.map((c) => c.title.length));
for (const c of coverage) {
  const mark = c.pairs.length >= COVERAGE_GOAL.pairsPerFeature ? '✓' : c.pairs.length ? '·' : '✗';
  console.log(`${mark} ${c.title.padEnd(width)}  ${String(c.pairs.length).padStart(4)}  ${c.id}`);
}
const met = coverage.filter((c) => c.pairs.length >= COVERAGE_GOAL.pairsPerFeature).length;
console.log(`\n${met} of ${coverage.length} features used by ≥ ${COVERAGE_GOAL.pairsPerFeature} pairs (goal: ${COVERAGE_GOAL.features}) across ${items.length} pairs`);
process.exit(met >= COVERAGE_GOAL.features ? 0 : 1);
