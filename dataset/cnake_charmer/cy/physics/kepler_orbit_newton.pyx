# cython: language_level=3
"""Positions along Keplerian orbits by solving Kepler's equation with Newton's method.

The trigonometric functions are declared straight from the C header with
``cdef extern from "math.h"`` and the Newton solver is an inline nogil function that
reports its iteration count through a pointer; everything but the few picked positions
stays in C doubles.

Keywords: physics, orbital mechanics, kepler equation, newton raphson, eccentric anomaly
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from "math.h" nogil:
    double sin(double x)
    double cos(double x)
    double sqrt(double x)
    double atan2(double y, double x)
    double fabs(double x)
    const double M_PI


cdef inline double solve_kepler(double m, double e, int* count) noexcept nogil:
    cdef double ecc = m if e < 0.8 else M_PI
    cdef double delta
    count[0] = 0
    while count[0] < 60:
        delta = (ecc - e * sin(ecc) - m) / (1 - e * cos(ecc))
        ecc -= delta
        count[0] += 1
        if fabs(delta) < 1e-13:
            break
    return ecc


@cython_benchmark(args=(40, 2000))
@cython.cdivision(True)
def kepler_orbit_newton(int orbits, int samples):
    """Solve Kepler's equation along `orbits` orbits at `samples` times each."""
    cdef double total_r = 0.0, e, a, m, ecc, nu, r
    cdef long iterations = 0
    cdef int worst = 0, count, k, s
    picked = []
    for k in range(orbits):
        e = 0.95 * k / (orbits if orbits > 1 else 1)
        a = 1.0 + 0.1 * k
        for s in range(samples):
            m = 2 * M_PI * s / samples
            ecc = solve_kepler(m, e, &count)
            iterations += count
            if count > worst:
                worst = count
            nu = 2 * atan2(sqrt(1 + e) * sin(ecc / 2), sqrt(1 - e) * cos(ecc / 2))
            r = a * (1 - e * cos(ecc))
            total_r += r
            if s == samples // 3 and len(picked) < 6:
                picked.append((r * cos(nu), r * sin(nu)))
    return (total_r, iterations, worst, picked)
