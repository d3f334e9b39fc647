# cython: language_level=3
"""Lucas' theorem over C factorial tables with an inline modular power.

Factorials and inverse factorials modulo p are ``long long`` arrays filled once (the
inverse via an inline square-and-multiply); each query peels base-p digits with C
division, so a query is a short loop of integer multiplications.

Keywords: combinatorics, binomial coefficients, lucas theorem, modular arithmetic, primes
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef inline long long pow_mod(long long base, long long exp, long long mod) noexcept nogil:
    cdef long long result = 1 % mod
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


@cython_benchmark(args=(80000, 1009, 101))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def lucas_binomial_queries(int queries, long long p, long long seed):
    """Return (zero residues, checksum of all residues, first 6 residues)."""
    cdef long long *fact = <long long *>malloc(p * sizeof(long long))
    cdef long long *inv_fact = <long long *>malloc(p * sizeof(long long))
    cdef long long state = seed & 0x7FFFFFFF, n, k, ni, ki, result, checksum = 0
    cdef long long zeros = 0
    cdef int q, i
    first = []
    try:
        fact[0] = 1
        for i in range(1, p):
            fact[i] = fact[i - 1] * i % p
        for i in range(p):
            inv_fact[i] = pow_mod(fact[i], p - 2, p)
        for q in range(queries):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            n = (state >> 4) % 1000000 + q
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            k = state % (n + 1)
            result = 1 % p
            while n or k:
                ni = n % p
                ki = k % p
                if ki > ni:
                    result = 0
                    break
                result = result * fact[ni] % p * inv_fact[ki] % p * inv_fact[ni - ki] % p
                n //= p
                k //= p
            if result == 0:
                zeros += 1
            checksum = (checksum * 131 + result) % 1000000007
            if q < 6:
                first.append(result)
    finally:
        free(fact); free(inv_fact)
    return (zeros, checksum, first)
