# cython: language_level=3
"""Parametric binary search with a nogil greedy check on a C long array.

The values are generated into a malloc'd long buffer; the feasibility test is a
nogil cdef function with an early exit once more than k parts are needed, which the
Python version (counting all parts) does not bother with.

Keywords: binary search on answer, parametric search, greedy check, partition, minimax
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef bint fits(const long *values, Py_ssize_t n, long limit, long k) noexcept nogil:
    cdef long parts = 1, running = 0
    cdef Py_ssize_t i
    for i in range(n):
        if running + values[i] > limit:
            parts += 1
            if parts > k:
                return False
            running = values[i]
        else:
            running += values[i]
    return True


@cython_benchmark(args=(100000, 37, 10))
@cython.boundscheck(False)
@cython.wraparound(False)
def binary_search_split_array_answer(Py_ssize_t n, long k, long long seed):
    """Return (minimal largest sum, checks made, first 10 part sums); n >= 1, k >= 1."""
    if n < 1 or k < 1:
        raise ValueError("need a non-empty array and at least one part")
    cdef Py_ssize_t i
    cdef long lo = 0, hi = 0, mid, running = 0
    cdef long checks = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef list sums = []
    cdef long *values = <long *>malloc(n * sizeof(long))
    if values == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            values[i] = 1 + <long>((state >> 6) % 1000)
            if values[i] > lo:
                lo = values[i]
            hi += values[i]
        with nogil:
            while lo < hi:
                mid = (lo + hi) // 2
                checks += 1
                if fits(values, n, mid, k):
                    hi = mid
                else:
                    lo = mid + 1
        for i in range(n):
            if running + values[i] > lo:
                if len(sums) < 10:
                    sums.append(running)
                running = values[i]
            else:
                running += values[i]
        if len(sums) < 10:
            sums.append(running)
        return lo, checks, sums
    finally:
        free(values)
