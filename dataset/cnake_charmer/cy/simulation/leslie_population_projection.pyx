# cython: language_level=3
"""Age-structured population projection (Leslie model) under constant harvesting.

Fecundity, survival and the two population vectors are C double arrays; the yearly
update walks the age classes from the oldest down so the shift can be done in one
in-place pass after the births are summed (in age order, like Python's sum), with no
per-year list allocation.

Keywords: simulation, population dynamics, leslie matrix, harvesting, demography, projection
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport pow

from cnake_charmer.benchmarks import cython_benchmark


cdef double project(double* fec, double* surv, double* pop, int ages, int years, double h, double* last_out) noexcept nogil:
    cdef int a, y
    cdef double births, total, last_total = 0.0, factor = 1.0, n
    for a in range(ages):
        pop[a] = 100.0
        last_total += pop[a]
    for y in range(years):
        births = 0.0
        for a in range(ages):
            births += fec[a] * pop[a]
        for a in range(ages - 1, 0, -1):
            n = pop[a - 1] * surv[a - 1]
            pop[a] = n * (1.0 - h)
        if ages > 0:
            pop[0] = births
        total = 0.0
        for a in range(ages):
            total += pop[a]
        factor = total / last_total if last_total > 0 else 0.0
        last_total = total
    last_out[0] = last_total
    return factor


@cython_benchmark(args=(40, 150, 60))
@cython.cdivision(True)
def leslie_population_projection(int ages, int years, int rates):
    """Scan `rates` harvest rates over a `years`-year projection."""
    cdef double* fec = <double*>malloc((ages + 1) * sizeof(double))
    cdef double* surv = <double*>malloc((ages + 1) * sizeof(double))
    cdef double* pop = <double*>malloc((ages + 1) * sizeof(double))
    cdef int a, k
    cdef double h, factor, last, best_rate = 0.0, best_pop = 0.0
    growth = []
    if fec == NULL or surv == NULL or pop == NULL:
        free(fec); free(surv); free(pop)
        raise MemoryError()
    try:
        for a in range(ages):
            fec[a] = 0.0 if a < 2 else 0.9 * (1.0 - a / (ages + 1.0))
            surv[a] = 0.95 - 0.5 * pow(a / <double>(ages if ages > 1 else 1), 2.0)
        for k in range(rates):
            h = 0.4 * k / (rates if rates > 1 else 1)
            factor = project(fec, surv, pop, ages, years, h, &last)
            growth.append(factor)
            if factor >= 1.0 and h >= best_rate:
                best_rate = h
                best_pop = last
        return (best_rate, best_pop, growth[::max(1, rates // 6)])
    finally:
        free(fec); free(surv); free(pop)
