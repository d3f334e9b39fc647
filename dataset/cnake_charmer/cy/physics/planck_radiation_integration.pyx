# cython: language_level=3
"""Black-body radiation: integrating Planck's law numerically with Simpson's rule.

exp, expm1-free pow and fabs are declared from "math.h" with a ``cdef extern`` block,
the spectral radiance is an inline nogil function of C doubles, and the Simpson weights
are chosen with integer tests inside a typed loop. lam**5 uses pow exactly as Python.

Keywords: physics, black body, planck law, simpson rule, stefan boltzmann, wien law
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from "math.h" nogil:
    double exp(double x)
    double pow(double x, double y)
    double fabs(double x)
    const double M_PI

cdef double H = 6.62607015e-34
cdef double C = 299792458.0
cdef double KB = 1.380649e-23


cdef inline double radiance(double lam, double t) noexcept nogil:
    return 2 * H * C * C / pow(lam, 5.0) / (exp(H * C / (lam * KB * t)) - 1.0)


@cython_benchmark(args=(30, 4000))
@cython.cdivision(True)
def planck_radiation_integration(int temps, int intervals):
    """Integrate Planck's law for `temps` temperatures on an even Simpson grid."""
    if temps <= 0 or intervals < 2:
        return (0.0, 0.0, 0.0)
    intervals += intervals % 2
    cdef double sigma = 2 * pow(M_PI, 5.0) * pow(KB, 4.0) / (15 * pow(C, 2.0) * pow(H, 3.0))
    cdef double lo = 5e-8, hi = 1e-4
    cdef double h = (hi - lo) / intervals
    cdef double err_sum = 0.0, wien_sum = 0.0, power = 0.0, t, total, peak_b, peak_l, lam, b, integral, exact
    cdef int k, i, weight
    with nogil:
        for k in range(temps):
            t = 1000.0 + 8000.0 * k / temps
            total = 0.0
            peak_b = 0.0
            peak_l = lo
            for i in range(intervals + 1):
                lam = lo + i * h
                b = radiance(lam, t)
                if i == 0 or i == intervals:
                    weight = 1
                elif i % 2:
                    weight = 4
                else:
                    weight = 2
                total += weight * b
                if b > peak_b:
                    peak_b = b
                    peak_l = lam
            integral = total * h / 3 * M_PI
            exact = sigma * pow(t, 4.0)
            err_sum += fabs(integral - exact) / exact
            wien_sum += peak_l * t
            power = integral
    return (err_sum / temps, wien_sum / temps, power)
