# cython: language_level=3
"""Interpolation search with 64-bit C arithmetic on a typed array.

Values and the interpolation product use long long so the position estimate cannot
overflow; the data lives in an int64_t buffer and each lookup is a nogil cdef function
that reports its probe count through a pointer argument.

Keywords: interpolation search, probes, sorted array, uniform distribution, searching
"""

import cython
from libc.stdint cimport int64_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef Py_ssize_t interpolate(const int64_t *data, Py_ssize_t n, int64_t key, int *probes) noexcept nogil:
    cdef Py_ssize_t lo = 0, hi = n - 1, mid
    probes[0] = 0
    while lo <= hi and data[lo] <= key and key <= data[hi]:
        probes[0] += 1
        if data[hi] == data[lo]:
            mid = lo
        else:
            mid = lo + <Py_ssize_t>((key - data[lo]) * (hi - lo) // (data[hi] - data[lo]))
        if data[mid] == key:
            return mid
        if data[mid] < key:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


@cython_benchmark(args=(200000, 60000, 8))
def interpolation_search_probes(Py_ssize_t n, Py_ssize_t queries, long long seed):
    """Return (found, total probes, worst probes, first 8 positions or -1)."""
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i, pos
    cdef int64_t value = 0, key
    cdef int probes = 0, worst = 0
    cdef long long found = 0, total = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef list positions = []
    cdef int64_t *data = <int64_t *>malloc((size + 1) * sizeof(int64_t))
    if data == NULL:
        raise MemoryError()
    try:
        for i in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            value += 1 + <int64_t>(state % 20)
            data[i] = value
        for i in range(queries):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            key = <int64_t>(state % <unsigned long long>(value + 2))
            pos = interpolate(data, size, key, &probes)
            if pos >= 0:
                found += 1
            total += probes
            if probes > worst:
                worst = probes
            if i < 8:
                positions.append(pos)
        return found, total, worst, positions
    finally:
        free(data)
