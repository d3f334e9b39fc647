# cython: language_level=3
"""Comb sort on a C long array with integer gap arithmetic.

The data sits in a PyMem_Malloc'd buffer and all passes run in a nogil section with
C integer counters; the shrink is the same integer 10/13 step, so pass and swap counts
match the Python version exactly.

Keywords: comb sort, shrink factor, gap, bubble sort, swaps
"""

import cython
from cpython.mem cimport PyMem_Malloc, PyMem_Free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(60000, 12))
@cython.boundscheck(False)
@cython.wraparound(False)
def comb_sort_shrink_gaps(Py_ssize_t n, long long seed):
    """Comb-sort n LCG values; return (passes, swaps, samples)."""
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t gap = size, i
    cdef long long passes = 0, swaps = 0
    cdef bint done = False
    cdef long tmp
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long *data = <long *>PyMem_Malloc((size + 1) * sizeof(long))
    if data == NULL:
        raise MemoryError()
    try:
        for i in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            data[i] = <long>(state % 1000000)
        with nogil:
            while not done:
                gap = gap * 10 // 13
                if gap == 9 or gap == 10:
                    gap = 11
                if gap <= 1:
                    gap = 1
                    done = True
                passes += 1
                for i in range(size - gap):
                    if data[i] > data[i + gap]:
                        tmp = data[i]
                        data[i] = data[i + gap]
                        data[i + gap] = tmp
                        swaps += 1
                        done = False
        step = max(1, size // 10)
        return passes, swaps, [data[i] for i in range(0, size, step)]
    finally:
        PyMem_Free(data)
