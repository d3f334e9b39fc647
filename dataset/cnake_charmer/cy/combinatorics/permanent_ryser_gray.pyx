# cython: language_level=3
"""Ryser permanent with Gray-code column toggles on C row sums, modulo a prime.

The matrix is stored column-major as bytes so a toggle walks one contiguous column;
row sums are ints, the product is reduced modulo p and abandoned at the first zero,
and popcount parity comes from the GCC builtin through an extern block.

Keywords: combinatorics, permanent, ryser formula, perfect matchings, gray code, inclusion-exclusion
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_ctzll(unsigned long long x) nogil
    int __builtin_popcountll(unsigned long long x) nogil


@cython_benchmark(args=(16, 55, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
def permanent_ryser_gray(int n, int density, long long seed):
    """Return (permanent mod p, subsets with non-zero row product, ones in the matrix)."""
    if n > 30:
        raise ValueError("n too large")
    cdef long long MOD = 1000000007
    cdef unsigned char colmajor[900]
    cdef int sums[30]
    cdef long long state = seed & 0x7FFFFFFF, product, total = 0, nonzero = 0
    cdef unsigned long long step, mask = 0, limit = 1ULL << n
    cdef int i, j, col, ones = 0, sign
    cdef unsigned char *column
    for i in range(n):
        sums[i] = 0
        for j in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            colmajor[j * n + i] = 1 if (state >> 12) % 100 < density else 0
            ones += colmajor[j * n + i]
    with nogil:
        step = 1
        while step < limit:
            col = __builtin_ctzll(step)
            mask ^= 1ULL << col
            sign = 1 if (mask >> col) & 1 else -1
            column = colmajor + col * n
            for i in range(n):
                sums[i] += sign * column[i]
            product = 1
            for i in range(n):
                if sums[i] == 0:
                    product = 0
                    break
                product = product * sums[i] % MOD
            if product:
                nonzero += 1
                if __builtin_popcountll(mask) % 2 == 0:
                    total += product
                else:
                    total -= product
                total %= MOD
            step += 1
    if n % 2:
        total = -total
    return (total % MOD, nonzero, ones)
