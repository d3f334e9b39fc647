# cython: language_level=3
"""Stirling triangle in one C buffer updated in place from right to left.

A single ``long long`` row is updated from the highest k downwards, so S(m-1, k-1) is
still unread when S(m, k) is written; Bell numbers are accumulated on the fly, and no
per-row lists are allocated.

Keywords: combinatorics, stirling numbers, bell numbers, set partitions, recurrence
"""

import cython
from libc.stdlib cimport calloc, malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(1400,))
@cython.boundscheck(False)
@cython.wraparound(False)
def stirling_bell_table(int n):
    """Return (Bell numbers at every n//8 step, S(n, k) for every n//8-th k, row checksum)."""
    cdef long long MOD = 998244353
    cdef long long *row = <long long *>calloc(n + 2, sizeof(long long))
    cdef long long *bells = <long long *>malloc((n + 1) * sizeof(long long))
    cdef long long total, checksum = 0
    cdef int m, k, step
    try:
        with nogil:
            row[0] = 1
            bells[0] = 1
            for m in range(1, n + 1):
                total = 0
                for k in range(m, 0, -1):
                    row[k] = (k * row[k] + row[k - 1]) % MOD
                    total += row[k]
                row[0] = 0
                bells[m] = total % MOD
            for k in range(n + 1):
                checksum = (checksum + (k + 1) * row[k]) % MOD
        step = max(1, n // 8)
        result = ([bells[m] for m in range(0, n + 1, step)], [row[k] for k in range(0, n + 1, step)], checksum)
    finally:
        free(row); free(bells)
    return result
