# cython: language_level=3
"""Lucy_Hedgehog prime counting on two ``long long`` arrays instead of a dict.

Values v <= sqrt(n) are indexed directly (small[v]) and large values n // i by i
(large[i]), so every lookup in the sieve update is an array access; the sieve runs
in a nogil cdef function.

Keywords: number theory, prime counting, lucy hedgehog, legendre, sublinear algorithms
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef void lucy_sieve(long long n, long long r, long long *small, long long *large) noexcept nogil:
    cdef long long p, i, v, below, square, limit, d
    for i in range(1, r + 1):
        large[i] = n // i - 1
        small[i] = i - 1
    for p in range(2, r + 1):
        if small[p] == small[p - 1]:
            continue
        below = small[p - 1]
        square = p * p
        limit = n // square
        if limit > r:
            limit = r
        for i in range(1, limit + 1):
            d = i * p
            if d <= r:
                large[i] -= large[d] - below
            else:
                large[i] -= small[n // d] - below
        v = r
        while v >= square:
            small[v] -= small[v // p] - below
            v -= 1


cdef inline long long lookup(long long v, long long n, long long r, const long long *small, const long long *large) noexcept nogil:
    if v < 1:
        return 0
    return small[v] if v <= r else large[n // v]


@cython_benchmark(args=(200000000,))
def lucy_hedgehog_prime_count(long long n):
    """Return (pi(n), pi(n // 2), pi(n // 3), pi(isqrt(n)))."""
    if n < 2:
        return (0, 0, 0, 0)
    cdef long long r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    cdef long long *small = <long long *>malloc((r + 2) * sizeof(long long))
    cdef long long *large = <long long *>malloc((r + 2) * sizeof(long long))
    try:
        with nogil:
            lucy_sieve(n, r, small, large)
        result = (lookup(n, n, r, small, large), lookup(n // 2, n, r, small, large),
                  lookup(n // 3, n, r, small, large), lookup(r, n, r, small, large))
    finally:
        free(small); free(large)
    return result
