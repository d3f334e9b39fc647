# cython: language_level=3
"""Rod cutting over ``long long`` C arrays with a nogil quadratic sweep.

Prices, best revenues and first-cut choices are malloc'd arrays; the O(n^2) inner loop
compares C integers only, and the piece list is rebuilt from the choice array and
sorted with the C++-free libc ``qsort``.

Keywords: dynamic programming, rod cutting, optimization, unbounded knapsack, reconstruction
"""

import cython
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef int int_cmp(const void *a, const void *b) noexcept nogil:
    return (<const int *>a)[0] - (<const int *>b)[0]


@cython_benchmark(args=(1500, 7, 31))
@cython.boundscheck(False)
@cython.wraparound(False)
def rod_cutting_with_cost(int length, long long cut_cost, long long seed):
    """Return (best revenue, number of pieces, sorted piece lengths (at most 12))."""
    cdef long long *price = <long long *>malloc((length + 1) * sizeof(long long))
    cdef long long *best = <long long *>malloc((length + 1) * sizeof(long long))
    cdef int *first = <int *>malloc((length + 1) * sizeof(int))
    cdef int *pieces = <int *>malloc((length + 1) * sizeof(int))
    cdef long long state = seed & 0x7FFFFFFF, value, b
    cdef int piece, total, cut, rest, npieces = 0, f
    try:
        price[0] = 0
        for piece in range(1, length + 1):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            price[piece] = piece * 10 + (state >> 11) % (piece * 4 + 7) - piece
        with nogil:
            best[0] = 0
            first[0] = 0
            for total in range(1, length + 1):
                b = price[total]
                f = total
                for cut in range(1, total):
                    value = price[cut] + best[total - cut] - cut_cost
                    if value > b:
                        b = value
                        f = cut
                best[total] = b
                first[total] = f
            rest = length
            while rest > 0:
                pieces[npieces] = first[rest]
                npieces += 1
                rest -= first[rest]
            qsort(pieces, npieces, sizeof(int), int_cmp)
        result = (best[length], npieces, [pieces[piece] for piece in range(min(npieces, 12))])
    finally:
        free(price); free(best); free(first); free(pieces)
    return result
