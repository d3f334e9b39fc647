# cython: language_level=3
"""0/1 knapsack on C arrays with a byte decision matrix and a checked validator.

Input validation is a cdef function declared ``except -1`` so it can raise
ValueError into Python; the value table is a ``long long`` array, decisions go into
one items x (capacity+1) byte matrix, and the update loop runs without the GIL.

Keywords: dynamic programming, knapsack, 0/1 knapsack, optimization, reconstruction
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef int check_capacity(int capacity) except -1:
    if capacity < 0:
        raise ValueError("capacity must be non-negative")
    return 0


@cython_benchmark(args=(300, 5000, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
def knapsack_01_reconstruct(int items, int capacity, long long seed):
    """Return (best value, items taken, weight used, first 10 taken item indices)."""
    check_capacity(capacity)
    cdef Py_ssize_t width = capacity + 1
    cdef int *weights = <int *>malloc((items + 1) * sizeof(int))
    cdef int *values = <int *>malloc((items + 1) * sizeof(int))
    cdef long long *best = <long long *>calloc(width, sizeof(long long))
    cdef unsigned char *taken = <unsigned char *>calloc(items * width + 1, 1)
    cdef long long state = seed & 0x7FFFFFFF, cand
    cdef Py_ssize_t i, c
    cdef int w, v, used = 0
    cdef unsigned char *row
    chosen = []
    try:
        for i in range(items):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            weights[i] = <int>(1 + (state >> 8) % 120)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            values[i] = <int>(1 + (state >> 8) % 500)
        with nogil:
            for i in range(items):
                w = weights[i]
                v = values[i]
                row = taken + i * width
                for c in range(capacity, w - 1, -1):
                    cand = best[c - w] + v
                    if cand > best[c]:
                        best[c] = cand
                        row[c] = 1
        c = capacity
        for i in range(items - 1, -1, -1):
            if taken[i * width + c]:
                chosen.append(i)
                used += weights[i]
                c -= weights[i]
        chosen.reverse()
        result = (best[capacity], len(chosen), used, chosen[:10])
    finally:
        free(weights); free(values); free(best); free(taken)
    return result
