# cython: language_level=3
"""Inversion counting merge sort on raw int pointers.

The recursion works on pointer ranges into one malloc'd array with a single scratch
buffer, so no slices or temporary lists are created; the counting happens in a nogil
cdef function with 64-bit accumulators.

Keywords: merge sort, inversions, divide and conquer, recursion, counting
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef long long sort_count(int *a, int *scratch, Py_ssize_t n) noexcept nogil:
    if n <= 1:
        return 0
    cdef Py_ssize_t mid = n // 2
    cdef long long inv = sort_count(a, scratch, mid) + sort_count(a + mid, scratch, n - mid)
    cdef Py_ssize_t i = 0, j = mid, k = 0
    while i < mid and j < n:
        if a[i] <= a[j]:
            scratch[k] = a[i]
            i += 1
        else:
            scratch[k] = a[j]
            inv += mid - i
            j += 1
        k += 1
    while i < mid:
        scratch[k] = a[i]
        i += 1
        k += 1
    while j < n:
        scratch[k] = a[j]
        j += 1
        k += 1
    memcpy(a, scratch, n * sizeof(int))
    return inv


@cython_benchmark(args=(30000, 77))
def merge_sort_inversion_count(Py_ssize_t n, long long seed):
    """Return (inversion count, every n//10-th sorted value) for n LCG values."""
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long long inversions
    cdef int *values = <int *>malloc((size + 1) * sizeof(int))
    cdef int *scratch = <int *>malloc((size + 1) * sizeof(int))
    if values == NULL or scratch == NULL:
        free(values)
        free(scratch)
        raise MemoryError()
    try:
        for i in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            values[i] = <int>(state % 100000)
        with nogil:
            inversions = sort_count(values, scratch, size)
        step = max(1, size // 10)
        return inversions, [values[i] for i in range(0, size, step)]
    finally:
        free(values)
        free(scratch)
