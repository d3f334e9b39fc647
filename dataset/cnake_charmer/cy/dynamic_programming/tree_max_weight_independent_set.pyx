# cython: language_level=3
"""Tree independent-set DP with a tree base class and a derived solver class.

``RootedTree`` (an extension type) owns the parent and weight arrays and generates the
tree; ``IndependentSetSolver`` inherits it and adds the take/skip ``long long`` arrays.
Because parents precede children, the DP needs no child lists: each vertex pushes its
values into its parent during one reverse sweep.

Keywords: dynamic programming, tree dp, independent set, house robber, post-order
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef class RootedTree:
    cdef int n
    cdef int *parent
    cdef long long *weight

    def __cinit__(self, int n, long long seed):
        self.n = n
        self.parent = <int *>malloc((n + 1) * sizeof(int))
        self.weight = <long long *>malloc((n + 1) * sizeof(long long))
        if self.parent == NULL or self.weight == NULL:
            raise MemoryError()
        cdef long long state = seed & 0x7FFFFFFF
        cdef int v
        for v in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            self.weight[v] = 1 + (state >> 8) % 1000
            self.parent[v] = -1
            if v:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                self.parent[v] = <int>((state >> 8) % v)

    def __dealloc__(self):
        free(self.parent)
        free(self.weight)


cdef class IndependentSetSolver(RootedTree):
    cdef long long *take
    cdef long long *skip
    cdef char *chosen

    def __cinit__(self, int n, long long seed):
        self.take = <long long *>malloc((n + 1) * sizeof(long long))
        self.skip = <long long *>calloc(n + 1, sizeof(long long))
        self.chosen = <char *>calloc(n + 1, 1)
        if self.take == NULL or self.skip == NULL or self.chosen == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.take)
        free(self.skip)
        free(self.chosen)

    @cython.boundscheck(False)
    cdef void solve(self) noexcept nogil:
        cdef int v, p
        for v in range(self.n):
            self.take[v] = self.weight[v]
        for v in range(self.n - 1, 0, -1):
            p = self.parent[v]
            self.take[p] += self.skip[v]
            self.skip[p] += self.take[v] if self.take[v] > self.skip[v] else self.skip[v]
        for v in range(self.n):
            if v > 0 and self.chosen[self.parent[v]]:
                continue
            self.chosen[v] = self.take[v] > self.skip[v]


@cython_benchmark(args=(40000, 79))
@cython.boundscheck(False)
def tree_max_weight_independent_set(int n, long long seed):
    """Return (best weight, chosen vertices, weight with root, chosen-index checksum)."""
    if n <= 0:
        return (0, 0, 0, 0)
    cdef IndependentSetSolver solver = IndependentSetSolver(n, seed)
    cdef long long checksum = 0
    cdef int v, count = 0
    solver.solve()
    for v in range(n):
        if solver.chosen[v]:
            count += 1
            checksum += v
    return (max(solver.take[0], solver.skip[0]), count, solver.take[0], checksum % 1000000007)
