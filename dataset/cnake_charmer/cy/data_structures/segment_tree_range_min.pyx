# cython: language_level=3
"""Bottom-up segment tree on a flat uint32_t array with inline min.

The 2n-slot tree is a single malloc'd uint32_t buffer; updates and queries use
shifts and bit tests on unsigned indices, and min is an inline nogil function, so the
whole operation stream runs without the GIL.

Keywords: segment tree, range minimum query, point update, bottom-up tree, RMQ
"""

import cython
from libc.stdint cimport uint32_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline uint32_t umin(uint32_t a, uint32_t b) noexcept nogil:
    return a if a < b else b


@cython_benchmark(args=(30000, 40000, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
def segment_tree_range_min(Py_ssize_t n, Py_ssize_t ops, long long seed):
    """Return (answer checksum, left-end minima, first 8 answers); n >= 1."""
    if n < 1:
        raise ValueError("n must be positive")
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef size_t i, lo, hi, a, b
    cdef Py_ssize_t k
    cdef uint32_t best, left_value
    cdef long long checksum = 0, at_left = 0
    cdef uint32_t first[8]
    cdef int nfirst = 0
    cdef uint32_t *tree = <uint32_t *>malloc(2 * n * sizeof(uint32_t))
    if tree == NULL:
        raise MemoryError()
    try:
        for k in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            tree[n + k] = <uint32_t>((state >> 4) % 1000000)
        for k in range(n - 1, 0, -1):
            tree[k] = umin(tree[2 * k], tree[2 * k + 1])
        with nogil:
            for k in range(ops):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                a = <size_t>(state % <unsigned long long>n)
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                b = <size_t>(state % <unsigned long long>n)
                if state % 4 == 0:
                    i = a + n
                    tree[i] = <uint32_t>((b * 7919) % 1000000)
                    i >>= 1
                    while i >= 1:
                        tree[i] = umin(tree[2 * i], tree[2 * i + 1])
                        i >>= 1
                    continue
                lo = (a if a < b else b) + n
                hi = (a if a > b else b) + n + 1
                left_value = tree[lo]
                best = left_value
                while lo < hi:
                    if lo & 1:
                        best = umin(best, tree[lo])
                        lo += 1
                    if hi & 1:
                        hi -= 1
                        best = umin(best, tree[hi])
                    lo >>= 1
                    hi >>= 1
                checksum = (checksum * 31 + best) % 1000000007
                if best == left_value:
                    at_left += 1
                if nfirst < 8:
                    first[nfirst] = best
                    nfirst += 1
        return checksum, at_left, [first[k] for k in range(nfirst)]
    finally:
        free(tree)
