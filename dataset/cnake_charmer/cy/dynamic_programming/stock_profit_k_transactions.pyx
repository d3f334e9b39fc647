# cython: language_level=3
"""k-transaction stock DP on small C arrays with inline max.

Prices are generated into a malloc'd int array; the hold/flat state vectors are
``long long`` buffers updated in a nogil day loop with an inline max, so each step is
a few integer comparisons.

Keywords: dynamic programming, stock trading, transactions, state machine, optimization
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline long long lmax(long long a, long long b) noexcept nogil:
    return a if a > b else b


@cython_benchmark(args=(30000, 12, 67))
@cython.boundscheck(False)
@cython.wraparound(False)
def stock_profit_k_transactions(int days, int k, long long seed):
    """Return (best profit for 1..k transactions, unlimited-transaction profit)."""
    if days <= 0:
        return ([0] * k, 0)
    cdef int *prices = <int *>malloc(days * sizeof(int))
    cdef long long *hold = <long long *>malloc((k + 1) * sizeof(long long))
    cdef long long *flat = <long long *>calloc(k + 1, sizeof(long long))
    cdef long long state = seed & 0x7FFFFFFF, unlimited = 0
    cdef int d, t, p, price = 500
    try:
        for d in range(days):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            price = <int>(price + (state >> 10) % 21 - 10)
            if price < 1:
                price = 1
            prices[d] = price
        with nogil:
            for t in range(k + 1):
                hold[t] = -prices[0]
            for d in range(1, days):
                p = prices[d]
                for t in range(1, k + 1):
                    hold[t] = lmax(hold[t], flat[t - 1] - p)
                    flat[t] = lmax(flat[t], hold[t] + p)
                if p > prices[d - 1]:
                    unlimited += p - prices[d - 1]
        result = ([flat[t] for t in range(1, k + 1)], unlimited)
    finally:
        free(prices); free(hold); free(flat)
    return result
