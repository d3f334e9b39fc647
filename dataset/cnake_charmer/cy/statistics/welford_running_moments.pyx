# cython: language_level=3
"""One-pass central moments with a C struct accumulator and an inline update.

The running count and moment sums live in a C struct updated by an inline nogil
function, so the per-sample work is a few multiply-adds on registers; sampling from
the LCG uses unsigned 64-bit arithmetic.

Keywords: online statistics, welford algorithm, struct, inline, nogil, libc math
"""

import cython
from libc.math cimport sqrt, pow
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark

cdef struct Moments:
    long count
    double mean, m2, m3, m4


@cython.cdivision(True)
cdef inline void push(Moments *s, double x) noexcept nogil:
    cdef long n1 = s.count
    s.count += 1
    cdef double c = s.count
    cdef double delta = x - s.mean
    cdef double delta_n = delta / c
    cdef double delta_n2 = delta_n * delta_n
    cdef double term1 = delta * delta_n * n1
    s.mean += delta_n
    s.m4 += (term1 * delta_n2 * <double> (s.count * s.count - 3 * s.count + 3)
             + 6 * delta_n2 * s.m2 - 4 * delta_n * s.m3)
    s.m3 += term1 * delta_n * <double> (s.count - 2) - 3 * delta_n * s.m2
    s.m2 += term1


@cython_benchmark(args=(120000,))
@cython.cdivision(True)
def welford_running_moments(int n):
    """One-pass moments of n samples; return snapshots, mean, variance, skew, kurtosis."""
    cdef Moments s
    s.count = 0
    s.mean = 0.0; s.m2 = 0.0; s.m3 = 0.0; s.m4 = 0.0
    cdef uint64_t state = 555
    cdef double u, x, variance, skew, kurt
    cdef int i
    cdef int step = n // 4 if n // 4 > 1 else 1
    cdef list snapshots = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = state / <double> 0x7FFFFFFF
        x = u * 2.0 if state % 5 else 10.0 + u * 4.0
        push(&s, x)
        if (i + 1) % step == 0:
            snapshots.append((s.mean, s.m2 / s.count))
    variance = s.m2 / (s.count - 1) if s.count > 1 else 0.0
    skew = sqrt(<double> s.count) * s.m3 / pow(s.m2, 1.5) if s.m2 > 0 else 0.0
    kurt = s.count * s.m4 / (s.m2 * s.m2) - 3.0 if s.m2 > 0 else 0.0
    return snapshots, s.mean, variance, skew, kurt
