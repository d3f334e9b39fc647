/**
 * `npm run export -- [--out FILE] [--strip-benchmarks]` — the training export: one JSON
 * record per pair (JSONL), loadable with the Hugging Face `datasets` JSON loader
 * (`load_dataset("json", data_files="cnake_charmer.jsonl")`). --strip-benchmarks removes
 * the registration decorators and their import, for clean prompt/target text.
 */
import { writeFileSync } from 'node:fs';
import { Catalog, moduleDocstring } from '../catalog.ts';
import { parseArgs } from './args.ts';
import { stripBenchmarks } from '../engine/dataset.ts';

function description(docstring: string): string {
  return docstring.split('\n').filter((l) => !/^\s*Keywords:/i.test(l)).join('\n').trim();
}

const args = parseArgs(process.argv.slice(2), ['out']);
const out = typeof args.flags.get('out') === 'string' ? (args.flags.get('out') as string) : 'cnake_charmer.jsonl';
const strip = args.flags.has('strip-benchmarks');
const catalog = Catalog.load();
const baseline = catalog.baseline;
const lines: string[] = [];
for (const summary of catalog.index.pairs) {
  const detail = catalog.pair(summary.name)!;
  const measured = baseline?.pairs[summary.name];
  lines.push(JSON.stringify({
    name: summary.name,
    category: summary.category,
    description: description(moduleDocstring(detail.python)),
    keywords: summary.keywords,
    python: strip ? stripBenchmarks(detail.python) : detail.python,
    cython: strip ? stripBenchmarks(detail.cython) : detail.cython,
    features: summary.features,
    speedup: measured?.speedup ?? null,
    python_fraction: measured?.python_fraction ?? null,
    versions: baseline?.toolchain ? { cython: baseline.toolchain.cython, python: baseline.toolchain.python, cc: baseline.toolchain.cc } : null,
  }));
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`exported ${lines.length} pairs to ${out}${strip ? ' (benchmark decorators stripped)' : ''}`);
