/** The starting point of a new pair, in the seed pair's style (docstring, type hints, cdef types). */
export function pairTemplate(category: string, name: string): { python: string; cython: string } {
  const title = name.replaceAll('_', ' ');
  const python = `"""${title[0]?.toUpperCase() ?? ''}${title.slice(1)}: say what the function computes and why it is a good Cython example.

Keywords: ${category.replaceAll('_', ' ')}, loops
"""

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(100000,), cases=[(0,), (1,), (10,)])
def ${name}(n: int) -> int:
    """Return the sum of i * i for i in 0..n-1."""
    total = 0
    for i in range(n):
        total += i * i
    return total
`;
  const cython = `# cython: language_level=3
"""${title[0]?.toUpperCase() ?? ''}${title.slice(1)} with a typed loop: say what the types change.

Keywords: ${category.replaceAll('_', ' ')}, loops
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(100000,))
def ${name}(long long n):
    """Return the sum of i * i for i in 0..n-1."""
    cdef long long total = 0
    cdef long long i
    for i in range(n):
        total += i * i
    return total
`;
  return { python, cython };
}
