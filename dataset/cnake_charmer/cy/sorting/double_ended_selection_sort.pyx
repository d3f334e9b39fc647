# cython: language_level=3
"""Double-ended selection sort as one fused min/max scan in C.

Python needs a slice plus separate min, max and index calls per pass; here a single
typed loop over a C int array finds both extremes at once, with the swap logic on raw
memory and the whole sort released from the GIL.

Keywords: selection sort, min max, double selection, in-place, quadratic
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef long selection_sort_both_ends(int *data, Py_ssize_t n) noexcept nogil:
    cdef Py_ssize_t lo = 0, hi = n - 1, i, i_min, i_max
    cdef long swaps = 0
    cdef int tmp
    while lo < hi:
        i_min = lo
        i_max = lo
        for i in range(lo + 1, hi + 1):
            if data[i] < data[i_min]:
                i_min = i
            if data[i] > data[i_max]:
                i_max = i
        if i_min != lo:
            tmp = data[lo]
            data[lo] = data[i_min]
            data[i_min] = tmp
            swaps += 1
            if i_max == lo:
                i_max = i_min
        if i_max != hi:
            tmp = data[hi]
            data[hi] = data[i_max]
            data[i_max] = tmp
            swaps += 1
        lo += 1
        hi -= 1
    return swaps


@cython_benchmark(args=(3000, 23))
def double_ended_selection_sort(Py_ssize_t n, long long seed):
    """Sort n LCG values by double selection; return (swaps, checksum, samples)."""
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i
    cdef long swaps
    cdef long long checksum = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int *data = <int *>malloc((size + 1) * sizeof(int))
    if data == NULL:
        raise MemoryError()
    try:
        for i in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            data[i] = <int>((state >> 2) % 200000) - 100000
        with nogil:
            swaps = selection_sort_both_ends(data, size)
        for i in range(size):
            checksum += (i + 1) * <long long>data[i]
        step = max(1, size // 10)
        return swaps, checksum % 1000000007, [data[i] for i in range(0, size, step)]
    finally:
        free(data)
