/**
 * The dataset as the API shows it: built once at start-up from the pairs on disk, the taxonomy
 * and the committed benchmark baseline. Summary and keywords come from the Python side's module
 * docstring (its first line; its `Keywords:` line); features are detected from the .pyx.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { PairDetail, PairIndex, PairSummary } from './api/contract.ts';
import { discoverPairs, readPair } from './engine/dataset.ts';
import { detectFeatures, FEATURES } from './engine/features.ts';
import { datasetDir, packageDir } from './engine/paths.ts';
import { readBaseline, type Baseline } from './engine/baseline.ts';

const taxonomySchema = z.object({
  categories: z.array(z.object({ id: z.string(), title: z.string(), description: z.string() })),
});


/** The module docstring of a Python source, or '' when it has none. */
export function moduleDocstring(source: string): string {
  const m = /^(?:\s*#[^\n]*\n|\s*\n)*\s*[rRuU]?("""|''')([\s\S]*?)\1/.exec(source);
  return m ? m[2]!.trim() : '';
}

export function summaryOf(docstring: string): string {
  return docstring.split('\n')[0]?.trim() ?? '';
}

export function keywordsOf(docstring: string): string[] {
  const m = /^\s*Keywords:\s*(.*)$/im.exec(docstring);
  if (!m) return [];
  return m[1]!.split(',').map((k) => k.trim()).filter(Boolean);
}

function readJson(path: string): unknown {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : null;
}

export class Catalog {
  readonly index: PairIndex;
  /** The benchmark baseline the speedups came from (null when missing or unreadable). */
  readonly baseline: Baseline | null;
  #details: Map<string, PairDetail>;

  private constructor(index: PairIndex, baseline: Baseline | null, details: Map<string, PairDetail>) {
    this.index = index;
    this.baseline = baseline;
    this.#details = details;
  }

  static load(options: { packageRoot?: string; taxonomyPath?: string; baselinePath?: string } = {}): Catalog {
    const taxonomy = taxonomySchema.parse(readJson(options.taxonomyPath ?? join(datasetDir, 'taxonomy.json')));
    let baseline: Baseline | null = null;
    try {
      baseline = readBaseline(options.baselinePath);
    } catch (e) {
      // A malformed baseline must not take the playground down: no speedups is the honest answer.
      console.warn(`cnake: ${e instanceof Error ? e.message : String(e)}; serving the index without speedups`);
    }
    const details = new Map<string, PairDetail>();
    const pairs: PairSummary[] = [];
    for (const pair of discoverPairs(options.packageRoot ?? packageDir).pairs) {
      const { python, cython } = readPair(pair);
      const doc = moduleDocstring(python);
      const summary: PairSummary = {
        name: pair.name,
        category: pair.category,
        summary: summaryOf(doc),
        keywords: keywordsOf(doc),
        features: detectFeatures(cython),
        speedup: baseline?.pairs[pair.name]?.speedup ?? null,
      };
      pairs.push(summary);
      details.set(pair.name, { ...summary, python, cython });
    }
    const counts = new Map<string, number>();
    for (const p of pairs) counts.set(p.category, (counts.get(p.category) ?? 0) + 1);
    const index: PairIndex = {
      pairs,
      categories: taxonomy.categories.map((c) => ({ ...c, count: counts.get(c.id) ?? 0 })),
      features: FEATURES.map((f) => ({ id: f.id, title: f.title })),
    };
    return new Catalog(index, baseline, details);
  }

  pair(name: string): PairDetail | null {
    return this.#details.get(name) ?? null;
  }
}
