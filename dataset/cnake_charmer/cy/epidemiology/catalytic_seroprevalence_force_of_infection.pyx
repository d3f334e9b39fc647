# cython: language_level=3
"""Catalytic force-of-infection fits with a nogil likelihood over fixed-size C arrays.

Age-stratified counts are ``int[MAX_AGE]`` stack arrays, the cumulative hazard and the
binomial log-likelihood are ``cdef inline ... noexcept nogil`` functions using
``libc.math`` (exp, log, fmin/fmax), and the one- and two-parameter grid searches run
without the GIL over a precomputed C array of candidate hazards.

Keywords: epidemiology, force of infection, catalytic model, seroprevalence, serosurvey, maximum likelihood, grid search, age at infection
"""

import cython
from libc.math cimport exp, log, INFINITY
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MAX_AGE = 80
    SPLIT_AGE = 15


cdef inline double _hazard(double age, double child, double adult) noexcept nogil:
    if age <= SPLIT_AGE:
        return child * age
    return child * SPLIT_AGE + adult * (age - SPLIT_AGE)


cdef inline double _loglik(const int *tested, const int *positive, double child, double adult) noexcept nogil:
    cdef double total = 0.0, p
    cdef int age
    for age in range(MAX_AGE):
        if tested[age] == 0:
            continue
        p = 1.0 - exp(-_hazard(age + 0.5, child, adult))
        if p < 1e-12:
            p = 1e-12
        if p > 1.0 - 1e-12:
            p = 1.0 - 1e-12
        total += positive[age] * log(p) + (tested[age] - positive[age]) * log(1.0 - p)
    return total


@cython.cdivision(True)
cdef inline double _mean_age(double child, double adult) noexcept nogil:
    cdef double infected = 0.0, weighted = 0.0, density
    cdef int age
    for age in range(MAX_AGE):
        density = exp(-_hazard(age, child, adult)) - exp(-_hazard(age + 1, child, adult))
        infected += density
        weighted += density * (age + 0.5)
    return weighted / infected if infected > 0.0 else 0.0


@cython_benchmark(args=(6000, 70, 29))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def catalytic_seroprevalence_force_of_infection(int people, int grid, long long seed):
    """Return (constant fit, two-phase fit, seroprevalence per decade) with (params, log-lik, AIC, mean age)."""
    cdef unsigned int st = <unsigned int>(seed & 0x7FFFFFFF)
    cdef int tested[MAX_AGE]
    cdef int positive[MAX_AGE]
    cdef double *lambdas = <double *>malloc((grid + 1) * sizeof(double))
    cdef int i, j, age, g, n, pos, start, denom = grid if grid > 1 else 1
    cdef double u, ll, best1_ll = -INFINITY, best1_lam = 0.0
    cdef double best2_ll = -INFINITY, best2_child = 0.0, best2_adult = 0.0
    if lambdas == NULL:
        raise MemoryError()
    try:
        for age in range(MAX_AGE):
            tested[age] = 0
            positive[age] = 0
        for i in range(people):
            st = (st * 1103515245u + 12345u) & 0x7FFFFFFFu
            age = <int>((st >> 7) / 16777216.0 * MAX_AGE)
            tested[age] += 1
            st = (st * 1103515245u + 12345u) & 0x7FFFFFFFu
            u = (st >> 7) / 16777216.0
            if u < 1.0 - exp(-_hazard(age + 0.5, 0.12, 0.03)):
                positive[age] += 1
        for g in range(grid):
            lambdas[g] = 0.005 + 0.25 * g / denom
        with nogil:
            for i in range(grid):
                ll = _loglik(tested, positive, lambdas[i], lambdas[i])
                if ll > best1_ll:
                    best1_ll = ll
                    best1_lam = lambdas[i]
            for i in range(grid):
                for j in range(grid):
                    ll = _loglik(tested, positive, lambdas[i], lambdas[j])
                    if ll > best2_ll:
                        best2_ll = ll
                        best2_child = lambdas[i]
                        best2_adult = lambdas[j]
        one = (round(best1_lam, 9), round(best1_ll, 6), round(2.0 - 2.0 * best1_ll, 6),
               round(_mean_age(best1_lam, best1_lam), 9))
        two = ((round(best2_child, 9), round(best2_adult, 9)), round(best2_ll, 6), round(4.0 - 2.0 * best2_ll, 6),
               round(_mean_age(best2_child, best2_adult), 9))
        decades = []
        for start in range(0, MAX_AGE, 10):
            n = 0
            pos = 0
            for age in range(start, start + 10):
                n += tested[age]
                pos += positive[age]
            decades.append(round(pos / <double>n, 9) if n else 0.0)
        return (one, two, decades)
    finally:
        free(lambdas)
