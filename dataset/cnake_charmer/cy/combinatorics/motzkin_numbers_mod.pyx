# cython: language_level=3
"""Motzkin recurrence with all inverses from the linear-time inverse table.

Instead of one modular exponentiation per term, inverses of 1..n+2 are built with
inv[i] = -(p // i) * inv[p % i] mod p in a single C pass; the recurrence then needs two
multiplications per term. Bad input is rejected by an ``except -1`` validator.

Keywords: combinatorics, motzkin numbers, lattice paths, recurrence, modular inverse
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef int check_n(int n) except -1:
    if n < 0:
        raise ValueError("n must be non-negative")
    return 0


@cython_benchmark(args=(80000,))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def motzkin_numbers_mod(int n):
    """Return (M(n) mod p, checksum of M(0..n), M at every n//5 step)."""
    check_n(n)
    cdef long long MOD = 1000000007
    cdef long long *m = <long long *>malloc((n + 2) * sizeof(long long))
    cdef long long *inv = <long long *>malloc((n + 4) * sizeof(long long))
    cdef long long value, checksum = 0
    cdef int k, step
    try:
        with nogil:
            inv[1] = 1
            for k in range(2, n + 3):
                inv[k] = (MOD - (MOD // k) * inv[MOD % k] % MOD) % MOD
            m[0] = 1
            m[1] = 1
            for k in range(2, n + 1):
                value = ((2 * k + 1) * m[k - 1] + (3LL * k - 3) * m[k - 2]) % MOD
                m[k] = value * inv[k + 2] % MOD
            for k in range(n + 1):
                checksum = (checksum + (k + 1) * m[k]) % MOD
        step = max(1, n // 5)
        result = (m[n], checksum, [m[k] for k in range(0, n + 1, step)])
    finally:
        free(m); free(inv)
    return result
