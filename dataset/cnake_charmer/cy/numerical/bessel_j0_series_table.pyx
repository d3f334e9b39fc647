# cython: language_level=3
"""Bessel J0/J1 power series summed in an inline nogil loop with C integer terms.

The series recurrence keeps the terms, partial sums and the integer index in C
variables and returns both sums as a C tuple; the sweep over points runs without the
GIL, producing only the sampled pairs as Python objects.

Keywords: special functions, bessel function, power series, c tuple, nogil, cdivision
"""

import cython
from libc.math cimport fabs

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef inline (double, double) bessel_pair(double x) noexcept nogil:
    cdef double q = -(x * x) / 4.0
    cdef double t0 = 1.0, t1 = x / 2.0
    cdef double j0 = t0, j1 = t1
    cdef long k = 0
    while True:
        k += 1
        t0 *= q / <double> (k * k)
        t1 *= q / <double> (k * (k + 1))
        j0 += t0
        j1 += t1
        if fabs(t0) < 1e-17 * (1.0 + fabs(j0)) and fabs(t1) < 1e-17 * (1.0 + fabs(j1)):
            break
    return j0, j1


@cython_benchmark(args=(6000,))
@cython.cdivision(True)
def bessel_j0_series_table(int m):
    """Series values of J0, J1 at m points; return sums, identity residual and samples."""
    cdef double h = 1e-5, sum0 = 0.0, sum1 = 0.0, residual = 0.0
    cdef double x, j0, j1, plus, minus, unused, r
    cdef int i
    cdef int denom = m - 1 if m - 1 > 1 else 1
    cdef list samples = []
    for i in range(m):
        x = 12.0 * i / denom
        j0, j1 = bessel_pair(x)
        sum0 += j0
        sum1 += j1
        plus, unused = bessel_pair(x + h)
        minus, unused = bessel_pair(x - h)
        r = fabs((plus - minus) / (2.0 * h) + j1)
        if r > residual:
            residual = r
        if i % 1500 == 0:
            samples.append((j0, j1))
    return sum0, sum1, residual, samples
