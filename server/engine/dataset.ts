/**
 * The dataset on disk: mirrored pairs `cnake_charmer/py/<category>/<name>.py` and
 * `cnake_charmer/cy/<category>/<name>.pyx`. Discovery reports every broken mirror and
 * every name used twice, since the name is a pair's identity everywhere (URLs, modules).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageDir } from './paths.ts';

export interface DatasetPair {
  name: string;
  category: string;
  pythonPath: string;
  cythonPath: string;
}

export interface DatasetProblem {
  name: string;
  category: string;
  message: string;
}

export interface Discovery {
  pairs: DatasetPair[];
  problems: DatasetProblem[];
}

const NAME = /^[a-z_][a-z0-9_]*$/;

function listSide(root: string, ext: string): Map<string, string[]> {
  const byCategory = new Map<string, string[]>();
  if (!existsSync(root)) return byCategory;
  for (const category of readdirSync(root).sort()) {
    const dir = join(root, category);
    if (category.startsWith('_') || category.startsWith('.') || !statSync(dir).isDirectory()) continue;
    const names = readdirSync(dir)
      .filter((f) => f.endsWith(ext) && !f.startsWith('_'))
      .map((f) => f.slice(0, -ext.length))
      .sort();
    byCategory.set(category, names);
  }
  return byCategory;
}

export function discoverPairs(root = packageDir): Discovery {
  const py = listSide(join(root, 'py'), '.py');
  const cy = listSide(join(root, 'cy'), '.pyx');
  const pairs: DatasetPair[] = [];
  const problems: DatasetProblem[] = [];
  const seen = new Map<string, string>();
  for (const category of new Set([...py.keys(), ...cy.keys()])) {
    const pyNames = new Set(py.get(category) ?? []);
    const cyNames = new Set(cy.get(category) ?? []);
    for (const name of new Set([...pyNames, ...cyNames])) {
      if (!pyNames.has(name)) {
        problems.push({ name, category, message: `cy/${category}/${name}.pyx has no Python side: add py/${category}/${name}.py` });
        continue;
      }
      if (!cyNames.has(name)) {
        problems.push({ name, category, message: `py/${category}/${name}.py has no Cython side: add cy/${category}/${name}.pyx` });
        continue;
      }
      if (!NAME.test(name)) {
        problems.push({ name, category, message: `"${name}" is not a valid pair name: use lower_snake_case` });
        continue;
      }
      const other = seen.get(name);
      if (other) {
        problems.push({ name, category, message: `the name "${name}" is used in both ${other} and ${category}: names are unique across the dataset` });
        continue;
      }
      seen.set(name, category);
      pairs.push({ name, category, pythonPath: join(root, 'py', category, `${name}.py`), cythonPath: join(root, 'cy', category, `${name}.pyx`) });
    }
  }
  pairs.sort((a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name));
  return { pairs, problems };
}

export function readPair(pair: DatasetPair): { python: string; cython: string } {
  return { python: readFileSync(pair.pythonPath, 'utf8'), cython: readFileSync(pair.cythonPath, 'utf8') };
}

/** Select pairs by name or category; unknown selectors are reported. */
export function selectPairs(pairs: DatasetPair[], selectors: string[]): { selected: DatasetPair[]; unknown: string[] } {
  if (selectors.length === 0) return { selected: pairs, unknown: [] };
  const unknown = selectors.filter((s) => !pairs.some((p) => p.name === s || p.category === s));
  const wanted = new Set(selectors);
  return { selected: pairs.filter((p) => wanted.has(p.name) || wanted.has(p.category)), unknown };
}

/** Deterministic shard I of N (1-based) by position in the sorted list. */
export function shard<T>(items: T[], index: number, count: number): T[] {
  return items.filter((_, i) => i % count === index - 1);
}

/** Drop `@python_benchmark(...)` / `@cython_benchmark(...)` (however many lines) and their import. */
export function stripBenchmarks(source: string): string {
  let out = source.replace(/^from cnake_charmer\.benchmarks import [^\n]*\n(?:[ \t]*\n)?/m, '');
  for (;;) {
    const m = /^[ \t]*@(?:python|cython)_benchmark\s*\(/m.exec(out);
    if (!m) break;
    let depth = 0;
    let i = m.index + m[0].length - 1;
    for (; i < out.length; i++) {
      const ch = out[i]!;
      if (ch === '"' || ch === "'") {
        // skip a string literal so brackets inside it do not count
        for (i++; i < out.length && out[i] !== ch; i++) if (out[i] === '\\') i++;
        continue;
      }
      if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) break;
    }
    const end = out.indexOf('\n', i);
    out = out.slice(0, m.index) + out.slice(end < 0 ? out.length : end + 1);
  }
  return out;
}
