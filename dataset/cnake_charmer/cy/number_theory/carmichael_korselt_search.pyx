# cython: language_level=3
"""Korselt search with a C smallest-prime-factor table and an inline tester.

The smallest-prime-factor table is a calloc'd int array; each candidate is checked by
an inline nogil function that factorises by repeated division, rejecting square
factors and testing p - 1 | k - 1 on the fly, without building factor lists.

Keywords: number theory, carmichael numbers, korselt criterion, pseudoprimes, factorization
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
@cython.boundscheck(False)
cdef inline int korselt(const int *spf, int k) noexcept nogil:
    """0: not squarefree, 1: squarefree but fails, 2: Carmichael."""
    cdef int m = k, p, last = 0
    cdef bint ok = True
    while m > 1:
        p = spf[m]
        m = m // p
        if p == last:
            return 0
        last = p
        if (k - 1) % (p - 1) != 0:
            ok = False
    return 2 if ok else 1


@cython_benchmark(args=(200000,))
@cython.boundscheck(False)
@cython.wraparound(False)
def carmichael_korselt_search(int n):
    """Return (Carmichael numbers <= n, squarefree composites <= n)."""
    cdef int *spf = <int *>calloc(n + 2, sizeof(int))
    cdef int i, j, k, verdict
    cdef long long squarefree = 0
    found = []
    try:
        with nogil:
            for i in range(2, n + 1):
                if spf[i] == 0:
                    j = i
                    while j <= n:
                        if spf[j] == 0:
                            spf[j] = i
                        j += i
        for k in range(4, n + 1):
            if spf[k] == k:
                continue
            verdict = korselt(spf, k)
            if verdict:
                squarefree += 1
                if verdict == 2:
                    found.append(k)
    finally:
        free(spf)
    return (found, squarefree)
