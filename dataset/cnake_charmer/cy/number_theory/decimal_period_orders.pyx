# cython: language_level=3
"""Decimal periods via multiplicative orders computed in parallel over d.

Each d is independent, so the order computation runs in an OpenMP ``prange`` over a C
array of periods (integer work only, no float reductions); the maximum, total and
full-reptend count are gathered afterwards in a serial typed pass.

Keywords: number theory, repeating decimals, multiplicative order, cyclic numbers, full reptend primes
"""

import cython
from cython.parallel cimport prange
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef inline int order_of_ten(int d) noexcept nogil:
    cdef int m = d, r, period
    while m % 2 == 0:
        m = m // 2
    while m % 5 == 0:
        m = m // 5
    if m == 1:
        return 0
    r = 10 % m
    period = 1
    while r != 1:
        r = r * 10 % m
        period += 1
    return period


@cython_benchmark(args=(5000,))
@cython.boundscheck(False)
@cython.wraparound(False)
def decimal_period_orders(int n):
    """Return (d with the longest period, that period, sum of periods, full-reptend primes)."""
    if n < 2:
        return (0, 0, 0, 0)
    cdef int *period = <int *>calloc(n + 1, sizeof(int))
    cdef int d, best_d = 0, best = 0
    cdef long long total = 0, full = 0
    try:
        for d in prange(2, n + 1, nogil=True, schedule="dynamic"):
            period[d] = order_of_ten(d)
        for d in range(2, n + 1):
            total += period[d]
            if period[d] == d - 1:
                full += 1
            if period[d] > best:
                best = period[d]
                best_d = d
    finally:
        free(period)
    return (best_d, best, total, full)
