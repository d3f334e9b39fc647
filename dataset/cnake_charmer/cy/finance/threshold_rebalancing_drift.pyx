# cython: language_level=3
"""Threshold rebalancing over cpython.array holdings and targets.

Holdings and target weights are ``cpython.array`` double arrays accessed through raw
``as_doubles`` pointers; daily drift, the deviation scan and the rebalance are plain
C loops with no per-day list allocation.

Keywords: finance, portfolio rebalancing, asset allocation, transaction costs, drift
"""

from cpython cimport array
import array
from libc.math cimport fabs

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(6, 30000, 0.05, 0.001, 15))
def threshold_rebalancing_drift(int assets, long days, double threshold, double cost, long seed):
    """Return (final wealth, rebalances, total cost, max weight deviation)."""
    if assets <= 0:
        return 0.0, 0, 0.0, 0.0
    cdef array.array tarr = array.clone(array.array("d"), assets, zero=True)
    cdef array.array harr = array.clone(array.array("d"), assets, zero=True)
    cdef double *target = tarr.data.as_doubles
    cdef double *hold = harr.data.as_doubles
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double denom = assets * (assets + 1) / 2.0, wealth, dev, deviation, traded, fee
    cdef double paid = 0.0, worst = 0.0
    cdef long d, rebalances = 0
    cdef int a
    for a in range(assets):
        target[a] = (a + 1) / denom
        hold[a] = target[a]
    for d in range(days):
        for a in range(assets):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            hold[a] *= 1.0 + 0.00002 * (a + 1) + 0.01 * (a + 1) * (<double>state / 2147483648.0 - 0.5)
        wealth = 0.0
        for a in range(assets):
            wealth += hold[a]
        deviation = 0.0
        for a in range(assets):
            dev = fabs(hold[a] / wealth - target[a])
            if dev > deviation:
                deviation = dev
        if deviation > worst:
            worst = deviation
        if deviation > threshold:
            traded = 0.0
            for a in range(assets):
                traded += fabs(hold[a] - target[a] * wealth)
            fee = traded * cost
            paid += fee
            wealth -= fee
            for a in range(assets):
                hold[a] = target[a] * wealth
            rebalances += 1
    wealth = 0.0
    for a in range(assets):
        wealth += hold[a]
    return wealth, rebalances, paid, worst
