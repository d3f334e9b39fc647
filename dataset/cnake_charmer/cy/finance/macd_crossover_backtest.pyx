# cython: language_level=3
"""MACD crossover backtest on a cython.view price buffer with C EMA state.

Prices are generated into a ``cython.view.array`` read through a typed memoryview;
the three EMAs, the position flag and the growth factor are C locals updated in one
bounds-check-free pass.

Keywords: finance, macd, exponential moving average, crossover, backtest, momentum
"""

cimport cython
from cython.view cimport array as cvarray

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(150000, 12, 26, 9, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def macd_crossover_backtest(long days, int fast, int slow, int signal, long seed):
    """Return (trades, strategy growth, buy-and-hold growth, final MACD, final signal)."""
    if days <= 0:
        return 0, 1.0, 1.0, 0.0, 0.0
    cdef double[::1] p = cvarray(shape=(days,), itemsize=sizeof(double), format="d")
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double price = 50.0
    cdef long t, trades = 0
    for t in range(days):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        price *= 1.0 + 0.00001 + 0.02 * (<double>state / 2147483648.0 - 0.5)
        p[t] = price
    cdef double af = 2.0 / (fast + 1), aslow = 2.0 / (slow + 1), asig = 2.0 / (signal + 1)
    cdef double ema_fast = p[0], ema_slow = p[0], sig = 0.0, growth = 1.0
    cdef double macd, diff, previous_diff = 0.0
    cdef bint long_position = False
    for t in range(1, days):
        if long_position:
            growth *= p[t] / p[t - 1]
        ema_fast += af * (p[t] - ema_fast)
        ema_slow += aslow * (p[t] - ema_slow)
        macd = ema_fast - ema_slow
        sig += asig * (macd - sig)
        diff = macd - sig
        if diff > 0 and previous_diff <= 0 and not long_position:
            long_position = True
            trades += 1
        elif diff < 0 and previous_diff >= 0 and long_position:
            long_position = False
            trades += 1
        previous_diff = diff
    return trades, growth, p[days - 1] / p[0], ema_fast - ema_slow, sig
