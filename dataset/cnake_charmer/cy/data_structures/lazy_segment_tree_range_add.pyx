# cython: language_level=3
"""Lazy segment tree in a final cdef class with int64 C arrays.

The sum and pending-add arrays are int64_t buffers owned by a @cython.final
extension type (allocated in __cinit__, freed in __dealloc__); the recursive add and
query are cdef methods, which final lets Cython call directly without a vtable.

Keywords: segment tree, lazy propagation, range update, range sum, recursion
"""

import cython
from libc.stdint cimport int64_t
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.final
cdef class LazyTree:
    cdef int64_t *total
    cdef int64_t *lazy
    cdef int n

    def __cinit__(self, int n):
        self.n = n
        self.total = <int64_t *>calloc(4 * n, sizeof(int64_t))
        self.lazy = <int64_t *>calloc(4 * n, sizeof(int64_t))
        if self.total == NULL or self.lazy == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.total)
        free(self.lazy)

    cdef inline void apply(self, int node, int length, int64_t delta) noexcept:
        self.total[node] += delta * length
        self.lazy[node] += delta

    cdef inline void push(self, int node, int lo, int hi) noexcept:
        cdef int mid
        if self.lazy[node]:
            mid = (lo + hi) >> 1
            self.apply(2 * node, mid - lo + 1, self.lazy[node])
            self.apply(2 * node + 1, hi - mid, self.lazy[node])
            self.lazy[node] = 0

    cdef void add(self, int node, int lo, int hi, int l, int r, int64_t delta) noexcept:
        cdef int mid
        if r < lo or hi < l:
            return
        if l <= lo and hi <= r:
            self.apply(node, hi - lo + 1, delta)
            return
        self.push(node, lo, hi)
        mid = (lo + hi) >> 1
        self.add(2 * node, lo, mid, l, r, delta)
        self.add(2 * node + 1, mid + 1, hi, l, r, delta)
        self.total[node] = self.total[2 * node] + self.total[2 * node + 1]

    cdef int64_t query(self, int node, int lo, int hi, int l, int r) noexcept:
        cdef int mid
        if r < lo or hi < l:
            return 0
        if l <= lo and hi <= r:
            return self.total[node]
        self.push(node, lo, hi)
        mid = (lo + hi) >> 1
        return self.query(2 * node, lo, mid, l, r) + self.query(2 * node + 1, mid + 1, hi, l, r)


@cython_benchmark(args=(20000, 6000, 4))
def lazy_segment_tree_range_add(int n, long ops, long long seed):
    """Return (answer checksum, final total, first 8 answers); n >= 1."""
    if n < 1:
        raise ValueError("n must be positive")
    cdef LazyTree tree = LazyTree(n)
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long k
    cdef int a, b, lo, hi
    cdef int64_t answer
    cdef long long checksum = 0
    cdef list first = []
    for k in range(ops):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        a = <int>(state % <unsigned long long>n)
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        b = <int>(state % <unsigned long long>n)
        lo = a if a < b else b
        hi = a if a > b else b
        if (state >> 3) % 2:
            tree.add(1, 0, n - 1, lo, hi, <int64_t>((state >> 5) % 201) - 100)
        else:
            answer = tree.query(1, 0, n - 1, lo, hi)
            checksum = (checksum * 1000003 + answer) % 998244353
            if len(first) < 8:
                first.append(answer)
    return checksum, tree.query(1, 0, n - 1, 0, n - 1), first
