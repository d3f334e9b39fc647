# cython: language_level=3
"""Tournament sort in a cdef class that owns its winner tree.

WinnerTree allocates the leaf keys and the node array in __cinit__ and frees them in
__dealloc__; infinity is represented by a sentinel above any key, and replaying a path
is a short C loop over an int array instead of Python list indexing.

Keywords: tournament sort, winner tree, knockout, selection, binary tree
"""

import cython
from cpython.mem cimport PyMem_Malloc, PyMem_Free

from cnake_charmer.benchmarks import cython_benchmark


cdef class WinnerTree:
    cdef long *leaves
    cdef int *tree
    cdef Py_ssize_t width

    def __cinit__(self, Py_ssize_t count):
        self.width = 1
        while self.width < count:
            self.width *= 2
        self.leaves = <long *>PyMem_Malloc(self.width * sizeof(long))
        self.tree = <int *>PyMem_Malloc(2 * self.width * sizeof(int))
        if self.leaves == NULL or self.tree == NULL:
            raise MemoryError()

    def __dealloc__(self):
        PyMem_Free(self.leaves)
        PyMem_Free(self.tree)

    @cython.boundscheck(False)
    @cython.wraparound(False)
    cdef inline void play(self, Py_ssize_t node) noexcept:
        cdef int a = self.tree[2 * node], b = self.tree[2 * node + 1]
        self.tree[node] = a if self.leaves[a] <= self.leaves[b] else b

    cdef void build(self) noexcept:
        cdef Py_ssize_t i
        for i in range(self.width):
            self.tree[self.width + i] = <int>i
        for i in range(self.width - 1, 0, -1):
            self.play(i)

    cdef long replay(self, int leaf) noexcept:
        cdef Py_ssize_t node = (leaf + self.width) // 2
        cdef long matches = 0
        while node >= 1:
            self.play(node)
            matches += 1
            node //= 2
        return matches


@cython_benchmark(args=(30000, 41))
@cython.boundscheck(False)
@cython.wraparound(False)
def tournament_tree_sort(Py_ssize_t n, long long seed):
    """Tournament-sort n LCG values; return (matches replayed, checksum, samples)."""
    if n <= 0:
        return 0, 0, []
    cdef long INF = 2147483647
    cdef Py_ssize_t i
    cdef int winner
    cdef long v
    cdef long matches = 0
    cdef long long checksum = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef WinnerTree t = WinnerTree(n)
    cdef Py_ssize_t step = max(1, n // 10)
    cdef list samples = []
    for i in range(t.width):
        if i < n:
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            t.leaves[i] = <long>(state % 999983)
        else:
            t.leaves[i] = INF
    t.build()
    for i in range(n):
        winner = t.tree[1]
        v = t.leaves[winner]
        checksum = (checksum + (i % 101) * v) % 1000000007
        if i % step == 0:
            samples.append(v)
        t.leaves[winner] = INF
        matches += t.replay(winner)
    return matches, checksum, samples
