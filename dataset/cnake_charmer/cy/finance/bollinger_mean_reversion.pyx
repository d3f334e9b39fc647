# cython: language_level=3
"""Bollinger mean reversion with a C ring buffer instead of a deque.

The trailing window lives in a malloc'ed ring buffer indexed modulo the window, the
running sum and sum of squares are C doubles, and the open position is tracked with a
``bint`` flag, so the whole backtest is a single C loop.

Keywords: finance, bollinger bands, mean reversion, backtest, trading strategy
"""

from libc.math cimport sqrt
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(200000, 20, 2.0, 41))
def bollinger_mean_reversion(long days, int window, double k, long seed):
    """Return (round trips, total profit, winning trades, worst trade)."""
    if window < 2:
        raise ValueError("window must be at least 2")
    cdef double *ring = <double *>malloc(window * sizeof(double))
    if ring == NULL:
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double price = 100.0, total = 0.0, total_sq = 0.0, old, mean, var, std
    cdef double entry = 0.0, profit = 0.0, worst = 0.0, gain
    cdef bint holding = False
    cdef long d, filled = 0, trips = 0, wins = 0
    cdef int slot = 0
    with nogil:
        for d in range(days):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            price += 0.05 * (100.0 - price) + (<double>state / 2147483648.0 - 0.5) * 2.0
            total += price
            total_sq += price * price
            if filled == window:
                old = ring[slot]
                total -= old
                total_sq -= old * old
            else:
                filled += 1
            ring[slot] = price
            slot += 1
            if slot == window:
                slot = 0
            if filled < window:
                continue
            mean = total / window
            var = total_sq / window - mean * mean
            std = sqrt(var if var > 0.0 else 0.0)
            if not holding and price < mean - k * std:
                entry = price
                holding = True
            elif holding and price > mean:
                gain = price - entry
                trips += 1
                profit += gain
                if gain > 0:
                    wins += 1
                if gain < worst:
                    worst = gain
                holding = False
    free(ring)
    return trips, profit, wins, worst
