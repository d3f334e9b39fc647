# cython: language_level=3
"""Renewal-equation R_t estimation with typed memoryviews over C-allocated buffers.

Serial-interval weights, case counts and infection pressure are held in
``cython.view.array`` buffers accessed through typed memoryviews; the convolution and
the sliding-window gamma posterior are tight typed loops using ``libc.math`` (pow,
exp, sin, sqrt, fabs) and a ``cdef inline`` true-R function.

Keywords: epidemiology, reproduction number, rt, renewal equation, serial interval, bayesian, gamma posterior, incidence
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport pow, exp, sin, sqrt, fabs

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double _true_r(int day) noexcept nogil:
    cdef int phase = (day // 60) % 3
    cdef double base = 1.5 if phase == 0 else (0.65 if phase == 1 else 1.2)
    return base + 0.1 * sin(day / 9.0)


@cython_benchmark(args=(24000, 40, 7, 13))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def renewal_equation_rt_estimation(int days, int si_length, int window, long long seed):
    """Return (posterior means every 100 days, posterior sds every 100 days, mean abs error, first day below 1)."""
    cdef unsigned int st = <unsigned int>(seed & 0x7FFFFFFF)
    cdef double mean_si = 5.2, sd_si = 2.8
    cdef double shape = (mean_si / sd_si) * (mean_si / sd_si)
    cdef double scale = sd_si * sd_si / mean_si
    cdef double[::1] w = cvarray(shape=(si_length + 1,), itemsize=sizeof(double), format="d")
    cdef long[::1] cases = cvarray(shape=(days + 1,), itemsize=sizeof(long), format="l")
    cdef double[::1] pressure = cvarray(shape=(days + 1,), itemsize=sizeof(double), format="d")
    cdef double total = 0.0, lam, expected, u1, u2, cases_sum, pressure_sum, a, rate, mean, sd
    cdef double abs_error = 0.0, prior_a = 1.0, prior_b = 5.0
    cdef int s, t, top, counted = 0, first_below = -1
    cdef long noisy
    means = []
    sds = []
    w[0] = 0.0
    for s in range(1, si_length):
        w[s] = pow(<double>s, shape - 1.0) * exp(-s / scale)
    for s in range(si_length):
        total += w[s]
    for s in range(si_length):
        w[s] = w[s] / total
    for t in range(days):
        lam = 0.0
        top = t if t < si_length - 1 else si_length - 1
        for s in range(1, top + 1):
            lam += w[s] * cases[t - s]
        pressure[t] = lam
        if t < 3:
            cases[t] = 20
        else:
            expected = _true_r(t) * lam
            st = (st * 1103515245u + 12345u) & 0x7FFFFFFFu
            u1 = (st >> 7) / 16777216.0
            st = (st * 1103515245u + 12345u) & 0x7FFFFFFFu
            u2 = (st >> 7) / 16777216.0
            noisy = <long>(expected * (0.8 + 0.4 * u1) + u2)
            cases[t] = noisy if noisy < 50000 else 50000
    for t in range(window, days):
        cases_sum = 0.0
        pressure_sum = 0.0
        for s in range(t - window + 1, t + 1):
            cases_sum += cases[s]
            pressure_sum += pressure[s]
        a = prior_a + cases_sum
        rate = 1.0 / prior_b + pressure_sum
        mean = a / rate
        sd = sqrt(a) / rate
        abs_error += fabs(mean - _true_r(t))
        counted += 1
        if first_below < 0 and t > 60 and mean < 1.0:
            first_below = t
        if t % 100 == 0:
            means.append(round(mean, 9))
            sds.append(round(sd, 9))
    mae = abs_error / counted if counted else 0.0
    return (means, sds, mae, first_below)
