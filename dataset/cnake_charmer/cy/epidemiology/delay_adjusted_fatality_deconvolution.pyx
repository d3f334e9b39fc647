# cython: language_level=3
"""Delay-adjusted CFR and Richardson-Lucy deconvolution on C double buffers.

Cases, deaths, the delay kernel and the deconvolution estimate/blur/update vectors
are carved from a single malloc'd ``double`` block; the forward convolution is one
``cdef inline ... nogil`` routine reused for the known-outcome totals, every
Richardson-Lucy blur and the final residual, and the iterations swap buffer pointers
instead of building new lists.

Keywords: epidemiology, case fatality ratio, reporting delay, deconvolution, richardson-lucy, convolution, right censoring, mortality
"""

import cython
from libc.math cimport exp, log, sqrt, fabs
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double _convolve_at(const double *series, const double *kernel, int t, int max_delay) noexcept nogil:
    cdef double value = 0.0
    cdef int d, top = t if t < max_delay - 1 else max_delay - 1
    for d in range(top + 1):
        value += series[t - d] * kernel[d]
    return value


cdef inline double _uniform(unsigned int *s) noexcept nogil:
    s[0] = (s[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
    return (s[0] >> 7) / 16777216.0


@cython_benchmark(args=(400, 40, 60, 19))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def delay_adjusted_fatality_deconvolution(int days, int max_delay, int iterations, long long seed):
    """Return (naive CFR every 20 days, adjusted CFR every 20 days, case peak day, deconvolved peak day, residual)."""
    cdef unsigned int st = <unsigned int>(seed & 0x7FFFFFFF)
    cdef double *block = <double *>malloc((5 * days + max_delay + 6) * sizeof(double))
    cdef double *delay
    cdef double *cases
    cdef double *deaths
    cdef double *est
    cdef double *blurred
    cdef double *updated
    cdef double *swap
    cdef double mean = 14.0, sdv = 7.0, mu, sigma, x, total = 0.0, wave, lx
    cdef double cum_cases = 0.0, cum_deaths = 0.0, cum_known = 0.0, correction, weight, residual = 0.0
    cdef double true_cfr = 0.03, best
    cdef int t, d, s, it, top, case_peak = -1, onset_peak = -1
    if block == NULL:
        raise MemoryError()
    delay = block
    cases = block + max_delay + 1
    deaths = cases + days + 1
    est = deaths + days + 1
    blurred = est + days + 1
    updated = blurred + days + 1
    naive = []
    adjusted = []
    try:
        mu = log(mean * mean / sqrt(sdv * sdv + mean * mean))
        sigma = sqrt(log(1.0 + sdv * sdv / (mean * mean)))
        for d in range(max_delay):
            x = d + 0.5
            lx = log(x) - mu
            delay[d] = exp(-(lx * lx) / (2.0 * sigma * sigma)) / x
        for d in range(max_delay):
            total += delay[d]
        for d in range(max_delay):
            delay[d] = delay[d] / total
        with nogil:
            for t in range(days):
                x = days * 0.12 + 1.0
                wave = 3000.0 * exp(-((t - days * 0.4) * (t - days * 0.4)) / (2.0 * (x * x)))
                cases[t] = <double><long>(wave * (0.85 + 0.3 * _uniform(&st)))
            for t in range(days):
                deaths[t] = <double><long>(true_cfr * _convolve_at(cases, delay, t, max_delay) + _uniform(&st))
        for t in range(days):
            cum_cases += cases[t]
            cum_deaths += deaths[t]
            cum_known += _convolve_at(cases, delay, t, max_delay)
            if t % 20 == 19:
                naive.append(round(cum_deaths / cum_cases, 9) if cum_cases > 0 else 0.0)
                adjusted.append(round(cum_deaths / cum_known, 9) if cum_known > 0 else 0.0)
        for t in range(days):
            est[t] = deaths[t] if deaths[t] > 1.0 else 1.0
        with nogil:
            for it in range(iterations):
                for t in range(days):
                    blurred[t] = _convolve_at(est, delay, t, max_delay)
                for s in range(days):
                    correction = 0.0
                    weight = 0.0
                    top = days - 1 - s if days - 1 - s < max_delay - 1 else max_delay - 1
                    for d in range(top + 1):
                        if blurred[s + d] > 0.0:
                            correction += delay[d] * deaths[s + d] / blurred[s + d]
                        weight += delay[d]
                    updated[s] = est[s] * correction / weight if weight > 0.0 else est[s]
                swap = est
                est = updated
                updated = swap
            for t in range(days):
                if case_peak < 0 or cases[t] > cases[case_peak]:
                    case_peak = t
                if onset_peak < 0 or est[t] > est[onset_peak]:
                    onset_peak = t
                residual += fabs(_convolve_at(est, delay, t, max_delay) - deaths[t])
        return (naive, adjusted, case_peak, onset_peak, residual)
    finally:
        free(block)
