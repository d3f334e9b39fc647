# cython: language_level=3
"""Cocktail shaker sort over a typed memoryview of a C-contiguous buffer.

The values are written into a Python array('i') and sorted through an int[::1]
memoryview with bounds and wraparound checks off, so each comparison and swap is a
couple of machine instructions.

Keywords: cocktail shaker sort, bidirectional bubble sort, swaps, passes, quadratic
"""

import cython
from array import array

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef (long, long) shake(int[::1] data) noexcept:
    cdef Py_ssize_t lo = 0, hi = data.shape[0] - 1, last, i
    cdef long passes = 0, swaps = 0
    cdef int tmp
    while lo < hi:
        last = lo
        for i in range(lo, hi):
            if data[i] > data[i + 1]:
                tmp = data[i]
                data[i] = data[i + 1]
                data[i + 1] = tmp
                swaps += 1
                last = i
        hi = last
        passes += 1
        if lo >= hi:
            break
        last = hi
        for i in range(hi, lo, -1):
            if data[i - 1] > data[i]:
                tmp = data[i - 1]
                data[i - 1] = data[i]
                data[i] = tmp
                swaps += 1
                last = i
        lo = last
        passes += 1
    return passes, swaps


@cython_benchmark(args=(1500, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
def cocktail_shaker_sort_passes(Py_ssize_t n, long long seed):
    """Shaker-sort n LCG values; return (passes, swaps, samples)."""
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    buf = array('i', bytes(4 * size))
    cdef int[::1] data = buf
    for i in range(size):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        data[i] = <int>(state % 10000)
    cdef (long, long) result = shake(data)
    step = max(1, size // 10)
    return result[0], result[1], [data[i] for i in range(0, size, step)]
