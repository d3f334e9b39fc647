/** The registration decorators, exercised in the real Python the engine uses. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { datasetDir, venvPython } from '../../server/engine/paths.ts';

function py(code: string): unknown {
  const out = execFileSync(venvPython, ['-c', code], { cwd: datasetDir, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

describe('python_benchmark / cython_benchmark', () => {
  it('register the function and hand it back unchanged', () => {
    const result = py(`
import json, types, sys
from cnake_charmer.benchmarks import python_benchmark, cython_benchmark, REGISTRY
def double(n): return 2 * n
wrapped = python_benchmark(args=(7,), cases=[(0,), (1,)])(double)
mod = types.ModuleType("cnake_charmer.py.maths.triple")
exec("from cnake_charmer.benchmarks import cython_benchmark\\n@cython_benchmark(args=(3,))\\ndef triple(n): return 3 * n", mod.__dict__)
b = REGISTRY[("python", "double")]
c = REGISTRY[("cython", "triple")]
print(json.dumps({"same": wrapped is double, "call": wrapped(4), "variant": b.variant, "args": b.args,
  "all_cases": b.all_cases(), "tol": b.tolerance, "cy_category": c.category, "py_category": b.category}))
`);
    expect(result).toEqual({
      same: true, call: 8, variant: 'python', args: [7], all_cases: [[0], [1], [7]], tol: 1e-9, cy_category: 'maths', py_category: null,
    });
  });

  it('reject a tolerance looser than 1e-6 and cases that are not tuples', () => {
    const result = py(`
import json
from cnake_charmer.benchmarks import python_benchmark
errors = []
for kwargs in ({"tolerance": 1e-3}, {"cases": [5]}, {"args": 5}):
    try:
        python_benchmark(**kwargs)
        errors.append(None)
    except (ValueError, TypeError) as exc:
        errors.append(type(exc).__name__)
print(json.dumps(errors))
`);
    expect(result).toEqual(['ValueError', 'TypeError', 'TypeError']);
  });
});
