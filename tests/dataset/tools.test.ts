/** The dataset tools' logic on small inputs: similarity, features, decorator stripping, regressions. */
import { describe, expect, it } from 'vitest';
import { findRegressions, type Baseline } from '../../server/cli/baseline.ts';
import type { CheckJson } from '../../server/cli/check-json.ts';
import { stripBenchmarks } from '../../server/engine/dataset.ts';
import { detectFeatures } from '../../server/engine/features.ts';
import { jaccard, NEAR_DUPLICATE, relatedTopics, shingles, similarPairs } from '../../server/engine/similarity.ts';
import { pair } from '../engine/helpers.ts';

describe('near-duplicate similarity', () => {
  it('sees through renamed identifiers and changed constants', () => {
    const a = pair().cython;
    const renamed = a.replaceAll('square_sum', 'sum_sq').replaceAll('total', 'acc').replace('(10,)', '(99,)');
    expect(jaccard(shingles(a), shingles(renamed))).toBe(1);
  });

  it('ignores idiom most pairs share, and still flags a copy among many pairs', () => {
    const lcg = '    state = seed\n    data = []\n    for _ in range(n):\n        state = (state * 1103515245 + 12345) & 0x7FFFFFFF\n        data.append(state % 1000)\n';
    const bodies = [
      'return sorted(data)[len(data) // 2]', 'return max(data) - min(data)', 'return sum(x * x for x in data)',
      'return len(set(data))', 'return [x for x in data if x % 2][:5]', 'return data.count(0)',
    ];
    const items = bodies.map((body, i) => ({ name: `p${i}`, python: `def p${i}(n, seed):\n${lcg}    ${body}\n`, cython: `x${i} = ${i}` }));
    const copy = { name: 'copy', python: items[2]!.python.replaceAll('p2', 'q2'), cython: 'y = 1' };
    const flagged = similarPairs([...items, copy], NEAR_DUPLICATE);
    expect(flagged.map((p) => [p.a, p.b])).toEqual([['p2', 'copy']]);
  });

  it('scores different algorithms low', () => {
    const a = pair().python;
    const b = `def collatz(n: int) -> int:\n    steps = 0\n    while n != 1:\n        n = n // 2 if n % 2 == 0 else 3 * n + 1\n        steps += 1\n    return steps\n`;
    expect(jaccard(shingles(a), shingles(b))).toBeLessThan(0.2);
  });
});

describe('relatedTopics', () => {
  it('pairs the same problem by its rare topic words, ignoring words many pairs share', () => {
    const common = ['lcg', 'simulation'];
    const items = [
      { name: 'logistic_regression_sgd', keywords: ['logistic regression', 'sigmoid', ...common] },
      { name: 'logistic_regression_gd', keywords: ['logistic regression', 'sigmoid', 'batch', ...common] },
      ...Array.from({ length: 8 }, (_, i) => ({ name: `other_${'abcdefgh'[i]}_pair`, keywords: [`topic${i}`, ...common] })),
    ];
    const [first] = relatedTopics(items, 3);
    expect(first).toMatchObject({ a: 'logistic_regression_sgd', b: 'logistic_regression_gd' });
    expect(first!.shared).toEqual(expect.arrayContaining(['logistic', 'regression', 'sigmoid']));
    expect(first!.shared).not.toContain('lcg');
  });
});

describe('feature detection', () => {
  it('finds features in code and ignores them in comments and docstrings', () => {
    const src = '"""Uses prange and malloc, in prose only."""\n# cdef class Fake\nfrom libc.math cimport sqrt\ncdef inline double f(double x) noexcept nogil:\n    return sqrt(x)\n';
    const found = detectFeatures(src);
    expect(found).toEqual(expect.arrayContaining(['libc_math', 'inline_function', 'noexcept', 'nogil_function']));
    expect(found).not.toContain('prange');
    expect(found).not.toContain('malloc_free');
    expect(found).not.toContain('cdef_class');
  });

  it('tells pointers from multiplication', () => {
    expect(detectFeatures('def f(long x, long y):\n    return g(x * y, x *y)\n')).not.toContain('pointer');
    expect(detectFeatures('cdef double total(const double *xs, int n) noexcept:\n    return xs[0]\n')).toContain('pointer');
    expect(detectFeatures('def f(n):\n    buf = <int *> malloc(n)\n')).toContain('pointer');
  });
});

describe('stripBenchmarks', () => {
  it('removes the decorator (even over several lines) and its import, nothing else', () => {
    const src = 'import math\nfrom cnake_charmer.benchmarks import python_benchmark\n\n@python_benchmark(\n    args=(10,),\n    cases=[(0,), (")",)],\n)\ndef f(n):\n    return n\n';
    expect(stripBenchmarks(src)).toBe('import math\ndef f(n):\n    return n\n');
  });
});

describe('findRegressions', () => {
  const entry = (speedup: number, iqr = 0.001) => ({ speedup, python_s: 0.1, cython_s: 0.1 / speedup, python_iqr_s: iqr * 0.1, cython_iqr_s: (iqr * 0.1) / speedup, python_fraction: 0.1 });
  const baseline: Baseline = { created: '', machine: { cpu: '', cores: 2, os: '' }, toolchain: {} as Baseline['toolchain'], pairs: { a: entry(50), b: entry(50), c: entry(50, 0.2) } };
  const run = (speedups: Record<string, number>): CheckJson => ({
    summary: { total: 0, passed: 0, failed: 0, seconds: 0, bench: true, jobs: 1 },
    toolchain: {} as CheckJson['toolchain'],
    pairs: Object.entries(speedups).map(([name, s]) => {
      const e = entry(s, name === 'c' ? 0.2 : 0.001);
      return { name, category: 'x', status: 'pass' as const, cases: 4, speedup: s, python_s: e.python_s, cython_s: e.cython_s, python_iqr_s: e.python_iqr_s, cython_iqr_s: e.cython_iqr_s };
    }),
  });

  it('flags a drop beyond the noise and forgives one within it', () => {
    const found = findRegressions(baseline, run({ a: 30, b: 47, c: 30 }));
    expect(found.map((r) => r.name)).toEqual(['a']); // c is noisy: a 40 % drop is within 3× its spread
  });
});
