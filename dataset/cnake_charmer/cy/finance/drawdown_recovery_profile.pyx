# cython: language_level=3
"""Drawdown profile computed over a cpython.array of daily equity values.

The equity curve is materialised in a ``cpython.array`` of doubles whose raw buffer
is filled and then scanned in C; the array module keeps allocation cheap and
Python-visible while the loops use ``data.as_doubles`` directly.

Keywords: finance, drawdown, equity curve, risk, time under water
"""

from cpython cimport array
import array

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(100000, 0.0003, 0.012, 19))
def drawdown_recovery_profile(long days, double drift, double vol, long seed):
    """Return (max drawdown, longest underwater streak, episodes, mean drawdown)."""
    cdef long n = days if days > 0 else 0
    cdef array.array curve = array.clone(array.array("d"), n, zero=False)
    cdef double *eq = curve.data.as_doubles
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double equity = 1.0, peak = 1.0, worst = 0.0, total = 0.0, drawdown
    cdef long i, streak = 0, longest = 0, episodes = 0
    for i in range(n):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        equity *= 1.0 + drift + vol * (2.0 * <double>state / 2147483648.0 - 1.0)
        eq[i] = equity
    for i in range(n):
        if eq[i] >= peak:
            peak = eq[i]
            streak = 0
            continue
        if streak == 0:
            episodes += 1
        streak += 1
        if streak > longest:
            longest = streak
        drawdown = 1.0 - eq[i] / peak
        if drawdown > worst:
            worst = drawdown
        total += drawdown
    return worst, longest, episodes, total / days if days > 0 else 0.0
