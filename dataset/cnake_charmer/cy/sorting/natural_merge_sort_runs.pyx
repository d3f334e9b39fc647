# cython: language_level=3
"""Natural merge sort with run boundaries in C arrays and ping-pong buffers.

Run start offsets are kept in a malloc'd Py_ssize_t array; each round merges adjacent
runs from one int buffer into the other and compacts the boundary array, so no Python
lists are created until the samples are returned.

Keywords: natural merge sort, runs, adaptive sort, merging, presorted input
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void merge_into(const int *src, int *dst, Py_ssize_t lo, Py_ssize_t mid, Py_ssize_t hi) noexcept nogil:
    cdef Py_ssize_t i = lo, j = mid, k = lo
    while i < mid and j < hi:
        if src[i] <= src[j]:
            dst[k] = src[i]
            i += 1
        else:
            dst[k] = src[j]
            j += 1
        k += 1
    while i < mid:
        dst[k] = src[i]
        i += 1
        k += 1
    while j < hi:
        dst[k] = src[j]
        j += 1
        k += 1


@cython_benchmark(args=(100000, 40))
@cython.boundscheck(False)
@cython.wraparound(False)
def natural_merge_sort_runs(Py_ssize_t n, long long seed):
    """Return (initial runs, merge rounds, checksum, samples) for n presorted-ish values."""
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i, k, nruns = 0, newruns
    cdef long long checksum = 0
    cdef int value = 0, rounds = 0, initial
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int *a = <int *>malloc((size + 1) * sizeof(int))
    cdef int *b = <int *>malloc((size + 1) * sizeof(int))
    cdef int *tmp
    cdef Py_ssize_t *bounds = <Py_ssize_t *>malloc((size + 2) * sizeof(Py_ssize_t))
    if a == NULL or b == NULL or bounds == NULL:
        free(a)
        free(b)
        free(bounds)
        raise MemoryError()
    try:
        for i in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            if state % 23 == 0:
                value = <int>(state % 5000)
            else:
                value += <int>((state >> 8) % 9)
            a[i] = value
        if size > 0:
            bounds[0] = 0
            nruns = 1
            for i in range(1, size):
                if a[i] < a[i - 1]:
                    bounds[nruns] = i
                    nruns += 1
            bounds[nruns] = size
        initial = <int>nruns
        with nogil:
            while nruns > 1:
                newruns = 0
                k = 0
                while k < nruns:
                    if k + 1 < nruns:
                        merge_into(a, b, bounds[k], bounds[k + 1], bounds[k + 2])
                    else:
                        merge_into(a, b, bounds[k], bounds[k + 1], bounds[k + 1])
                    bounds[newruns] = bounds[k]
                    newruns += 1
                    k += 2
                bounds[newruns] = size
                nruns = newruns
                tmp = a
                a = b
                b = tmp
                rounds += 1
            for i in range(size):
                checksum += i ^ a[i]
        checksum %= 1000000007
        step = max(1, size // 10)
        return initial, rounds, checksum, [a[i] for i in range(0, size, step)]
    finally:
        free(a)
        free(b)
        free(bounds)
