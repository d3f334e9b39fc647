# cython: language_level=3
"""Cycle sort on a typed C int array.

The quadratic position counting is a tight C loop over an int buffer obtained with
calloc; the cycle rotation uses plain C swaps, so the O(n^2) scan costs a few cycles
per element instead of a Python generator step.

Keywords: cycle sort, minimal writes, in-place sort, permutation cycles, quadratic
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef inline Py_ssize_t place_of(const int *data, Py_ssize_t start, Py_ssize_t n, int item) noexcept nogil:
    cdef Py_ssize_t pos = start, i
    for i in range(start + 1, n):
        if data[i] < item:
            pos += 1
    return pos


@cython_benchmark(args=(1800, 21))
@cython.boundscheck(False)
@cython.wraparound(False)
def cycle_sort_min_writes(Py_ssize_t n, long long seed):
    """Cycle-sort n LCG values in 0..499; return (writes, samples, sum of i*v mod p)."""
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t start, pos, i
    cdef int item, tmp
    cdef long long writes = 0, weighted = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int *data = <int *>calloc(size + 1, sizeof(int))
    if data == NULL:
        raise MemoryError()
    try:
        for i in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            data[i] = <int>(state % 500)
        with nogil:
            for start in range(size - 1):
                item = data[start]
                pos = place_of(data, start, size, item)
                if pos == start:
                    continue
                while item == data[pos]:
                    pos += 1
                tmp = data[pos]
                data[pos] = item
                item = tmp
                writes += 1
                while pos != start:
                    pos = place_of(data, start, size, item)
                    while item == data[pos]:
                        pos += 1
                    tmp = data[pos]
                    data[pos] = item
                    item = tmp
                    writes += 1
            for i in range(size):
                weighted = (weighted + i * data[i]) % 1000003
        step = max(1, size // 10)
        return writes, [data[i] for i in range(0, size, step)], weighted
    finally:
        free(data)
