# cython: language_level=3
"""Three-way quicksort as a nogil cdef recursion on an int pointer.

The partition loop works on a raw int array, and the statistics live in a small C
struct passed by address, so recursion costs a C call instead of a Python frame.

Keywords: quicksort, three-way partition, Dutch national flag, duplicates, recursion
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct SortStats:
    long partitions
    long max_depth


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void quicksort3(int *data, Py_ssize_t lo, Py_ssize_t hi, long depth, SortStats *stats) noexcept nogil:
    cdef Py_ssize_t lt, i, gt
    cdef int pivot, tmp
    if lo >= hi:
        return
    stats.partitions += 1
    if depth > stats.max_depth:
        stats.max_depth = depth
    pivot = data[(lo + hi) // 2]
    lt = lo
    i = lo
    gt = hi
    while i <= gt:
        if data[i] < pivot:
            tmp = data[lt]
            data[lt] = data[i]
            data[i] = tmp
            lt += 1
            i += 1
        elif data[i] > pivot:
            tmp = data[i]
            data[i] = data[gt]
            data[gt] = tmp
            gt -= 1
        else:
            i += 1
    quicksort3(data, lo, lt - 1, depth + 1, stats)
    quicksort3(data, gt + 1, hi, depth + 1, stats)


@cython_benchmark(args=(60000, 300, 2))
def three_way_quicksort_duplicates(Py_ssize_t n, int distinct, long long seed):
    """Sort n values in [0, distinct) (distinct >= 1); return (partitions, max depth, samples)."""
    if distinct < 1:
        raise ValueError("distinct must be positive")
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i
    cdef SortStats stats
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int *data = <int *>malloc((size + 1) * sizeof(int))
    if data == NULL:
        raise MemoryError()
    try:
        for i in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            data[i] = <int>((state >> 3) % <unsigned long long>distinct)
        stats.partitions = 0
        stats.max_depth = 0
        with nogil:
            quicksort3(data, 0, size - 1, 0, &stats)
        step = max(1, size // 10)
        return stats.partitions, stats.max_depth, [data[i] for i in range(0, size, step)]
    finally:
        free(data)
