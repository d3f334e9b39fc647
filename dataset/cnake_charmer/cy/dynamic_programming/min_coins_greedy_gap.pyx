# cython: language_level=3
"""Optimal versus greedy change counts with C arrays and an inline greedy routine.

The DP table is an int array filled with an explicit minimum over a fixed C array of
coins; the greedy count for each amount is an inline nogil function using C division,
so both passes are plain integer loops.

Keywords: dynamic programming, coin change, greedy, change making, counterexample
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef inline int greedy_count(int amount, const int *coins, int k) noexcept nogil:
    cdef int i, count = 0
    for i in range(k - 1, -1, -1):
        count += amount / coins[i]
        amount = amount % coins[i]
    return count


@cython_benchmark(args=(80000, 6, 13))
@cython.boundscheck(False)
@cython.wraparound(False)
def min_coins_greedy_gap(int limit, int extra_coins, long long seed):
    """Return (coins, optimum for limit, greedy failures, first failure or -1, worst excess)."""
    cdef bint seen[64]
    cdef int coins[64]
    cdef int k = 0, i, c, amount, best, gap, failures = 0, first = -1, worst = 0
    cdef long long state = seed & 0x7FFFFFFF
    cdef int *optimum = <int *>malloc((limit + 1) * sizeof(int))
    for i in range(64):
        seen[i] = False
    seen[1] = True
    k = 1
    while k < extra_coins + 1:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        c = <int>(2 + (state >> 12) % 60)
        if not seen[c]:
            seen[c] = True
            k += 1
    k = 0
    for c in range(64):
        if seen[c]:
            coins[k] = c
            k += 1
    try:
        with nogil:
            optimum[0] = 0
            for amount in range(1, limit + 1):
                best = optimum[amount - 1]
                for i in range(1, k):
                    if coins[i] > amount:
                        break
                    if optimum[amount - coins[i]] < best:
                        best = optimum[amount - coins[i]]
                optimum[amount] = best + 1
            for amount in range(1, limit + 1):
                gap = greedy_count(amount, coins, k) - optimum[amount]
                if gap > 0:
                    failures += 1
                    if first < 0:
                        first = amount
                    if gap > worst:
                        worst = gap
        result = ([coins[i] for i in range(k)], optimum[limit], failures, first, worst)
    finally:
        free(optimum)
    return result
