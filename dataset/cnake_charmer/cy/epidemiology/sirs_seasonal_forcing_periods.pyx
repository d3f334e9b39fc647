# cython: language_level=3
"""Seasonally forced SIRS with a nogil Euler integrator and C-array peak detection.

Each amplitude is integrated by a ``cdef`` function that fills a malloc'd array of
daily prevalence without the GIL, using ``libc.math.cos``; a second ``cdef`` helper
scans that buffer for peaks and extremes instead of building Python lists.

Keywords: epidemiology, sirs, seasonal forcing, waning immunity, periodicity, peak detection, euler method, subharmonic
"""

import cython
from libc.math cimport cos, M_PI
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef int _integrate(double amplitude, double beta0, int years, int steps_per_day,
                    int burn_days, double *daily) noexcept nogil:
    cdef double gamma = 1.0 / 7.0, omega = 1.0 / 400.0, mu = 1.0 / (60.0 * 365.0)
    cdef double h = 1.0 / steps_per_day
    cdef double s = 0.7, i = 1e-4, r = 0.3 - 1e-4, t = 0.0
    cdef double beta, infection, ds, di, dr
    cdef int day, step, count = 0
    for day in range(years * 365):
        for step in range(steps_per_day):
            beta = beta0 * (1.0 + amplitude * cos(2.0 * M_PI * t / 365.0))
            infection = beta * s * i
            ds = mu - infection + omega * r - mu * s
            di = infection - gamma * i - mu * i
            dr = gamma * i - omega * r - mu * r
            s += h * ds
            i += h * di
            r += h * dr
            t += h
        if day >= burn_days:
            daily[count] = i
            count += 1
    return count


cdef void _scan(const double *daily, int count, double threshold, int *n_peaks, int *first,
                int *last, double *high, double *low) noexcept nogil:
    cdef int d
    n_peaks[0] = 0
    first[0] = -1
    last[0] = -1
    high[0] = 0.0
    low[0] = 0.0
    if count > 0:
        high[0] = daily[0]
        low[0] = daily[0]
    for d in range(count):
        if daily[d] > high[0]:
            high[0] = daily[d]
        if daily[d] < low[0]:
            low[0] = daily[d]
    for d in range(1, count - 1):
        if daily[d - 1] < daily[d] and daily[d] >= daily[d + 1] and daily[d] > threshold:
            if first[0] < 0:
                first[0] = d
            last[0] = d
            n_peaks[0] += 1


@cython_benchmark(args=(24, 8, 0.9, 3))
@cython.cdivision(True)
def sirs_seasonal_forcing_periods(int years, int steps_per_day, double beta0, int burn_years):
    """Return [(amplitude, peak count, mean period in days, max prevalence, min prevalence)] after burn-in."""
    cdef int total = years * 365 if years > 0 else 0
    cdef double *daily = <double *>malloc((total + 1) * sizeof(double))
    cdef double amps[4]
    cdef int a, count, n_peaks, first, last
    cdef double high, low, period
    amps[:] = [0.0, 0.1, 0.25, 0.45]
    if daily == NULL:
        raise MemoryError()
    results = []
    try:
        for a in range(4):
            with nogil:
                count = _integrate(amps[a], beta0, years, steps_per_day, burn_years * 365, daily)
                _scan(daily, count, 1e-5, &n_peaks, &first, &last, &high, &low)
            period = (last - first) / <double>(n_peaks - 1) if n_peaks > 1 else 0.0
            results.append((amps[a], n_peaks, round(period, 9), round(high, 12), round(low, 12)))
        return results
    finally:
        free(daily)
