# cython: language_level=3
"""Matrix-chain DP over flat ``long long`` cost and int split tables.

The interval recurrence runs on malloc'd tables indexed i * count + j with the
dimension array in C; only the final rendering of the parenthesisation, an
explicit-stack walk over the split table, builds Python strings.

Keywords: dynamic programming, matrix chain, interval dp, parenthesization, optimization
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void fill_tables(int count, const long long *dims, long long *cost, int *split) noexcept nogil:
    cdef int length, i, j, k, arg
    cdef long long best, c, left
    for length in range(2, count + 1):
        for i in range(count - length + 1):
            j = i + length - 1
            best = -1
            arg = i
            left = dims[i] * dims[j + 1]
            for k in range(i, j):
                c = cost[i * count + k] + cost[(k + 1) * count + j] + left * dims[k + 1]
                if best < 0 or c < best:
                    best = c
                    arg = k
            cost[i * count + j] = best
            split[i * count + j] = arg


cdef str render(int i, int j, const int *split, int count):
    if i == j:
        return "A%d" % i
    cdef int k = split[i * count + j]
    return "(" + render(i, k, split, count) + render(k + 1, j, split, count) + ")"


@cython_benchmark(args=(150, 19))
def matrix_chain_order(int count, long long seed):
    """Return (minimal scalar multiplications, parenthesisation such as ((A0A1)A2))."""
    if count <= 0:
        return (0, "")
    cdef long long *dims = <long long *>malloc((count + 1) * sizeof(long long))
    cdef long long *cost = <long long *>calloc(<Py_ssize_t>count * count, sizeof(long long))
    cdef int *split = <int *>calloc(<Py_ssize_t>count * count, sizeof(int))
    cdef long long state = seed & 0x7FFFFFFF
    cdef int i
    try:
        for i in range(count + 1):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            dims[i] = 5 + (state >> 9) % 96
        with nogil:
            fill_tables(count, dims, cost, split)
        result = (cost[count - 1], render(0, count - 1, split, count))
    finally:
        free(dims); free(cost); free(split)
    return result
