# cython: language_level=3
"""Harmonic divisor-count sieve over a C int array with an inline square test.

Divisor counts are accumulated into a calloc'd int buffer by strided C loops; the
record scan and the perfect-square test (an inline integer routine) run in the same
typed pass, so only the short record list is a Python object.

Keywords: number theory, divisor function, highly composite numbers, harmonic sieve, records
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline bint is_square(int v) noexcept nogil:
    cdef int r = 0
    while (r + 1) * (r + 1) <= v:
        r += 1
    return r * r == v


@cython_benchmark(args=(80000,))
@cython.boundscheck(False)
@cython.wraparound(False)
def divisor_count_records(int n):
    """Return (record-setting k, sum of d(k) for k <= n, count of k with d(k) a square)."""
    cdef int *d = <int *>calloc(n + 1, sizeof(int))
    cdef int j, m, k, best = 0
    cdef long long total = 0, squares = 0
    records = []
    try:
        with nogil:
            for j in range(1, n + 1):
                m = j
                while m <= n:
                    d[m] += 1
                    m += j
        for k in range(1, n + 1):
            total += d[k]
            if d[k] > best:
                best = d[k]
                records.append(k)
            if is_square(d[k]):
                squares += 1
    finally:
        free(d)
    return (records, total, squares)
