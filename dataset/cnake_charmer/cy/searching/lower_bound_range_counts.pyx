# cython: language_level=3
"""Range counting with inline nogil binary searches over a C array.

The sorted data is a malloc'd long array and both bounds are inline cdef functions on
a const pointer; all queries run in one nogil loop and only the ten sampled counts
are kept in a small C array.

Keywords: binary search, lower bound, upper bound, range count, sorted array
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline Py_ssize_t lower_bound(const long *data, Py_ssize_t n, long key) noexcept nogil:
    cdef Py_ssize_t lo = 0, hi = n, mid
    while lo < hi:
        mid = (lo + hi) >> 1
        if data[mid] < key:
            lo = mid + 1
        else:
            hi = mid
    return lo


cdef inline Py_ssize_t upper_bound(const long *data, Py_ssize_t n, long key) noexcept nogil:
    cdef Py_ssize_t lo = 0, hi = n, mid
    while lo < hi:
        mid = (lo + hi) >> 1
        if data[mid] <= key:
            lo = mid + 1
        else:
            hi = mid
    return lo


@cython_benchmark(args=(100000, 30000, 250, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def lower_bound_range_counts(Py_ssize_t n, Py_ssize_t queries, long width, long long seed):
    """Return (total hits, largest count, first 10 counts) for range queries."""
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i, c, best = 0, total = 0
    cdef Py_ssize_t first[10]
    cdef long value = 0, a, top
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long *data = <long *>malloc((size + 1) * sizeof(long))
    if data == NULL:
        raise MemoryError()
    try:
        for i in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            value += <long>(state % 7)
            data[i] = value
        top = value + width + 1
        with nogil:
            for i in range(queries):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                a = <long>(state % <unsigned long long>top) - width
                c = upper_bound(data, size, a + width) - lower_bound(data, size, a)
                total += c
                if c > best:
                    best = c
                if i < 10:
                    first[i] = c
        return total, best, [first[i] for i in range(min(10, queries))]
    finally:
        free(data)
