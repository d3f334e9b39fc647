# cython: language_level=3
"""Implied-volatility inversion with a cdef pricer returning price and vega.

The Black-Scholes call and its vega come from one ``noexcept`` cdef function that
returns a C tuple, using ``erf``/``exp``/``log`` from libc.math; the safeguarded
Newton-bisection loop keeps its bracket in C doubles.

Keywords: finance, implied volatility, newton method, vega, black scholes, volatility smile
"""

cimport cython
from libc.math cimport erf, exp, log, sqrt, fabs, M_PI

from cnake_charmer.benchmarks import cython_benchmark


cdef inline (double, double) bs_call(double s, double k, double t, double r, double v) noexcept nogil:
    cdef double root = v * sqrt(t)
    cdef double d1 = (log(s / k) + (r + 0.5 * v * v) * t) / root
    cdef double d2 = d1 - root
    cdef double cdf1 = 0.5 * (1.0 + erf(d1 / sqrt(2.0)))
    cdef double cdf2 = 0.5 * (1.0 + erf(d2 / sqrt(2.0)))
    cdef double vega = s * sqrt(t) * exp(-0.5 * d1 * d1) / sqrt(2.0 * M_PI)
    return s * cdf1 - k * exp(-r * t) * cdf2, vega


@cython_benchmark(args=(200, 80, 100.0, 0.02))
@cython.cdivision(True)
def implied_volatility_surface(int strikes, int maturities, double spot, double rate):
    """Return (max |recovered - true| vol, total iterations, sampled recovered vols)."""
    cdef double worst = 0.0, k, t, true_vol, target, lo, hi, v, price, vega, diff, step, lk
    cdef long iterations = 0
    cdef int i, j, it
    cdef int sd = strikes - 1 if strikes > 1 else 1
    cdef int md = maturities if maturities > 1 else 1
    samples = []
    for i in range(strikes):
        k = spot * (0.7 + 0.6 * i / <double>sd)
        for j in range(maturities):
            t = 0.1 + 0.1 * j
            lk = log(k / spot)
            true_vol = 0.2 + 0.1 * (lk * lk) / t + 0.02 * j / <double>md
            target, vega = bs_call(spot, k, t, rate, true_vol)
            lo = 1e-4
            hi = 5.0
            v = 0.5
            for it in range(100):
                price, vega = bs_call(spot, k, t, rate, v)
                iterations += 1
                diff = price - target
                if fabs(diff) < 1e-12:
                    break
                if diff > 0:
                    hi = v
                else:
                    lo = v
                step = v - diff / vega if vega > 1e-12 else -1.0
                v = step if lo < step < hi else 0.5 * (lo + hi)
            if fabs(v - true_vol) > worst:
                worst = fabs(v - true_vol)
            if (i * maturities + j) % 211 == 0:
                samples.append(v)
    return worst, iterations, samples
