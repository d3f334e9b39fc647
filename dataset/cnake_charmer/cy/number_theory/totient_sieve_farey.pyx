# cython: language_level=3
"""Totient sieve on a C int array with the summaries folded into one pass.

phi values are sieved in a malloc'd int buffer with C-stride inner loops; a single
follow-up pass accumulates the Farey length in ``long long``, counts primes and
divisibility, and tracks the best k/phi(k) ratio by cross-multiplication (exact,
no floating point).

Keywords: number theory, euler totient, phi function, farey sequence, sieve, coprimality
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(60000,))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def totient_sieve_farey(int n):
    """Return (Farey length |F_n|, primes <= n, k with phi(k) | k, k maximising k/phi(k))."""
    if n < 1:
        return (1, 0, 0, 0)
    cdef int *phi = <int *>malloc((n + 1) * sizeof(int))
    cdef int p, m, k, best = 1
    cdef long long farey = 1, primes = 0, dividing = 0
    try:
        with nogil:
            for k in range(n + 1):
                phi[k] = k
            for p in range(2, n + 1):
                if phi[p] == p:
                    m = p
                    while m <= n:
                        phi[m] -= phi[m] // p
                        m += p
            for k in range(1, n + 1):
                farey += phi[k]
                if k >= 2 and phi[k] == k - 1:
                    primes += 1
                if k % phi[k] == 0:
                    dividing += 1
                if <long long>k * phi[best] > <long long>best * phi[k]:
                    best = k
    finally:
        free(phi)
    return (farey, primes, dividing, best)
