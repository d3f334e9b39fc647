# cython: language_level=3
"""Maxwell equal-area construction with closed-form cubic roots in C and a struct result.

The cubic is solved by a ``noexcept nogil`` function that writes up to three roots into
a ``double[3]`` array (sorted with two compare-and-swap steps), the equal-area gap is
returned in a small ``ctypedef struct``, and the 80-step bisection per temperature uses
``libc.math`` (acos, cos, pow, copysign, log). The curve is stored in a malloc'd array of
structs freed in ``finally``.

Keywords: chemistry, van der waals, equation of state, maxwell construction, phase coexistence, cubic roots, bisection
"""

import cython
from libc.math cimport acos, cos, sqrt, pow, copysign, log, fabs, M_PI
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

ctypedef struct Gap:
    double gap
    double liquid
    double gas

ctypedef struct Point:
    double t
    double p
    double liquid
    double gas


cdef int _roots(double p, double t, double *out) noexcept nogil:
    cdef double a = -(p + 8.0 * t) / (3.0 * p)
    cdef double b = 3.0 / p
    cdef double c = -1.0 / p
    cdef double q = (a * a - 3.0 * b) / 9.0
    cdef double r = (2.0 * a * a * a - 9.0 * a * b + 27.0 * c) / 54.0
    cdef double theta, scale, big, small, tmp
    if r * r < q * q * q:
        theta = acos(r / sqrt(q * q * q))
        scale = -2.0 * sqrt(q)
        out[0] = scale * cos((theta + 0.0) / 3.0) - a / 3.0
        out[1] = scale * cos((theta + 2.0 * M_PI) / 3.0) - a / 3.0
        out[2] = scale * cos((theta + -2.0 * M_PI) / 3.0) - a / 3.0
        if out[0] > out[1]:
            tmp = out[0]; out[0] = out[1]; out[1] = tmp
        if out[1] > out[2]:
            tmp = out[1]; out[1] = out[2]; out[2] = tmp
        if out[0] > out[1]:
            tmp = out[0]; out[0] = out[1]; out[1] = tmp
        return 3
    big = -copysign(pow(fabs(r) + sqrt(r * r - q * q * q), 1.0 / 3.0), r)
    small = q / big if big != 0.0 else 0.0
    out[0] = big + small - a / 3.0
    return 1


cdef Gap _gap(double p, double t) noexcept nogil:
    cdef double roots[3]
    cdef Gap g
    cdef double area
    if _roots(p, t, roots) == 1:
        g.gap = -1.0 if roots[0] < 1.0 else 1.0
        g.liquid = roots[0]
        g.gas = roots[0]
        return g
    g.liquid = roots[0]
    g.gas = roots[2]
    area = (8.0 * t / 3.0) * (log(3.0 * g.gas - 1.0) - log(3.0 * g.liquid - 1.0)) + 3.0 / g.gas - 3.0 / g.liquid
    g.gap = area - p * (g.gas - g.liquid)
    return g


@cython_benchmark(args=(2000, 0.45))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def van_der_waals_maxwell_construction(int temperatures, double t_low):
    """Return (sampled (T, p_sat, V_liquid, V_gas), sum of p_sat, ln p vs 1/T slope)."""
    cdef Point *curve = <Point *>malloc((temperatures + 1) * sizeof(Point))
    cdef int i, it, step
    cdef int denom = temperatures - 1 if temperatures - 1 > 1 else 1
    cdef double t, low, high, mid, total = 0.0, slope = 0.0
    cdef Gap g
    try:
        with nogil:
            for i in range(temperatures):
                t = t_low + (0.99 - t_low) * i / denom
                low = 1e-9
                high = 1.0
                for it in range(80):
                    mid = 0.5 * (low + high)
                    g = _gap(mid, t)
                    if g.gap > 0:
                        low = mid
                    else:
                        high = mid
                curve[i].t = t
                curve[i].p = 0.5 * (low + high)
                curve[i].liquid = g.liquid
                curve[i].gas = g.gas
            for i in range(temperatures):
                total += curve[i].p
            if temperatures > 1:
                slope = (log(curve[temperatures - 1].p) - log(curve[0].p)) / (
                    1.0 / curve[temperatures - 1].t - 1.0 / curve[0].t)
        step = temperatures // 8 if temperatures // 8 > 1 else 1
        sampled = [(curve[i].t, curve[i].p, curve[i].liquid, curve[i].gas) for i in range(0, temperatures, step)]
    finally:
        free(curve)
    return (sampled, total, slope)
