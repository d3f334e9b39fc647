# cython: language_level=3
"""Multiplicative sigma sieve in ``long long`` with incremental prime powers.

sigma values are a malloc'd ``long long`` array; for every multiple of a prime the
exponent is found by C division and the factor (p^(e+1) - 1)/(p - 1) is built as a
running geometric sum, avoiding Python big-int powers. Classification is a typed scan.

Keywords: number theory, sigma function, perfect numbers, amicable numbers, abundant numbers, sieve
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(80000,))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def amicable_perfect_sigma_sieve(int n):
    """Return (perfect numbers, amicable pairs (a < b <= n), abundant count, deficient count)."""
    cdef long long *sigma = <long long *>malloc((n + 1) * sizeof(long long))
    cdef unsigned char *is_comp = <unsigned char *>calloc(n + 1, 1)
    cdef long long factor, power, s
    cdef int p, m, q, k
    cdef long long abundant = 0, deficient = 0
    perfect = []
    pairs = []
    try:
        with nogil:
            for k in range(n + 1):
                sigma[k] = 1
            for p in range(2, n + 1):
                if is_comp[p]:
                    continue
                m = p
                while m <= n:
                    if m > p:
                        is_comp[m] = 1
                    q = m
                    factor = 1
                    power = 1
                    while q % p == 0:
                        q //= p
                        power *= p
                        factor += power
                    sigma[m] *= factor
                    m += p
        for k in range(1, n + 1):
            s = sigma[k] - k
            if k >= 2 and s == k:
                perfect.append(k)
            if k >= 2 and k < s <= n and sigma[s] - s == k:
                pairs.append((k, s))
            if s > k:
                abundant += 1
            elif s < k:
                deficient += 1
    finally:
        free(sigma); free(is_comp)
    return (perfect, pairs, abundant, deficient)
