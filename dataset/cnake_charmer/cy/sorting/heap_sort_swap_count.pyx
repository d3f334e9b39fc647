# cython: language_level=3
"""Heapsort on a PyMem-allocated C array with an inline sift-down.

The heap is a plain long array from PyMem_Malloc; sift-down is an inline cdef function
on a raw pointer that returns its swap count, so the whole sort runs without touching a
Python object.

Keywords: heapsort, binary heap, sift down, in-place sort, swaps
"""

import cython
from cpython.mem cimport PyMem_Malloc, PyMem_Free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef inline long long sift_down(long *heap, Py_ssize_t start, Py_ssize_t end) noexcept nogil:
    cdef long long swaps = 0
    cdef Py_ssize_t root = start, child
    cdef long tmp
    while 2 * root + 1 < end:
        child = 2 * root + 1
        if child + 1 < end and heap[child + 1] > heap[child]:
            child += 1
        if heap[root] >= heap[child]:
            break
        tmp = heap[root]
        heap[root] = heap[child]
        heap[child] = tmp
        swaps += 1
        root = child
    return swaps


@cython_benchmark(args=(25000, 9))
def heap_sort_swap_count(Py_ssize_t n, long long seed):
    """Heapsort n LCG values; return (swaps, weighted checksum, 8 samples)."""
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i, start, end
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long long swaps = 0, checksum = 0
    cdef long tmp
    cdef long *data = <long *>PyMem_Malloc((size + 1) * sizeof(long))
    if data == NULL:
        raise MemoryError()
    try:
        for i in range(size):
            state = (state * 22695477ULL + 1ULL) & 0xFFFFFFFFULL
            data[i] = <long>((state >> 8) % 1000003)
        with nogil:
            for start in range(size // 2 - 1, -1, -1):
                swaps += sift_down(data, start, size)
            for end in range(size - 1, 0, -1):
                tmp = data[0]
                data[0] = data[end]
                data[end] = tmp
                swaps += 1 + sift_down(data, 0, end)
            for i in range(size):
                checksum = (checksum + (i + 1) * data[i]) % 998244353
        step = max(1, size // 8)
        return swaps, checksum, [data[i] for i in range(0, size, step)]
    finally:
        PyMem_Free(data)
