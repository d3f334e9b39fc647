# cython: language_level=3
"""Fenwick tree as a cdef class over a calloc'd long long array.

The tree storage is owned by an extension type (allocated in __cinit__, freed in
__dealloc__); add and prefix are cdef methods with C integer bit tricks
(i & -i), so every operation is a short loop without Python integers.

Keywords: Fenwick tree, binary indexed tree, prefix sums, range query, point update
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef class Fenwick:
    cdef long long *tree
    cdef Py_ssize_t n

    def __cinit__(self, Py_ssize_t n):
        self.n = n
        self.tree = <long long *>calloc(n + 1, sizeof(long long))
        if self.tree == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.tree)

    @cython.boundscheck(False)
    cdef inline void add(self, Py_ssize_t i, long long delta) noexcept:
        i += 1
        while i <= self.n:
            self.tree[i] += delta
            i += i & -i

    @cython.boundscheck(False)
    cdef inline long long prefix(self, Py_ssize_t i) noexcept:
        cdef long long total = 0
        while i > 0:
            total += self.tree[i]
            i -= i & -i
        return total


@cython_benchmark(args=(100000, 80000, 8))
def fenwick_tree_prefix_sums(Py_ssize_t n, Py_ssize_t ops, long long seed):
    """Return (answer checksum, largest answer, first 8 answers); n >= 1."""
    if n < 1:
        raise ValueError("n must be positive")
    cdef Fenwick tree = Fenwick(n)
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef Py_ssize_t k, a, b, lo, hi
    cdef int kind
    cdef long long answer, checksum = 0, largest = 0
    cdef bint have = False
    cdef list first = []
    for k in range(ops):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        kind = <int>(state % 3)
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        a = <Py_ssize_t>(state % <unsigned long long>n)
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        b = <Py_ssize_t>(state % <unsigned long long>n)
        if kind:
            tree.add(a, (b % 2001) - 1000)
        else:
            lo = a if a < b else b
            hi = a if a > b else b
            answer = tree.prefix(hi + 1) - tree.prefix(lo)
            checksum = (checksum * 1000003 + answer) % 998244353
            if checksum < 0:
                checksum += 998244353
            if not have or answer > largest:
                largest = answer
                have = True
            if len(first) < 8:
                first.append(answer)
    return checksum, largest, first
