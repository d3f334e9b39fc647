# cython: language_level=3
"""Smallest-prime-factor sieve and factor counting on a C int array.

The sieve writes smallest prime factors into an int buffer; each k is factorised by a
division loop in C that returns a C tuple (omega, Omega), tallied into fixed C
histograms without any Python objects in the loop.

Keywords: number theory, smallest prime factor, factorization, omega function, sieve
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
@cython.boundscheck(False)
cdef inline (int, int) count_factors(const int *spf, int k) noexcept nogil:
    cdef int distinct = 0, total = 0, last = 0, p
    while k > 1:
        p = spf[k]
        k = k // p
        total += 1
        if p != last:
            distinct += 1
            last = p
    return (distinct, total)


@cython_benchmark(args=(100000,))
@cython.boundscheck(False)
@cython.wraparound(False)
def spf_omega_histogram(int n):
    """Return (histogram of omega, histogram of Omega, first k with the largest Omega)."""
    cdef int *spf = <int *>malloc((n + 1) * sizeof(int))
    cdef long long dh[20]
    cdef long long th[64]
    cdef int i, j, k, d, t, top = 0, hi_d = 0, first = 1
    for i in range(20):
        dh[i] = 0
    for i in range(64):
        th[i] = 0
    try:
        with nogil:
            for i in range(n + 1):
                spf[i] = i
            i = 2
            while i * i <= n:
                if spf[i] == i:
                    j = i * i
                    while j <= n:
                        if spf[j] == j:
                            spf[j] = i
                        j += i
                i += 1
            for k in range(2, n + 1):
                d, t = count_factors(spf, k)
                dh[d] += 1
                th[t] += 1
                if t > top:
                    top = t
                    first = k
                if d > hi_d:
                    hi_d = d
    finally:
        free(spf)
    distinct_hist = [dh[i] for i in range(hi_d + 1)] if n >= 2 else []
    total_hist = [th[i] for i in range(top + 1)] if n >= 2 else []
    return (distinct_hist, total_hist, first if top else 1)
