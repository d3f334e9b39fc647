/** Shared set-up for engine tests: a real engine (local sandbox, real Cython + gcc) on a fresh cache. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../../server/engine/engine.ts';
import { LocalSandbox } from '../../server/engine/sandbox/local.ts';

export async function freshEngine(): Promise<{ engine: Engine; dispose: () => void }> {
  const cacheRoot = mkdtempSync(join(tmpdir(), 'cnake-test-'));
  const engine = await Engine.create({ sandbox: new LocalSandbox(), workers: 1, cacheRoot });
  return {
    engine,
    dispose: () => {
      engine.close();
      rmSync(cacheRoot, { recursive: true, force: true });
    },
  };
}

/** A small well-formed pair; `body` replaces the Cython function body. */
export function pair(opts: { name?: string; pyBody?: string; cyBody?: string; cases?: string; args?: string; cyHeader?: string; tolerance?: string } = {}) {
  const name = opts.name ?? 'square_sum';
  const args = opts.args ?? '(10,)';
  const cases = opts.cases ?? '[(0,), (1,), (5,)]';
  const tol = opts.tolerance ? `, tolerance=${opts.tolerance}` : '';
  const python = `"""Sum of squares below n.

Keywords: test
"""
from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=${args}, cases=${cases}${tol})
def ${name}(n: int) -> int:
${opts.pyBody ?? '    return sum(i * i for i in range(n))'}
`;
  const cython = `# cython: language_level=3
"""Sum of squares below n, typed.

Keywords: test
"""
${opts.cyHeader ?? ''}
from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=${args})
def ${name}(long n):
${opts.cyBody ?? '    cdef long i, total = 0\n    for i in range(n):\n        total += i * i\n    return total'}
`;
  return { python, cython };
}
