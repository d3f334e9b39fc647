# cython: language_level=3
"""Daily water balance of a reservoir under a hedging release rule.

The inflow series is generated once into a C double array and each candidate threshold
is simulated by a nogil cdef function that returns its cost and writes reliability,
spill and lowest storage into a small ctypedef'd result struct through a pointer; pow
from libc.math reproduces Python's float ** float.

Keywords: simulation, reservoir operation, water balance, hedging rule, hydrology, storage
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport sin, pow, M_PI, INFINITY

from cnake_charmer.benchmarks import cython_benchmark

ctypedef struct Outcome:
    double reliability
    double spill
    double lowest


cdef double simulate(double* inflow, int days, double threshold, Outcome* out) noexcept nogil:
    cdef double capacity = 5000.0, demand = 42.0
    cdef double storage = capacity / 2, cost = 0.0, spill = 0.0, lowest, want, release, shortage
    cdef long met = 0
    cdef int d
    lowest = storage
    for d in range(days):
        storage += inflow[d]
        storage -= 0.002 * pow(storage, 2.0 / 3.0)
        want = demand if storage > threshold else 0.7 * demand
        release = want if want < storage else storage
        storage -= release
        shortage = demand - release
        cost += shortage * shortage
        if shortage <= 1e-12:
            met += 1
        if storage > capacity:
            spill += storage - capacity
            storage = capacity
        if storage < lowest:
            lowest = storage
    out.reliability = met / <double>days if days else 1.0
    out.spill = spill
    out.lowest = lowest
    return cost


@cython_benchmark(args=(3650, 24, 5))
@cython.cdivision(True)
def reservoir_water_balance(int days, int thresholds, long long seed):
    """Grid-search the hedging threshold over `days` days of simulated inflow."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef double* inflow = <double*>malloc((days + 1) * sizeof(double))
    cdef double noise, v, threshold, cost, best_cost = INFINITY
    cdef int d, k
    cdef Outcome o, best_o
    cdef double best_t = 0.0
    best_o.reliability = 0.0
    best_o.spill = 0.0
    best_o.lowest = 0.0
    if inflow == NULL:
        raise MemoryError()
    try:
        for d in range(days):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            noise = ((state >> 8) % 1000) / 1000.0
            v = 40.0 + 35.0 * sin(2 * M_PI * d / 365.0) + 30.0 * (noise - 0.5)
            inflow[d] = v if v > 0.0 else 0.0
        for k in range(thresholds):
            threshold = 5000.0 * k / (thresholds if thresholds > 1 else 1)
            cost = simulate(inflow, days, threshold, &o)
            if cost < best_cost:
                best_cost = cost
                best_t = threshold
                best_o = o
        return (best_t, best_o.reliability, best_o.spill, best_o.lowest)
    finally:
        free(inflow)
