# cython: language_level=3
"""Gauss-Legendre rules from a nogil Newton solver over the Legendre recurrence.

The recurrence for P_n and P_n' is a cdef function returning a C tuple, the Newton loop
runs in nogil C code, and nodes and weights go straight into the running integral, so
no Python list of pairs is built per order.

Keywords: quadrature, gauss legendre, legendre polynomials, newton, c tuple, nogil
"""

import cython
from libc.math cimport cos, exp, fabs, M_PI

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef (double, double) legendre(int n, double x) noexcept nogil:
    cdef double p0 = 1.0, p1 = x, p2
    cdef int k
    for k in range(2, n + 1):
        p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k
        p0 = p1
        p1 = p2
    return p1, n * (x * p1 - p0) / (x * x - 1.0)


@cython.cdivision(True)
cdef double integrate_exp(int n) noexcept nogil:
    if n == 1:
        return 2.0 * exp(0.0)
    cdef double total = 0.0, x, dx, p, dp, w
    cdef int i, it
    for i in range(1, n + 1):
        x = cos(M_PI * (i - 0.25) / (n + 0.5))
        for it in range(100):
            p, dp = legendre(n, x)
            dx = p / dp
            x -= dx
            if fabs(dx) < 1e-15:
                break
        p, dp = legendre(n, x)
        w = 2.0 / ((1.0 - x * x) * dp * dp)
        total += w * exp(x)
    return total


@cython_benchmark(args=(70,))
def gauss_legendre_quadrature(int n_max):
    """Integral of exp over [-1, 1] with Gauss-Legendre rules of order 1..n_max."""
    cdef list out = []
    cdef int n
    cdef double v
    for n in range(1, n_max + 1):
        with nogil:
            v = integrate_exp(n)
        out.append(v)
    return out
