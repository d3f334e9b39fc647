# cython: language_level=3
"""Linear Mobius sieve in C arrays with signed-char values.

mu is stored as signed chars, the composite flags as bytes and the primes as an int
array; the linear sieve's inner loop and the Mertens scan are C loops without the GIL.

Keywords: number theory, mobius function, mertens function, squarefree, linear sieve
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(150000,))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def mobius_mertens_squarefree(int n):
    """Return (squarefree count, min M, argmin, max M, M at every n//6 step)."""
    cdef signed char *mu = <signed char *>malloc(n + 1)
    cdef unsigned char *is_comp = <unsigned char *>calloc(n + 1, 1)
    cdef int *primes = <int *>malloc((n + 1) * sizeof(int))
    cdef int i, j, p, np = 0, k, step = max(1, n // 6)
    cdef long long mertens = 0, low = 1, high = 1, squarefree = 0
    cdef int arg_low = 1
    samples = []
    try:
        with nogil:
            for i in range(n + 1):
                mu[i] = 1
            for i in range(2, n + 1):
                if not is_comp[i]:
                    primes[np] = i
                    np += 1
                    mu[i] = -1
                for j in range(np):
                    p = primes[j]
                    if <long long>i * p > n:
                        break
                    is_comp[i * p] = 1
                    if i % p == 0:
                        mu[i * p] = 0
                        break
                    mu[i * p] = -mu[i]
        for k in range(1, n + 1):
            mertens += mu[k]
            if mertens < low:
                low = mertens
                arg_low = k
            if mertens > high:
                high = mertens
            if k % step == 0:
                samples.append(mertens)
            if mu[k] != 0:
                squarefree += 1
    finally:
        free(mu); free(is_comp); free(primes)
    return (squarefree, low, arg_low, high, samples)
