# cython: language_level=3
"""Broken-profile domino tiling count on two C arrays of 2^rows residues.

The profile table and its successor are malloc'd ``long long`` arrays swapped per
cell; transitions are bit operations on unsigned masks and the modular reduction is
a conditional subtraction, all inside a nogil loop.

Keywords: combinatorics, domino tilings, broken profile dp, bitmask dp, transfer matrix
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


cdef inline void add_mod(long long *slot, long long value) noexcept nogil:
    cdef long long s = slot[0] + value
    if s >= 1000000007:
        s -= 1000000007
    slot[0] = s


@cython_benchmark(args=(10, 60))
@cython.boundscheck(False)
@cython.wraparound(False)
def domino_tiling_profile_dp(int rows, int cols):
    """Return (tilings of the full board, tilings of rows x c for c = 1..8, checksum over all c)."""
    if rows > 20 or rows < 0:
        raise ValueError("rows out of range")
    cdef Py_ssize_t full = (<Py_ssize_t>1) << rows
    cdef long long *dp = <long long *>malloc(full * sizeof(long long))
    cdef long long *nxt = <long long *>malloc(full * sizeof(long long))
    cdef long long *per_column = <long long *>malloc((cols + 1) * sizeof(long long))
    cdef long long *tmp
    cdef long long ways, checksum = 0
    cdef unsigned int mask, bit
    cdef int c, r
    try:
        with nogil:
            memset(dp, 0, full * sizeof(long long))
            dp[0] = 1
            for c in range(cols):
                for r in range(rows):
                    bit = 1u << r
                    memset(nxt, 0, full * sizeof(long long))
                    for mask in range(<unsigned int>full):
                        ways = dp[mask]
                        if not ways:
                            continue
                        if mask & bit:
                            add_mod(&nxt[mask ^ bit], ways)
                        else:
                            add_mod(&nxt[mask | bit], ways)
                            if r + 1 < rows and not (mask & (bit << 1)):
                                add_mod(&nxt[mask | (bit << 1)], ways)
                    tmp = dp; dp = nxt; nxt = tmp
                per_column[c] = dp[0]
                checksum = (checksum + (c + 1) * dp[0]) % 1000000007
        result = (dp[0], [per_column[c] for c in range(min(cols, 8))], checksum)
    finally:
        free(dp); free(nxt); free(per_column)
    return result
