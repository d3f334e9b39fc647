# cython: language_level=3
"""Coin-change counting over a C array of 64-bit residues.

Coins are drawn with a byte "seen" table and kept in a small C array sorted by
insertion; the ways table is a ``long long`` array and the modular update uses a
compare-and-subtract instead of ``%``, running without the GIL.

Keywords: dynamic programming, coin change, counting, combinations, modular arithmetic
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark



@cython_benchmark(args=(150000, 10, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
def coin_change_ways_mod(int amount, int coin_count, long long seed):
    """Return (coins, ways for the amount, checksum over all amounts, amounts with no way)."""
    cdef long long MOD = 1000000007
    cdef char seen[100]
    cdef int coins[100]
    cdef int ncoins = 0, i, j, c, t
    cdef long long state = seed & 0x7FFFFFFF, checksum = 0, x
    cdef long long *ways = <long long *>calloc(amount + 1, sizeof(long long))
    cdef Py_ssize_t total, zeros = 0
    for i in range(100):
        seen[i] = 0
    while ncoins < coin_count:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        c = <int>(2 + (state >> 10) % 97)
        if not seen[c]:
            seen[c] = 1
            ncoins += 1
    j = 0
    for c in range(100):
        if seen[c]:
            coins[j] = c
            j += 1
    try:
        with nogil:
            ways[0] = 1
            for i in range(ncoins):
                c = coins[i]
                for total in range(c, amount + 1):
                    x = ways[total] + ways[total - c]
                    if x >= MOD:
                        x -= MOD
                    ways[total] = x
            for total in range(amount + 1):
                checksum = (checksum + ways[total] * (total % 1009 + 1)) % MOD
                if ways[total] == 0:
                    zeros += 1
        result = ([coins[i] for i in range(ncoins)], ways[amount], checksum, zeros)
    finally:
        free(ways)
    return result
