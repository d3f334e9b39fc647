# cython: language_level=3
"""Pentagonal-theorem partition numbers with a precomputed offset table in C.

The generalised pentagonal offsets and their signs are computed once into C arrays,
so each p(m) is a tight loop of signed ``long long`` additions over the table with a
single modular reduction at the end.

Keywords: combinatorics, integer partitions, pentagonal number theorem, euler, recurrence
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(5000,))
@cython.boundscheck(False)
@cython.wraparound(False)
def partition_numbers_pentagonal(int n):
    """Return (p(n) mod 1e9+7, checksum of p(0..n), p at every n//6 step)."""
    if n < 0:
        return (0, 0, [])
    cdef long long MOD = 1000000007
    cdef long long *p = <long long *>malloc((n + 1) * sizeof(long long))
    cdef int *offset = <int *>malloc(2 * (n + 2) * sizeof(int))
    cdef int *sign = <int *>malloc(2 * (n + 2) * sizeof(int))
    cdef int count = 0, j = 1, m, t
    cdef long long g, total, checksum = 0
    try:
        while True:
            g = <long long>j * (3 * j - 1) // 2
            if g > n:
                break
            offset[count] = <int>g
            sign[count] = 1 if j % 2 else -1
            count += 1
            g = <long long>j * (3 * j + 1) // 2
            if g <= n:
                offset[count] = <int>g
                sign[count] = 1 if j % 2 else -1
                count += 1
            j += 1
        with nogil:
            p[0] = 1
            for m in range(1, n + 1):
                total = 0
                for t in range(count):
                    if offset[t] > m:
                        break
                    total += sign[t] * p[m - offset[t]]
                total %= MOD
                if total < 0:
                    total += MOD
                p[m] = total
            for m in range(n + 1):
                checksum = (checksum + (m + 1) * p[m]) % MOD
        step = max(1, n // 6)
        result = (p[n], checksum, [p[m] for m in range(0, n + 1, step)])
    finally:
        free(p); free(offset); free(sign)
    return result
