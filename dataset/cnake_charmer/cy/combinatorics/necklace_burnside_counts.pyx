# cython: language_level=3
"""Burnside necklace counts with a C totient sieve and a table of colour powers.

Totients are sieved into an int array and all powers k^e mod p for e <= max_len are
tabulated once, so each divisor contributes one table lookup instead of a modular
exponentiation; only the division by n needs an inline square-and-multiply inverse.

Keywords: combinatorics, necklaces, burnside lemma, euler totient, group action, modular arithmetic
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline long long pow_mod(long long base, long long exp, long long mod) noexcept nogil:
    cdef long long result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


@cython_benchmark(args=(12000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def necklace_burnside_counts(int max_len, long long colours):
    """Return (checksum of N(1..max_len) mod p, N(n) mod p for n = 1..8)."""
    cdef long long MOD = 1000000007
    cdef long long *phi = <long long *>malloc((max_len + 1) * sizeof(long long))
    cdef long long *powk = <long long *>malloc((max_len + 1) * sizeof(long long))
    cdef long long total, count, checksum = 0, c = colours % MOD
    cdef int i, j, n, d, e
    small = []
    try:
        with nogil:
            powk[0] = 1
            for i in range(max_len + 1):
                phi[i] = i
                if i > 0:
                    powk[i] = powk[i - 1] * c % MOD
            for i in range(2, max_len + 1):
                if phi[i] == i:
                    j = i
                    while j <= max_len:
                        phi[j] -= phi[j] // i
                        j += i
        for n in range(1, max_len + 1):
            total = 0
            d = 1
            while d * d <= n:
                if n % d == 0:
                    e = n // d
                    total = (total + phi[d] * powk[e]) % MOD
                    if e != d:
                        total = (total + phi[e] * powk[d]) % MOD
                d += 1
            count = total * pow_mod(n, MOD - 2, MOD) % MOD
            checksum = (checksum * 1000003 + count) % MOD
            if n <= 8:
                small.append(count)
    finally:
        free(phi); free(powk)
    return (checksum, small)
