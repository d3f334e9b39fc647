# cython: language_level=3
"""Kepler's equation via an inline nogil Halley iteration returning a C tuple.

The solver is a cdef inline function returning (anomaly, iterations) as a C tuple and
uses libm sin/cos/atan2 directly; the grid sweep keeps all accumulators as C doubles so
only the sampled solutions touch Python objects.

Keywords: kepler equation, halley method, c tuple, inline, libc math, nogil
"""

import cython
from libc.math cimport sin, cos, sqrt, atan2, fabs, M_PI

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef inline (double, int) solve(double mean, double ecc) noexcept nogil:
    cdef double e_anom = mean if ecc < 0.8 else M_PI
    cdef double f, f1, f2, delta
    cdef int it
    for it in range(1, 51):
        f = e_anom - ecc * sin(e_anom) - mean
        f1 = 1.0 - ecc * cos(e_anom)
        f2 = ecc * sin(e_anom)
        delta = f / (f1 - 0.5 * f * f2 / f1)
        e_anom -= delta
        if fabs(delta) < 1e-13:
            return e_anom, it
    return e_anom, 50


@cython_benchmark(args=(60, 400))
@cython.cdivision(True)
def kepler_equation_halley(int n_ecc, int n_mean):
    """Solve Kepler's equation on an n_ecc x n_mean grid; return summary statistics."""
    cdef long total_iters = 0
    cdef double sum_true = 0.0, sum_radius = 0.0, ecc, mean, e_anom, true_anom, radius
    cdef int a, b, iters
    cdef int de = n_ecc if n_ecc > 1 else 1
    cdef int dm = n_mean if n_mean > 1 else 1
    cdef list samples = []
    for a in range(n_ecc):
        ecc = 0.95 * a / de
        for b in range(n_mean):
            mean = 2.0 * M_PI * b / dm
            e_anom, iters = solve(mean, ecc)
            total_iters += iters
            true_anom = 2.0 * atan2(sqrt(1.0 + ecc) * sin(e_anom / 2.0),
                                    sqrt(1.0 - ecc) * cos(e_anom / 2.0))
            radius = 1.0 - ecc * cos(e_anom)
            sum_true += true_anom
            sum_radius += radius
            if (a * n_mean + b) % 997 == 0:
                samples.append((e_anom, true_anom))
    return total_iters, sum_true, sum_radius, samples
