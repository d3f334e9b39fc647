/**
 * `npm run similar [-- --threshold 0.5] [--top N]` — the near-duplicate check: pairs whose
 * Python or Cython sides share too many normalised token shingles. Exit code 1 when any
 * two pairs reach the threshold.
 */
import { discoverPairs, readPair } from '../engine/dataset.ts';
import { keywordsOf, moduleDocstring } from '../catalog.ts';
import { NEAR_DUPLICATE, relatedTopics, similarPairs } from '../engine/similarity.ts';
import { intFlag, parseArgs } from './args.ts';

const args = parseArgs(process.argv.slice(2), ['threshold', 'top']);
const threshold = Number(args.flags.get('threshold') ?? NEAR_DUPLICATE);
const top = intFlag(args, 'top', 10);
const items = discoverPairs().pairs.map((p) => ({ name: p.name, ...readPair(p) }));
const all = similarPairs(items, 0);
const flagged = all.filter((p) => p.similarity >= threshold);
console.log(`most similar of ${items.length} pairs (${all.length} comparisons with any overlap):`);
for (const p of all.slice(0, top)) console.log(`  ${p.similarity.toFixed(3)}  ${p.side.padEnd(7)} ${p.a} ~ ${p.b}`);
const topics = relatedTopics(items.map((i) => ({ name: i.name, keywords: keywordsOf(moduleDocstring(i.python)) })), top);
console.log('\nclosest by topic (name and keywords; for review, not a failure):');
for (const t of topics) console.log(`  ${t.similarity.toFixed(3)}  ${t.a} ~ ${t.b}  [${t.shared.join(', ')}]`);
if (flagged.length) {
  console.log(`\n${flagged.length} near-duplicate(s) at or above ${threshold}: make each pair a different problem.`);
  process.exit(1);
}
console.log(`\nno near-duplicates at or above ${threshold}`);
