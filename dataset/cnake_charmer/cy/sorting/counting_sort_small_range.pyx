# cython: language_level=3
"""Counting sort over a fixed-size C tally array.

The values live in a malloc'd int buffer, the tallies in a stack C array of 4096 ints
cleared with memset, and the expansion writes straight into a second C buffer; only the
few sampled elements are turned back into Python objects.

Keywords: counting sort, histogram, linear time sort, small range, mode
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(150000, 999, 12345))
@cython.boundscheck(False)
@cython.wraparound(False)
def counting_sort_small_range(long long n, int max_value, long long seed):
    """Sort n LCG values in [0, max_value] by counting; max_value must be in 0..4095."""
    if not 0 <= max_value <= 4095:
        raise ValueError("max_value must be between 0 and 4095")
    cdef long long counts[4096]
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i, pos = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int span = max_value + 1
    cdef int v, mode = 0
    cdef long long c, best = -1
    cdef long long checksum = 0
    cdef int *values = <int *>malloc((size + 1) * sizeof(int))
    cdef int *ordered = <int *>malloc((size + 1) * sizeof(int))
    if values == NULL or ordered == NULL:
        free(values)
        free(ordered)
        raise MemoryError()
    try:
        memset(counts, 0, sizeof(counts))
        for i in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            values[i] = <int>(state % span)
        for i in range(size):
            counts[values[i]] += 1
        for v in range(span):
            c = counts[v]
            if c > best:
                best = c
                mode = v
            while c > 0:
                ordered[pos] = v
                pos += 1
                c -= 1
        for i in range(size):
            checksum = (checksum + (<long long>i) * ordered[i]) % 1000000007
        head = [ordered[i] for i in range(min(5, size))]
        tail = [ordered[i] for i in range(max(0, size - 5), size)]
        return checksum, head, tail, mode
    finally:
        free(values)
        free(ordered)
