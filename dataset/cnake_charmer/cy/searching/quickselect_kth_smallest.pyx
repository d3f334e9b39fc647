# cython: language_level=3
"""Quickselect on a scratch C buffer refreshed with memcpy.

The base data is generated once into a malloc'd int array; every selection restores
the scratch buffer with a single memcpy and partitions it in a nogil cdef function,
replacing the list copy and Python-level swaps.

Keywords: quickselect, order statistics, selection, partition, median
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int median3(int a, int b, int c) noexcept nogil:
    if a > b:
        a, b = b, a
    if b > c:
        b = c
    return a if a > b else b


@cython.boundscheck(False)
@cython.wraparound(False)
cdef int select_kth(int *data, Py_ssize_t n, Py_ssize_t k, long long *swaps) noexcept nogil:
    cdef Py_ssize_t lo = 0, hi = n - 1, i, j
    cdef int pivot, tmp
    while lo < hi:
        pivot = median3(data[lo], data[(lo + hi) // 2], data[hi])
        i = lo
        j = hi
        while i <= j:
            while data[i] < pivot:
                i += 1
            while data[j] > pivot:
                j -= 1
            if i <= j:
                tmp = data[i]
                data[i] = data[j]
                data[j] = tmp
                swaps[0] += 1
                i += 1
                j -= 1
        if k <= j:
            hi = j
        elif k >= i:
            lo = i
        else:
            break
    return data[k]


@cython_benchmark(args=(100000, 9, 6))
def quickselect_kth_smallest(Py_ssize_t n, int picks, long long seed):
    """Return ([k-th smallest for `picks` evenly spaced ranks], total swaps); n >= 1 when picks > 0."""
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i, k
    cdef int p
    cdef long long swaps = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef list chosen = []
    if picks > 0 and size == 0:
        raise IndexError("list index out of range")
    cdef int *base = <int *>malloc((size + 1) * sizeof(int))
    cdef int *work = <int *>malloc((size + 1) * sizeof(int))
    if base == NULL or work == NULL:
        free(base)
        free(work)
        raise MemoryError()
    try:
        for i in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            base[i] = <int>((state >> 4) % 1000000)
        for p in range(picks):
            k = (p * (size - 1)) // max(1, picks - 1)
            memcpy(work, base, size * sizeof(int))
            chosen.append(select_kth(work, size, k, &swaps))
        return chosen, swaps
    finally:
        free(base)
        free(work)
