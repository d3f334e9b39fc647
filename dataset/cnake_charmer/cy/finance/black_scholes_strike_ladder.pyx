# cython: language_level=3
"""Black-Scholes ladder with erf taken directly from math.h.

``erf``, ``exp``, ``log`` and ``sqrt`` are declared with ``cdef extern from "math.h"``
and the normal CDF is an inline noexcept helper, so pricing each grid point is a few C
library calls; only the sampled prices become Python floats.

Keywords: finance, black scholes, option pricing, normal cdf, erf, derivatives
"""

cimport cython

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from "math.h" nogil:
    double erf(double x)
    double exp(double x)
    double log(double x)
    double sqrt(double x)
    double fabs(double x)


cdef inline double norm_cdf(double x) noexcept nogil:
    return 0.5 * (1.0 + erf(x / sqrt(2.0)))


@cython_benchmark(args=(100.0, 0.03, 0.25, 400, 120))
@cython.cdivision(True)
def black_scholes_strike_ladder(double spot, double rate, double vol, int strikes, int maturities):
    """Return (sum of calls, sum of puts, worst parity residual, sampled calls)."""
    cdef double calls_total = 0.0, puts_total = 0.0, worst = 0.0
    cdef double strike, t, root, d1, d2, discount, call, put, resid
    cdef int i, j
    cdef int denom = strikes if strikes > 1 else 1
    samples = []
    for i in range(strikes):
        strike = spot * (0.5 + <double>i / denom)
        for j in range(maturities):
            t = 0.05 + 0.05 * j
            root = vol * sqrt(t)
            d1 = (log(spot / strike) + (rate + 0.5 * vol * vol) * t) / root
            d2 = d1 - root
            discount = strike * exp(-rate * t)
            call = spot * norm_cdf(d1) - discount * norm_cdf(d2)
            put = discount * norm_cdf(-d2) - spot * norm_cdf(-d1)
            calls_total += call
            puts_total += put
            resid = fabs(call - put - spot + discount)
            if resid > worst:
                worst = resid
            if (i * maturities + j) % 997 == 0:
                samples.append(call)
    return calls_total, puts_total, worst, samples
