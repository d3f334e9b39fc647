# cython: language_level=3
"""Submask-enumeration DP on C arrays with incremental group statistics.

Group costs are built incrementally from mask ^ lowbit (min, max and size arrays),
so each is O(1) instead of a list comprehension; the 3**k submask loop then runs in
C over int64_t dp values with unsigned mask arithmetic and no GIL.

Keywords: submask enumeration, bitmask DP, set partition, 3^n, subsets
"""

import cython
from libc.stdint cimport int64_t, uint32_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_ctz(unsigned int x) nogil


@cython_benchmark(args=(13, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def submask_enumeration_pairs(int k, long long seed):
    """Return (best partition cost of all items, (mask, submask) pairs visited, dp of 6 masks); 0 <= k <= 16."""
    if not 0 <= k <= 16:
        raise ValueError("k must be in 0..16")
    cdef int weights[16]
    cdef int i
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef uint32_t n = (<uint32_t>1) << k, mask, sub, low, rest
    cdef long long pairs = 0
    cdef int64_t best, cand, w
    for i in range(k):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        weights[i] = <int>((state >> 9) % 1000)
    cdef int *lo = <int *>malloc(n * sizeof(int))
    cdef int *hi = <int *>malloc(n * sizeof(int))
    cdef int *cnt = <int *>malloc(n * sizeof(int))
    cdef int64_t *cost = <int64_t *>malloc(n * sizeof(int64_t))
    cdef int64_t *dp = <int64_t *>malloc(n * sizeof(int64_t))
    if lo == NULL or hi == NULL or cnt == NULL or cost == NULL or dp == NULL:
        free(lo)
        free(hi)
        free(cnt)
        free(cost)
        free(dp)
        raise MemoryError()
    try:
        with nogil:
            lo[0] = 1 << 30
            hi[0] = -1
            cnt[0] = 0
            cost[0] = 0
            dp[0] = 0
            for mask in range(1, n):
                low = mask & (~mask + 1)
                rest = mask ^ low
                w = weights[__builtin_ctz(low)]
                lo[mask] = <int>w if w < lo[rest] else lo[rest]
                hi[mask] = <int>w if w > hi[rest] else hi[rest]
                cnt[mask] = cnt[rest] + 1
                cost[mask] = <int64_t>(hi[mask] - lo[mask]) * cnt[mask] + 150
                dp[mask] = 1000000000000000000LL
            for mask in range(1, n):
                low = mask & (~mask + 1)
                sub = mask
                best = dp[mask]
                while sub:
                    pairs += 1
                    if sub & low:
                        cand = dp[mask ^ sub] + cost[sub]
                        if cand < best:
                            best = cand
                    sub = (sub - 1) & mask
                dp[mask] = best
        step = max(1, n // 6)
        picks = [dp[i] for i in range(0, n, step)][:6]
        return dp[n - 1], pairs, picks
    finally:
        free(lo)
        free(hi)
        free(cnt)
        free(cost)
        free(dp)
