# cython: language_level=3
"""LCIS over C int arrays with the sweep in a nogil helper.

Both sequences and the per-position best lengths are malloc'd int arrays; the O(n*m)
double loop runs in a cdef nogil function that returns a C tuple (best length, number
of positions achieving it), so only the summary touches Python objects.

Keywords: dynamic programming, lcis, longest common increasing subsequence, sequences
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef (int, int) lcis_sweep(const int *a, int n, const int *b, int m, int *length) noexcept nogil:
    cdef int i, j, x, y, best, top = 0, hits = 0
    for i in range(n):
        x = a[i]
        best = 0
        for j in range(m):
            y = b[j]
            if y == x:
                if best + 1 > length[j]:
                    length[j] = best + 1
            elif y < x and length[j] > best:
                best = length[j]
    for j in range(m):
        if length[j] > top:
            top = length[j]
            hits = 1
        elif length[j] == top and top > 0:
            hits += 1
    return (top, hits)


@cython_benchmark(args=(1000, 950, 300, 89))
def longest_common_increasing_subsequence(int n, int m, int value_range, long long seed):
    """Return (LCIS length, positions achieving it, table sum, last 8 table entries)."""
    cdef int *values = <int *>malloc((n + m + 1) * sizeof(int))
    cdef int *length = <int *>calloc(m + 1, sizeof(int))
    cdef long long state = seed & 0x7FFFFFFF, total = 0
    cdef int i, top, hits
    try:
        for i in range(n + m):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            values[i] = <int>((state >> 7) % value_range)
        with nogil:
            top, hits = lcis_sweep(values, n, values + n, m, length)
            for i in range(m):
                total += length[i]
        tail = [length[i] for i in range(max(0, m - 8), m)]
    finally:
        free(values); free(length)
    return (top, hits, total, tail)
